package io.backops.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.backops.IntegrationTestSupport;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** One request id from the caller's header to the log lines, the timeline entry and the KRA calls it led to. */
@ExtendWith(OutputCaptureExtension.class)
class RequestIdIntegrationTests extends IntegrationTestSupport {

    @Test
    void decisionsRequestIdReachesTheTimelineTheKraAttemptsAndTheLog(CapturedOutput output) {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        String requestId = "ops-" + UUID.randomUUID();

        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Request-Id", requestId);
        var decided = http.withBasicAuth(TEAM.get(0), PASSWORD).exchange("/api/applications/" + id + "/decision",
                HttpMethod.POST, new HttpEntity<>(Map.of("decision", "ACCEPT"), headers), String.class);
        assertThat(decided.getStatusCode().value()).isEqualTo(200);
        assertThat(decided.getHeaders().getFirst("X-Request-Id")).isEqualTo(requestId);

        JsonNode decidedEntry = entry(id, "DECIDED");
        assertThat(decidedEntry.get("requestId").asText()).isEqualTo(requestId);
        awaitKraStatus(id, "UNDER_PROCESS");
        JsonNode attempts = read(get(ADMIN, "/api/applications/" + id + "/integration")).get("attempts");
        assertThat(attempts).isNotEmpty().allSatisfy(attempt ->
                assertThat(attempt.get("requestId").asText()).isEqualTo(requestId));
        assertThat(entry(id, "KRA_STATUS").get("requestId").asText()).as("written by the push job").isEqualTo(requestId);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                output.getAll().lines().anyMatch(line -> line.contains("Pushed " + id) && line.contains(requestId)));
    }

    @Test
    void everyRequestGetsAnIdAndAForgedOneIsReplaced() {
        var answered = get(ADMIN, "/api/applications?size=1").getHeaders().getFirst("X-Request-Id");
        assertThat(answered).isNotBlank();

        var headers = new HttpHeaders();
        headers.set("X-Request-Id", "bad id; with spaces, a semicolon and far too long " + "x".repeat(80));
        var forged = http.withBasicAuth(ADMIN, ADMIN_PASSWORD).exchange("/api/applications?size=1", HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
        assertThat(forged.getHeaders().getFirst("X-Request-Id")).isNotBlank().doesNotContain("bad id");
    }

    private JsonNode entry(String id, String event) {
        for (JsonNode entry : read(get(ADMIN, "/api/applications/" + id + "/history")).get("items")) {
            if (event.equals(entry.get("event").asText())) {
                return entry;
            }
        }
        throw new AssertionError("No " + event + " in the timeline of " + id);
    }
}
