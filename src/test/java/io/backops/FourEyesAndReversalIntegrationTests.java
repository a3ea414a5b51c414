package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backops.identity.NewUser;
import io.backops.identity.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The compliance lifecycle as its users meet it, over real HTTP: a four-eyes decision waits for its checker, who
 * approves in Tasklist (engine REST, as Tasklist's form does) or through the API, never the maker himself; a
 * reversal needs a second person; and where two people act at once, exactly one wins.
 */
class FourEyesAndReversalIntegrationTests extends IntegrationTestSupport {

    private static final String SECOND_ADMIN = "tadmintwo";

    private JsonNode settingsBefore;

    /** Four eyes on accepting an UNCERTAIN application (the tests' RISKY ones are rejected by classification). */
    @BeforeEach
    void fourEyesOnUncertainAcceptances() {
        user(new NewUser(SECOND_ADMIN, "Second Admin", "a2@test.local", null, null, Role.ADMIN, null, null));
        settingsBefore = fourEyesOnAccepting(List.of("UNCERTAIN", "RISKY"));
    }

    @AfterEach
    void settingsAsTheyWere() {
        restoreSettings(settingsBefore);
    }

    @Test
    void aRiskyAcceptanceWaitsTheMakerCannotApproveItAndHisManagerApprovesInTasklist() {
        String id = uncertainAssignedTo(TEAM.get(0));

        var decided = post(TEAM.get(0), "/api/applications/" + id + "/decision", Map.of("decision", "ACCEPT"));

        assertThat(decided.getStatusCode().value()).as(decided.getBody()).isEqualTo(202);
        JsonNode body = read(decided);
        assertThat(body.get("status").asText()).isEqualTo("PENDING");
        assertThat(body.at("/approval/decision").asText()).isEqualTo("ACCEPT");
        assertThat(body.at("/approval/by").asText()).isEqualTo(TEAM.get(0));
        assertThat(body.at("/approval/state").asText()).isEqualTo("AWAITING");
        assertThat(application(id).get("status").asText()).isEqualTo("PENDING");
        assertThat(application(id).get("kraStatus").asText()).isEqualTo("NOT_PUSHED");

        var byTheMaker = post(TEAM.get(0), "/api/applications/" + id + "/approval", Map.of("approve", true));
        assertThat(byTheMaker.getStatusCode().value()).as(byTheMaker.getBody()).isEqualTo(403);
        assertThat(read(get(TEAM.get(0), "/engine-rest/task?processInstanceBusinessKey=" + id)))
                .as("the maker does not even see the approval task").isEmpty();
        var byAnotherTeam = post(OTHER_MANAGER, "/api/applications/" + id + "/approval", Map.of("approve", true));
        assertThat(byAnotherTeam.getStatusCode().value()).isEqualTo(404);

        JsonNode tasks = read(get(MANAGER, "/engine-rest/task?processInstanceBusinessKey=" + id));
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("taskDefinitionKey").asText()).isEqualTo("user_approve_decision");
        var approved = post(MANAGER, "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/submit-form",
                Map.of("variables", Map.of("approve", Map.of("value", "true"))));
        assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(204);

        awaitKraStatus(id, "UNDER_PROCESS");
        JsonNode accepted = application(id);
        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.at("/decision/decidedBy").asText()).isEqualTo(TEAM.get(0));
        assertThat(events(id)).containsSubsequence("DECISION_AWAITING_APPROVAL", "DECIDED");
        assertThat(timeline(id).toString()).contains("approved by " + MANAGER);
    }

    @Test
    void aRefusalSendsTheApplicationBackToTheMakersReviewWithTheReason() {
        String id = uncertainAssignedTo(TEAM.get(0));
        post(TEAM.get(0), "/api/applications/" + id + "/decision", Map.of("decision", "ACCEPT"));

        var withoutReason = post(MANAGER, "/api/applications/" + id + "/approval", Map.of("approve", false));
        assertThat(withoutReason.getStatusCode().value()).isEqualTo(422);
        assertThat(withoutReason.getBody()).contains("reason");
        var refused = post(MANAGER, "/api/applications/" + id + "/approval",
                Map.of("approve", false, "reason", "The address proof is older than three months"));

        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(204);
        JsonNode task = read(get(TEAM.get(0), "/engine-rest/task?processInstanceBusinessKey=" + id)).get(0);
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("user_review");
        assertThat(task.get("assignee").asText()).isEqualTo(TEAM.get(0));
        assertThat(application(id).hasNonNull("approval")).isFalse();
        assertThat(timeline(id).toString()).contains("The address proof is older than three months");
        var rejected = post(TEAM.get(0), "/api/applications/" + id + "/decision",
                Map.of("decision", "REJECT", "reason", "Stale address proof"));
        assertThat(rejected.getStatusCode().value()).as("a rejection needs no checker").isEqualTo(200);
    }

    @Test
    void anAdminReversesARejectionWithASecondAdminsApproval() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        post(TEAM.get(0), "/api/applications/" + id + "/decision", Map.of("decision", "REJECT", "reason", "Blurred PAN"));

        var requested = post(ADMIN, "/api/applications/" + id + "/reversal",
                Map.of("reason", "The PAN was readable in the original upload"));
        assertThat(requested.getStatusCode().value()).as(requested.getBody()).isEqualTo(202);
        assertThat(read(requested).at("/reversal/state").asText()).isEqualTo("AWAITING");
        assertThat(application(id).get("status").asText()).as("nothing changes yet").isEqualTo("REJECTED");
        var bySelf = post(ADMIN, "/api/applications/" + id + "/reversal/approval", Map.of("approve", true));
        assertThat(bySelf.getStatusCode().value()).isEqualTo(403);

        var approved = post(SECOND_ADMIN, "/api/applications/" + id + "/reversal/approval",
                Map.of("approve", true, "reason", "Agreed, original is clear"));

        assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(200);
        assertThat(application(id).get("status").asText()).isEqualTo("PENDING");
        assertThat(application(id).hasNonNull("decision")).isFalse();
        JsonNode task = read(get(TEAM.get(0), "/engine-rest/task?processInstanceBusinessKey=" + id)).get(0);
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("user_review");
        assertThat(task.get("assignee").asText()).as("the same reviewer").isEqualTo(TEAM.get(0));
        assertThat(events(id)).containsSubsequence("DECIDED", "REVERSAL_REQUESTED", "REVERSAL_APPROVED");
        assertThat(timeline(id).toString()).contains(ADMIN, SECOND_ADMIN, "The PAN was readable in the original upload",
                "Agreed, original is clear");
        var decidedAgain = post(TEAM.get(0), "/api/applications/" + id + "/decision", Map.of("decision", "ACCEPT"));
        assertThat(decidedAgain.getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aManagersReversalOfADraftIsRefusedAndTheDraftStands() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        post(TEAM.get(0), "/api/applications/" + id + "/decision", Map.of("decision", "DRAFT", "reason", "Sign page 2"));
        post(MANAGER, "/api/applications/" + id + "/reversal", Map.of("reason", "Page 2 was signed"));

        var refused = post(ADMIN, "/api/applications/" + id + "/reversal/approval",
                Map.of("approve", false, "reason", "It was not"));

        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(200);
        assertThat(application(id).get("status").asText()).isEqualTo("DRAFT");
        assertThat(events(id)).contains("REVERSAL_REFUSED");
    }

    @Test
    void anAcceptanceAKraHoldsIsNotReversed() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        post(TEAM.get(0), "/api/applications/" + id + "/decision", Map.of("decision", "ACCEPT"));
        awaitKraStatus(id, "UNDER_PROCESS");

        var requested = post(ADMIN, "/api/applications/" + id + "/reversal", Map.of("reason", "Wrong investor"));

        assertThat(requested.getStatusCode().value()).isEqualTo(409);
        assertThat(requested.getBody()).contains("modification");
    }

    @Test
    void twoCheckersApprovingAtOnceYieldExactlyOne() throws Exception {
        String id = uncertainAssignedTo(TEAM.get(0));
        post(TEAM.get(0), "/api/applications/" + id + "/decision", Map.of("decision", "ACCEPT"));

        List<Integer> statuses = race(
                () -> post(MANAGER, "/api/applications/" + id + "/approval", Map.of("approve", true)).getStatusCode().value(),
                () -> post(ADMIN, "/api/applications/" + id + "/approval", Map.of("approve", true)).getStatusCode().value());

        assertThat(statuses).containsExactly(204, 409);
        assertThat(events(id).stream().filter("DECIDED"::equals).count()).isEqualTo(1);
    }

    @Test
    void anApprovalRacingARefusalOfOneReversalYieldsExactlyOne() throws Exception {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        post(TEAM.get(0), "/api/applications/" + id + "/decision", Map.of("decision", "REJECT", "reason", "Blurred"));
        post(MANAGER, "/api/applications/" + id + "/reversal", Map.of("reason", "Readable after all"));

        List<Integer> statuses = race(
                () -> post(ADMIN, "/api/applications/" + id + "/reversal/approval", Map.of("approve", true))
                        .getStatusCode().value(),
                () -> post(SECOND_ADMIN, "/api/applications/" + id + "/reversal/approval",
                        Map.of("approve", false, "reason", "No")).getStatusCode().value());

        assertThat(statuses).containsExactly(200, 409);
        List<String> events = events(id);
        assertThat(events.stream().filter(e -> e.equals("REVERSAL_APPROVED") || e.equals("REVERSAL_REFUSED")))
                .hasSize(1);
    }

    /**
     * The push claims the application before it calls any KRA; a reversal approved in the same moment either lands
     * first (the push then calls no KRA) or is refused. Raced several times: whichever wins, never both.
     */
    @Test
    void aReversalRacingTheKraPushNeverLetsBothWin() throws Exception {
        for (int round = 0; round < 4; round++) {
            String pan = freshPan('1');
            Map<String, Object> submission = Submissions.valid(DISTRIBUTOR_ARN, pan);
            String id = submitAssignedTo(TEAM.get(0), ADMIN, () -> submission).get("id").asText();
            post(MANAGER, "/api/applications/" + id + "/decision", Map.of("decision", "ACCEPT"));
            var requested = post(MANAGER, "/api/applications/" + id + "/reversal", Map.of("reason", "Too fast"));
            if (requested.getStatusCode().value() == 409) {
                continue; // the push claimed it before the request: nothing to race
            }

            int approval = post(ADMIN, "/api/applications/" + id + "/reversal/approval", Map.of("approve", true))
                    .getStatusCode().value();

            Thread.sleep(1500); // give a push that won time to reach the simulator
            JsonNode application = application(id);
            boolean atTheKra = get(ADMIN, "/kra-sim/__sim/records/" + pan).getStatusCode().value() == 200;
            if (approval == 200) {
                assertThat(application.get("status").asText()).isEqualTo("PENDING");
                assertThat(atTheKra).as("reversed, so no KRA may hold " + id).isFalse();
            } else {
                assertThat(approval).isEqualTo(409);
                assertThat(application.get("status").asText()).isEqualTo("ACCEPTED");
            }
        }
    }

    private List<Integer> race(Supplier<Integer> one, Supplier<Integer> other) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Integer>> results = new ArrayList<>();
            for (Supplier<Integer> call : List.of(one, other)) {
                results.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return call.get();
                }, pool));
            }
            start.countDown();
            return results.stream().map(CompletableFuture::join).sorted().toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private JsonNode timeline(String id) {
        return read(get(ADMIN, "/api/applications/" + id + "/history")).get("items");
    }

    private List<String> events(String id) {
        List<String> events = new ArrayList<>();
        timeline(id).forEach(entry -> events.add(entry.get("event").asText()));
        return events;
    }
}
