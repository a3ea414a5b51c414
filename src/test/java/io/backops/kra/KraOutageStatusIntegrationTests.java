package io.backops.kra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.backops.IntegrationTestSupport;
import io.backops.Submissions;
import io.backops.review.IntegrationProblems;
import io.backops.review.OnboardingProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The integration status while the KRA answers 503 for longer than a retry: every failed call from the first one,
 * {@code PUSH_PENDING} with the next try's time while retries remain, the incident once they ran out; the
 * application's API, its page, the integrations list and the dashboard's problems all say so. Then "check KRA status
 * now" asks the KRA at once for an uploaded application.
 */
class KraOutageStatusIntegrationTests extends IntegrationTestSupport {

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private ManagementService management;

    @Autowired
    private IntegrationProblems problems;

    @Test
    void duringAnOutageEveryAttemptTheNextTryAndThenTheIncidentAreShownEverywhere() {
        String pan = freshPan('1');
        kraFault("http503", 100, pan);
        String id = accept(pan);

        Job push = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> failedPush(id), job -> job != null);
        // Hold the retry an hour away: the retrying state stays put while it is looked at from every side.
        Instant nextTry = Instant.now().plus(Duration.ofHours(1));
        management.setJobDuedate(push.getId(), Date.from(nextTry));

        JsonNode retrying = integration(id);
        assertThat(retrying.get("status").asText()).isEqualTo("PUSH_PENDING");
        assertThat(calls(retrying)).isNotEmpty().allMatch(call -> call.equals("system INQUIRE ERROR"));
        assertThat(retrying.get("retry").get("call").asText()).isEqualTo("PUSH");
        assertThat(retrying.get("retry").get("retriesLeft").asInt()).isPositive();
        assertThat(Instant.parse(retrying.get("retry").get("nextAttemptAt").asText())).isAfter(Instant.now());
        assertThat(retrying.get("retry").get("lastError").asText()).startsWith("No KRA answered");
        assertThat(retrying.hasNonNull("incident")).isFalse();
        assertThat(listed(id, "PUSH_PENDING").get("retry").get("retriesLeft").asInt()).isPositive();
        assertThat(problems.visibleTo(ADMIN, 200)).anySatisfy(problem -> {
            assertThat(problem.applicationId()).isEqualTo(id);
            assertThat(problem.kind()).isEqualTo("KRA not answering (retrying)");
        });
        String page = page(ADMIN, "/applications/" + id).getBody();
        assertThat(page).contains("id=\"kra-retry\"", "Push pending", "INQUIRE").doesNotContain("id=\"kra-incident\"");

        // Let the retry cycle run out.
        management.setJobDuedate(push.getId(), new Date());
        await().atMost(Duration.ofSeconds(30)).until(() -> incidentsOf(id) == 1);

        JsonNode stopped = integration(id);
        assertThat(stopped.get("status").asText()).isEqualTo("PUSH_PENDING");
        assertThat(stopped.hasNonNull("retry")).isFalse();
        assertThat(stopped.get("incident").get("message").asText()).startsWith("No KRA answered");
        assertThat(calls(stopped)).hasSizeGreaterThan(calls(retrying).size())
                .allMatch(call -> call.equals("system INQUIRE ERROR"));
        assertThat(listed(id, null).get("incident").get("call").asText()).isEqualTo("PUSH");
        assertThat(problems.visibleTo(ADMIN, 200)).anySatisfy(problem -> {
            assertThat(problem.applicationId()).isEqualTo(id);
            assertThat(problem.kind()).isEqualTo("Retries ran out (incident)");
        });
        assertThat(page(ADMIN, "/applications/" + id).getBody()).contains("id=\"kra-incident\"", "Retries ran out");
        assertThat(read(get(DISTRIBUTOR_LOGIN, "/api/applications/" + id + "/integration")).hasNonNull("incident"))
                .as("a distributor sees the status only").isFalse();

