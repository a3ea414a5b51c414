package io.backops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * docs/lifecycle.md and docs/api.md through the API: decisions, drafts and resubmission, escalation, classification,
 * notes and the timeline, each over real HTTP against the same flow Tasklist shows.
 */
class ReviewJourneyIntegrationTests extends IntegrationTestSupport {

    @Autowired
    private ManagementService management;

    @Test
    void acceptedThroughTheApiIsPushedToTheKra() {
        JsonNode submitted = submitAssignedTo(TEAM.get(0));
        String id = submitted.get("id").asText();

        var decided = post(TEAM.get(0), "/api/applications/" + id + "/decision", Map.of("decision", "ACCEPT"));

        assertThat(decided.getStatusCode().value()).as(decided.getBody()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(application(id).get("kraStatus").asText()).isEqualTo("UNDER_PROCESS"));
        assertThat(application(id).at("/decision/decidedBy").asText()).isEqualTo(TEAM.get(0));
        assertThat(read(get(TEAM.get(0), "/engine-rest/task?processInstanceBusinessKey=" + id))).isEmpty();

        var again = post(TEAM.get(0), "/api/applications/" + id + "/decision",
                Map.of("decision", "REJECT", "reason", "changed my mind"));
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(application(id).get("status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void rejectionNeedsAReasonThroughTheApiToo() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();

        var refused = post(TEAM.get(0), "/api/applications/" + id + "/decision", Map.of("decision", "REJECT"));

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody()).contains("\"field\":\"reason\"");
        assertThat(application(id).get("status").asText()).isEqualTo("PENDING");
        var badDecision = post(TEAM.get(0), "/api/applications/" + id + "/decision", Map.of("decision", "MAYBE"));
        assertThat(badDecision.getStatusCode().value()).isEqualTo(400);
        assertThat(badDecision.getBody()).contains("\"field\":\"decision\"").doesNotContain("MAYBE");
    }

    @Test
    void concurrentDecisionsOnOneApplicationYieldExactlyOne() throws Exception {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Integer>> results = new ArrayList<>();
            for (String decider : List.of(TEAM.get(0), MANAGER)) {
                results.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return post(decider, "/api/applications/" + id + "/decision",
                            Map.of("decision", "REJECT", "reason", "decided by " + decider)).getStatusCode().value();
                }, pool));
            }
            start.countDown();
            List<Integer> statuses = results.stream().map(CompletableFuture::join).sorted().toList();

            assertThat(statuses).containsExactly(200, 409);
        } finally {
            pool.shutdownNow();
        }
        JsonNode decisions = read(get(ADMIN, "/api/applications/" + id + "/history"));
        assertThat(decisions.get("items")).filteredOn(entry -> entry.get("event").asText().equals("DECIDED")).hasSize(1);
    }

    @Test
    void draftGoesBackToItsChannelAndReturnsToTheSameReviewer() {
        var submission = Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'));
        submission.remove("distributor");
        String id = submitAssignedTo(TEAM.get(1), DISTRIBUTOR_LOGIN, () -> submission).get("id").asText();
        var draft = post(TEAM.get(1), "/api/applications/" + id + "/decision",
                Map.of("decision", "DRAFT", "reason", "Address proof is blurred"));
        assertThat(draft.getStatusCode().value()).isEqualTo(200);
        assertThat(application(id).get("status").asText()).isEqualTo("DRAFT");

        var corrected = Submissions.valid(null, Submissions.applicant(submission).get("pan").toString());
        corrected.remove("distributor");
        Submissions.applicant(corrected).put("name", "ASHA R RAO");
        var other = post(OTHER_DISTRIBUTOR_LOGIN, "/api/applications/" + id + "/resubmit", corrected);
        assertThat(other.getStatusCode().value()).as("another channel's draft does not exist for it").isEqualTo(404);

        var resubmitted = post(DISTRIBUTOR_LOGIN, "/api/applications/" + id + "/resubmit", corrected);

        assertThat(resubmitted.getStatusCode().value()).as(resubmitted.getBody()).isEqualTo(200);
        JsonNode back = application(id);
        assertThat(back.get("status").asText()).isEqualTo("PENDING");
        assertThat(back.get("assignee").asText()).isEqualTo(TEAM.get(1));
        assertThat(back.at("/applicant/name").asText()).isEqualTo("ASHA R RAO");
        assertThat(back.has("decision")).as("the draft decision is cleared").isFalse();
        JsonNode tasks = read(get(TEAM.get(1), "/engine-rest/task?processInstanceBusinessKey=" + id));
        assertThat(tasks).hasSize(1);
        assertThat(read(get(TEAM.get(1), "/engine-rest/task/" + tasks.get(0).get("id").asText()
                + "/form-variables")).at("/applicantName/value").asText()).isEqualTo("ASHA R RAO");

        assertThat(post(DISTRIBUTOR_LOGIN, "/api/applications/" + id + "/resubmit", corrected).getStatusCode().value())
                .as("only a draft is resubmitted").isEqualTo(409);
        assertThat(read(get(ADMIN, "/api/applications/" + id + "/history")).get("items"))
                .extracting(entry -> entry.get("event").asText())
                .containsExactly("SUBMITTED", "ASSIGNED", "DECIDED", "RESUBMITTED");
    }

    @Test
    void reviewPastItsSlaGoesToTheManagersQueue() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        String instance = read(get(ADMIN, "/engine-rest/task?processInstanceBusinessKey=" + id)).get(0)
                .get("processInstanceId").asText();

        var timer = management.createJobQuery().processInstanceId(instance).activityId("timer_review_sla").singleResult();
        management.executeJob(timer.getId());

        JsonNode escalated = application(id);
        assertThat(escalated.get("escalated").asBoolean()).isTrue();
        assertThat(escalated.get("assignee").asText()).isEqualTo(MANAGER);
        assertThat(read(get(MANAGER, "/engine-rest/task?assignee=" + MANAGER + "&processInstanceBusinessKey=" + id)))
                .hasSize(1);
        assertThat(read(get(TEAM.get(0), "/engine-rest/task?processInstanceBusinessKey=" + id))).isEmpty();
        assertThat(read(get(ADMIN, "/api/applications/" + id + "/history")).get("items"))
                .anySatisfy(entry -> {
                    assertThat(entry.get("event").asText()).isEqualTo("ESCALATED");
                    assertThat(entry.get("before").asText()).isEqualTo(TEAM.get(0));
                    assertThat(entry.get("after").asText()).isEqualTo(MANAGER);
                });
    }

    @Test
    void riskyApplicationIsRejectedByClassificationWithItsRule() {
        var submission = Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'));
        submission.put("checks", Map.of("faceMatch", 0.95, "nameMatch", 0.97, "documentForensics", "PASS", "aml", "HIT"));

        JsonNode submitted = submit(submission);

        assertThat(submitted.get("riskClass").asText()).isEqualTo("RISKY");
        JsonNode rejected = application(submitted.get("id").asText());
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("riskRule").asText()).isEqualTo("AML screening hit");
        assertThat(rejected.at("/decision/decidedBy").asText()).isEqualTo("system");
        assertThat(rejected.at("/decision/reason").asText()).contains("RISKY", "AML screening hit");
    }

    @Test
    void notesStayInsideTheBackOffice() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();

        var written = post(TEAM.get(0), "/api/applications/" + id + "/notes", Map.of("text", "Called the investor"));

        assertThat(written.getStatusCode().value()).isEqualTo(201);
        assertThat(read(get(MANAGER, "/api/applications/" + id + "/notes")).get("items"))
                .extracting(note -> note.get("text").asText()).containsExactly("Called the investor");
        assertThat(get(DISTRIBUTOR_LOGIN, "/api/applications/" + id + "/notes").getStatusCode().value()).isEqualTo(403);
        assertThat(get(DISTRIBUTOR_LOGIN, "/api/applications/" + id).getBody()).doesNotContain("Called the investor");
        assertThat(post(TEAM.get(0), "/api/applications/" + id + "/notes", Map.of("text", " ")).getStatusCode().value())
                .isEqualTo(400);
    }

    @Test
    void managerMovesAReviewToAnotherTeamMember() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();

        assertThat(put(MANAGER, "/api/applications/" + id + "/assignee", Map.of("username", OUTSIDER))
                .getStatusCode().value()).as("not his team").isEqualTo(422);
        var moved = put(MANAGER, "/api/applications/" + id + "/assignee", Map.of("username", TEAM.get(1)));

        assertThat(moved.getStatusCode().value()).isEqualTo(204);
        assertThat(application(id).get("assignee").asText()).isEqualTo(TEAM.get(1));
        assertThat(read(get(TEAM.get(1), "/engine-rest/task?processInstanceBusinessKey=" + id))).hasSize(1);
        assertThat(read(get(TEAM.get(0), "/engine-rest/task?processInstanceBusinessKey=" + id))).isEmpty();
    }

    @Test
    void documentIsServedAsItsOwnTypeInScope() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        String documentId = application(id).at("/documents/0/id").asText();

        var file = http.withBasicAuth(TEAM.get(0), PASSWORD)
                .getForEntity("/api/applications/" + id + "/documents/" + documentId, byte[].class);

        assertThat(file.getStatusCode().value()).isEqualTo(200);
        assertThat(file.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        assertThat(new String(file.getBody(), 0, 5)).isEqualTo("%PDF-");
        assertThat(get(OUTSIDER, "/api/applications/" + id + "/documents/" + documentId).getStatusCode().value())
                .isEqualTo(404);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
