package io.backops.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped alert rules, checked and unit-tested by Prometheus's own {@code promtool} (Debian's
 * {@code prometheus} package, installed by {@code .ci/run}). Skipped with the reason where promtool is missing.
 */
class AlertRulesTests {

    private static Path promtool;

    @BeforeAll
    static void findPromtool() {
        promtool = List.of("/usr/bin/promtool", "/usr/local/bin/promtool", "/opt/homebrew/bin/promtool").stream()
                .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    }

    @Test
    void rulesAreValid() throws Exception {
        assertThat(promtool("check", "rules", "ops/prometheus/alerts.yml")).contains("SUCCESS: 8 rules found");
    }

    @Test
    void rulesPassTheirUnitTestsIncludingAKraOutage() throws Exception {
        assertThat(promtool("test", "rules", "ops/prometheus/alerts.test.yml")).contains("SUCCESS");
        assertThat(Files.readString(Path.of("ops/prometheus/alerts.test.yml")))
                .contains("a KRA outage makes the KRA alert fire");
    }

    @Test
    void prometheusConfigurationOfTheClusterIsValid() throws Exception {
        assertThat(promtool("check", "config", "--syntax-only", "ops/prometheus/prometheus.yml")).contains("SUCCESS");
    }

    @Test
    void everyDashboardQueryIsValidPromQl() throws Exception {
        // promtool checks expressions only inside rule files: each panel query becomes a recording rule.
        var dashboard = new ObjectMapper().readTree(Path.of("ops/grafana/backops.json").toFile());
        var rules = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
        int count = 0;
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.get("targets")) {
                rules.append("      - record: dashboard:query").append(count++).append("\n        expr: ")
                        .append(new ObjectMapper().writeValueAsString(target.get("expr").asText())).append('\n');
            }
        }
        Path file = Files.createTempFile("dashboard-queries", ".yml");
        Files.writeString(file, rules);
        assertThat(promtool("check", "rules", file.toString())).contains("SUCCESS: " + count + " rules found");
    }

    private static String promtool(String... arguments) throws IOException, InterruptedException {
        assumeTrue(promtool != null, "promtool not installed (Debian: apt-get install prometheus; .ci/run does)");
        var command = new java.util.ArrayList<String>(List.of(promtool.toString()));
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