        kraFault("none", 0, null);
        assertThat(post(TEAM.get(0), "/api/applications/" + id + "/kra/repush", null).getStatusCode().value())
                .isEqualTo(202);
        awaitKraStatus(id, "UNDER_PROCESS");
        JsonNode pushed = integration(id);
        assertThat(pushed.get("status").asText()).isEqualTo("UNDER_PROCESS");
        assertThat(pushed.hasNonNull("incident") || pushed.hasNonNull("retry")).isFalse();
    }

    @Test
    void checkNowAsksTheKraAtOnceAndRecordsWhoAskedEvenWhenItDoesNotAnswer() {
        String pan = freshPan('1');
        String id = accept(pan);
        awaitKraStatus(id, "UNDER_PROCESS");
        // The flow's own poll (every second in tests) is held an hour away: only the person's check asks the KRA.
        Job poll = await().atMost(Duration.ofSeconds(30)).until(() -> pollTimer(id), job -> job != null);
        management.setJobDuedate(poll.getId(), Date.from(Instant.now().plus(Duration.ofHours(1))));
        int callsBefore = calls(integration(id)).size();

        var checked = post(TEAM.get(0), "/api/applications/" + id + "/kra/poll", null);
        assertThat(checked.getStatusCode().value()).as(checked.getBody()).isEqualTo(200);
        assertThat(read(checked).get("answered").asBoolean()).isTrue();
        assertThat(read(checked).get("status").get("status").asText()).isEqualTo("UNDER_PROCESS");
        assertThat(calls(integration(id))).hasSize(callsBefore + 1).last()
                .isEqualTo(TEAM.get(0) + " (check now) STATUS OK");

        kraFault("http503", 1, pan);
        var unanswered = post(TEAM.get(0), "/api/applications/" + id + "/kra/poll", null);
        assertThat(unanswered.getStatusCode().value()).as(unanswered.getBody()).isEqualTo(200);
        assertThat(read(unanswered).get("answered").asBoolean()).isFalse();
        assertThat(calls(integration(id))).hasSize(callsBefore + 2).last()
                .isEqualTo(TEAM.get(0) + " (check now) STATUS ERROR");
        assertThat(application(id).get("kraStatus").asText()).as("nothing else changed").isEqualTo("UNDER_PROCESS");
    }

    @Test
    void checkNowBeforeAnyUploadIsAConflictAndADistributorMayNotAsk() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();

        assertThat(post(TEAM.get(0), "/api/applications/" + id + "/kra/poll", null).getStatusCode().value())
                .isEqualTo(409);
        assertThat(post(DISTRIBUTOR_LOGIN, "/api/applications/" + id + "/kra/poll", null).getStatusCode().value())
                .isEqualTo(403);
        assertThat(post(TEAM.get(1), "/api/applications/" + id + "/kra/poll", null).getStatusCode().value())
                .isEqualTo(404);
    }

    private String accept(String pan) {
        JsonNode submitted = submitAssignedTo(TEAM.get(0), ADMIN, () -> Submissions.valid(DISTRIBUTOR_ARN, pan));
        String id = submitted.get("id").asText();
        var decided = post(TEAM.get(0), "/api/applications/" + id + "/decision", Map.of("decision", "ACCEPT"));
        assertThat(decided.getStatusCode().value()).as(decided.getBody()).isEqualTo(200);
        return id;
    }

    private JsonNode integration(String id) {
        return read(get(ADMIN, "/api/applications/" + id + "/integration"));
    }

    private JsonNode listed(String id, String status) {
        JsonNode items = read(get(ADMIN, "/api/integrations?size=200" + (status == null ? "" : "&status=" + status))).get("items");
        for (JsonNode item : items) {
            if (item.get("applicationId").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " is not in the integrations list: " + items);
    }

    private static List<String> calls(JsonNode integration) {
        List<String> calls = new ArrayList<>();
        integration.get("attempts").forEach(attempt -> calls.add(attempt.get("triggeredBy").asText() + " "
                + attempt.get("operation").asText() + " " + attempt.get("outcome").asText()));
        return calls;
    }

    private Job failedPush(String id) {
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult();
        return instance == null ? null : management.createJobQuery().processInstanceId(instance.getId())
                .activityId(OnboardingProcess.Elements.SERVICE_PUSH_KRA).withException().withRetriesLeft().singleResult();
    }

    private Job pollTimer(String id) {
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult();
        return instance == null ? null : management.createJobQuery().processInstanceId(instance.getId())
                .activityId(OnboardingProcess.Elements.TIMER_KRA_POLL).timers().singleResult();
    }
}
