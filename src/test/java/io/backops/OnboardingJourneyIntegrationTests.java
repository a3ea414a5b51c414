package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The newcomer's path over real HTTP: an application is submitted through the API, its reviewer completes the review
 * task through engine REST, the flow pushes it to the KRA simulator, and after the simulator's clock moves on the
 * application is registered or validated.
 */
class OnboardingJourneyIntegrationTests extends IntegrationTestSupport {

    @Test
    void acceptedApplicationReachesTheKraAndIsRegistered() {
        String pan = freshPan('1');
        JsonNode submitted = submit(Submissions.valid(DISTRIBUTOR_ARN, pan));
        String id = submitted.get("id").asText();
        String reviewer = submitted.get("assignee").asText();
        assertThat(id).matches("APP-\\d{4}-\\d{6}");
        assertThat(submitted.get("status").asText()).isEqualTo("PENDING");
        assertThat(submitted.get("kraStatus").asText()).isEqualTo("NOT_PUSHED");

        String taskId = reviewTaskOf(reviewer, id);
        JsonNode formVariables = read(get(reviewer, "/engine-rest/task/" + taskId + "/form-variables"));
        assertThat(formVariables.at("/applicantName/value").asText()).isEqualTo("ASHA RAO");
        assertThat(formVariables.at("/maskedPan/value").asText()).isEqualTo("******" + pan.substring(6));
        assertThat(formVariables.at("/documentCount/value").asInt()).isEqualTo(2);

        assertThat(accept(reviewer, taskId).getStatusCode().value()).isEqualTo(204);

        awaitKraStatus(id, "UNDER_PROCESS");
        assertThat(application(id).get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(application(id).at("/decision/decidedBy").asText()).isEqualTo(reviewer);

        var advanced = post(ADMIN, "/kra-sim/__sim/clock/advance", Map.of("workingDays", 3));
        assertThat(advanced.getStatusCode().value()).isEqualTo(200);

        awaitKraStatus(id, "REGISTERED");
        JsonNode kraRecord = read(get(ADMIN, "/kra-sim/__sim/records/" + pan));
        assertThat(kraRecord.get("uploadCount").asInt()).isEqualTo(1);
        assertThat(kraRecord.get("appNo").asText()).isEqualTo(id);
    }

    @Test
    void panOfTheValidatedScenarioEndsValidated() {
        String pan = freshPan('7');
        JsonNode submitted = submit(Submissions.valid(DISTRIBUTOR_ARN, pan));
        String id = submitted.get("id").asText();
        String reviewer = submitted.get("assignee").asText();

        accept(reviewer, reviewTaskOf(reviewer, id));
        awaitKraStatus(id, "UNDER_PROCESS");
        post(ADMIN, "/kra-sim/__sim/clock/advance", Map.of("workingDays", 3));

        awaitKraStatus(id, "VALIDATED");
    }

    @Test
    void rejectionWithoutReasonIsRefusedByEngineRestAndChangesNothing() {
        JsonNode submitted = submit(Submissions.valid(DISTRIBUTOR_ARN, freshPan('1')));
        String id = submitted.get("id").asText();
        String reviewer = submitted.get("assignee").asText();
        String taskId = reviewTaskOf(reviewer, id);

        var refused = post(reviewer, "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of("decision", Map.of("value", "REJECT"))));

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(read(refused).get("message").asText()).contains("reason is required");
        assertThat(application(id).get("status").asText()).isEqualTo("PENDING");
        assertThat(reviewTaskOf(reviewer, id)).isEqualTo(taskId);

        var rejected = post(reviewer, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of(
                "decision", Map.of("value", "REJECT"), "reason", Map.of("value", "PAN card unreadable"))));

        assertThat(rejected.getStatusCode().value()).isEqualTo(204);
        JsonNode decided = application(id);
        assertThat(decided.get("status").asText()).isEqualTo("REJECTED");
        assertThat(decided.at("/decision/reason").asText()).isEqualTo("PAN card unreadable");
        assertThat(decided.get("kraStatus").asText()).isEqualTo("NOT_PUSHED");
    }

    @Test
    void unknownDecisionIsRefused() {
        JsonNode submitted = submit(Submissions.valid(DISTRIBUTOR_ARN, freshPan('1')));
        String reviewer = submitted.get("assignee").asText();
        String taskId = reviewTaskOf(reviewer, submitted.get("id").asText());

        var refused = post(reviewer, "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of("decision", Map.of("value", "MAYBE"))));

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(application(submitted.get("id").asText()).get("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void decisionCannotBeMovedOntoAnotherApplicationThroughVariables() {
        JsonNode first = submit(Submissions.valid(DISTRIBUTOR_ARN, freshPan('1')));
        String reviewer = first.get("assignee").asText();
        String other = first.get("id").asText();
        JsonNode second;
        do {
            second = submit(Submissions.valid(DISTRIBUTOR_ARN, freshPan('1')));
        } while (!second.get("assignee").asText().equals(reviewer));
        String target = second.get("id").asText();

        var response = post(reviewer, "/engine-rest/task/" + reviewTaskOf(reviewer, target) + "/complete",
                Map.of("variables", Map.of("decision", Map.of("value", "ACCEPT"), "applicationId", Map.of("value", other))));

        assertThat(response.getStatusCode().value()).isEqualTo(204);
        assertThat(application(target).get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(application(other).get("status").asText()).isEqualTo("PENDING");
    }

    private org.springframework.http.ResponseEntity<String> accept(String reviewer, String taskId) {
        return post(reviewer, "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of("decision", Map.of("value", "ACCEPT"))));
    }

    private String reviewTaskOf(String reviewer, String applicationId) {
        JsonNode tasks = read(get(reviewer, "/engine-rest/task?processInstanceBusinessKey=" + applicationId));
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("name").asText()).isEqualTo("Review application");
        assertThat(tasks.get(0).get("assignee").asText()).isEqualTo(reviewer);
        return tasks.get(0).get("id").asText();
    }

}
