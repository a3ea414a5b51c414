package io.backops.kra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.backops.IntegrationTestSupport;
import io.backops.Submissions;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The push on bad days (docs/kra-simulator.md), through the real flow and the simulator's faults: nothing lost, nothing
 * uploaded twice, business refusals not retried, an exhausted push re-pushed through the API.
 */
class KraFaultsIntegrationTests extends IntegrationTestSupport {

    @Autowired
    private RuntimeService runtime;

    @Test
    void kraDownForLongerThanARetryIntervalLosesNothing() {
        String pan = freshPan('1');
        kraFault("http503", 2, 0, pan);

        String id = accept(pan);

        awaitKraStatus(id, "UNDER_PROCESS");
        assertThat(uploadCount(pan)).isEqualTo(1);
        assertThat(outcomes(id)).startsWith("system INQUIRE ERROR", "system INQUIRE ERROR").contains("system UPLOAD OK");
    }

    @Test
    void uploadAcceptedButAnsweredTooLateIsFoundByTheInquiry() {
        String pan = freshPan('1');
        kraFault("accept_then_timeout", 1, 1500, pan);

        String id = accept(pan);

        awaitKraStatus(id, "UNDER_PROCESS");
        assertThat(uploadCount(pan)).as("the retry must not upload again").isEqualTo(1);
        assertThat(outcomes(id)).containsSubsequence("system UPLOAD ERROR", "system INQUIRE OK")
                .filteredOn(outcome -> outcome.contains("UPLOAD")).hasSize(1);
    }

    @Test
    void expiredTokenIsRefreshedOnceWithoutFailingThePush() {
        String pan = freshPan('1');
        kraFault("token_expired", 1, 0, pan);

        String id = accept(pan);

        awaitKraStatus(id, "UNDER_PROCESS");
        assertThat(outcomes(id)).noneMatch(outcome -> outcome.contains("ERROR"));
    }

    @Test
    void businessRefusalIsNotRetried() {
        String pan = freshPan('6');

        String id = accept(pan);

        awaitKraStatus(id, "FAILED");
        JsonNode integration = read(get(ADMIN, "/api/applications/" + id + "/integration"));
        assertThat(integration.get("reason").asText()).isEqualTo("PAN already registered");
        assertThat(outcomes(id)).containsExactly("system INQUIRE OK", "system UPLOAD REJECTED");
        assertThat(incidentsOf(id)).isZero();
    }

    @Test
    void exhaustedRetriesRaiseAnIncidentThatARepushClears() {
        String pan = freshPan('1');
        kraFault("http500", 50, 0, pan);
        String id = accept(pan);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                incidentsOf(id) == 1);
        assertThat(post(TEAM.get(0), "/api/applications/" + id + "/kra/repush", null).getStatusCode().value())
                .as("still failing: the re-push fails too, but is accepted").isEqualTo(202);
        kraFault("none", 0, 0, null);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(incidentsOf(id)).isZero();
            assertThat(application(id).get("kraStatus").asText()).isEqualTo("UNDER_PROCESS");
        });
        assertThat(outcomes(id)).contains(TEAM.get(0) + " (re-push) UPLOAD OK");
        assertThat(post(TEAM.get(0), "/api/applications/" + id + "/kra/repush", null).getStatusCode().value())
                .as("nothing left to re-push").isEqualTo(409);
    }

    @Test
    void pollingStopsWhenTheKraKeepsAnApplicationUnderProcessTooLong() {
        String pan = freshPan('1');
        String id = accept(pan);
        awaitKraStatus(id, "UNDER_PROCESS");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(read(get(ADMIN, "/api/applications/" + id + "/history")).get("items"))
                        .extracting(entry -> entry.get("event").asText()).contains("KRA_POLLING_STOPPED"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count())
                .as("the flow has ended").isZero();
        assertThat(application(id).get("kraStatus").asText()).isEqualTo("UNDER_PROCESS");
    }

    @Test
    void distributorSeesTheStatusButNotTheCalls() {
        String pan = freshPan('1');
        String id = accept(pan);
        awaitKraStatus(id, "UNDER_PROCESS");

        JsonNode forDistributor = read(get(DISTRIBUTOR_LOGIN, "/api/applications/" + id + "/integration"));
        assertThat(forDistributor.get("status").asText()).isEqualTo("UNDER_PROCESS");
        assertThat(forDistributor.get("attempts")).isEmpty();
        assertThat(read(get(ADMIN, "/api/integrations?size=200&status=UNDER_PROCESS")).get("items"))
                .extracting(item -> item.get("applicationId").asText()).contains(id);
        assertThat(read(get(OTHER_MANAGER, "/api/integrations?size=200")).get("items"))
                .extracting(item -> item.get("applicationId").asText()).doesNotContain(id);
    }

    private String accept(String pan) {
        JsonNode submitted = submitAssignedTo(TEAM.get(0), ADMIN, () -> Submissions.valid(DISTRIBUTOR_ARN, pan));
        String id = submitted.get("id").asText();
        var decided = post(TEAM.get(0), "/api/applications/" + id + "/decision", Map.of("decision", "ACCEPT"));
        assertThat(decided.getStatusCode().value()).as(decided.getBody()).isEqualTo(200);
        return id;
    }

    private int uploadCount(String pan) {
        return read(get(ADMIN, "/kra-sim/__sim/records/" + pan)).get("uploadCount").asInt();
    }

    private java.util.List<String> outcomes(String id) {
        java.util.List<String> outcomes = new java.util.ArrayList<>();
        read(get(ADMIN, "/api/applications/" + id + "/integration")).get("attempts").forEach(attempt ->
                outcomes.add(attempt.get("triggeredBy").asText() + " " + attempt.get("operation").asText() + " "
                        + attempt.get("outcome").asText()));
        return outcomes;
    }
}
