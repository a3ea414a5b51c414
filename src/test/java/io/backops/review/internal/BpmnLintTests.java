package io.backops.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** bpmnlint's recommended rules as the JVM runs them: what the CLI finds, with element ids. */
class BpmnLintTests {

    private final BpmnLint lint = new BpmnLint(new ObjectMapper());

    @Test
    void shippedFlowsHaveNoFinding() throws IOException {
        assertThat(lint.lint(shipped("individual-onboarding"))).isEmpty();
        assertThat(lint.lint(shipped("kyc-modification"))).isEmpty();
    }

    @Test
    void aGatewayThatForksAndJoinsAndAnImplicitJoinAreFoundOnTheirElements() throws IOException {
        // The shipped flow as it was before its joins were made explicit.
        String before = new ClassPathResource("flows/individual-onboarding-implicit-joins.bpmn")
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(lint.lint(before))
                .contains(new BpmnLint.Finding("xor_kra_final", "no-gateway-join-fork", "error", "Gateway forks and joins"))
                .contains(new BpmnLint.Finding("service_prepare_review", "fake-join", "warn", "Incoming flows do not join"));
    }

    @Test
    void timesOfRepeatedRunsArePrinted() throws IOException {
        // A figure for the README, not an assertion: the first run parses the script, later ones reuse it.
        String model = shipped("individual-onboarding");
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            lint.lint(model);
            System.out.printf("bpmnlint run %d: %d ms%n", i + 1, (System.nanoTime() - start) / 1_000_000);
        }
    }

    @Test
    void textThatIsNotBpmnIsOneFindingNotAFailure() {
        assertThat(lint.lint("<nope/>")).singleElement()
                .satisfies(finding -> assertThat(finding.category()).isEqualTo("error"));
    }

    private static String shipped(String key) throws IOException {
        return new ClassPathResource("bpmn/" + key + ".bpmn").getContentAsString(StandardCharsets.UTF_8);
    }
}
