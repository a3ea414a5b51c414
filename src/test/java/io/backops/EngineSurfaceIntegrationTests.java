package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The engine's own doors (engine REST, and the engine API inside the webapps that Tasklist uses) follow Backops' rules
 * like the API does: a person sends a decision and its reason and nothing else, assigns nothing, changes no identity,
 * and gets a 4xx naming the problem, never a 500, and a 404 for a task out of scope. Beside the access matrix: the
 * next engine path that writes belongs here.
 */
class EngineSurfaceIntegrationTests extends IntegrationTestSupport {

    @Autowired
    private RuntimeService runtime;

    @Test
    void aCompletionKeepsOnlyTheDecisionAndItsReason() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        String taskId = taskOf(TEAM.get(0), id);

        var completed = post(TEAM.get(0), "/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of(
                "decision", Map.of("value", "DRAFT"), "reason", Map.of("value", "Signature is missing"),
                "assignee", Map.of("value", OUTSIDER), "pushTriggeredBy", Map.of("value", "someone-else"))));

        assertThat(completed.getStatusCode().value()).as(completed.getBody()).isEqualTo(204);
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        assertThat(runtime.getVariable(instance, "assignee")).isEqualTo(TEAM.get(0));
        assertThat(runtime.getVariable(instance, "pushTriggeredBy")).isNull();
        assertThat(application(id).get("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void variablesAssignmentsAndIdentityAreNotChangedThroughTheEngine() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        String taskId = taskOf(TEAM.get(0), id);

        assertThat(send(TEAM.get(0), HttpMethod.PUT, "/engine-rest/task/" + taskId + "/variables/assignee",
                Map.of("value", OUTSIDER)).getStatusCode().value()).isEqualTo(403);
        assertThat(send(ADMIN, HttpMethod.POST, "/engine-rest/task/" + taskId + "/assignee",
                Map.of("userId", DISTRIBUTOR_LOGIN)).getStatusCode().value()).isEqualTo(403);
        var nobody = new HashMap<String, Object>();
        nobody.put("userId", null);
        assertThat(send(ADMIN, HttpMethod.POST, "/engine-rest/task/" + taskId + "/assignee", nobody)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(send(ADMIN, HttpMethod.POST, "/engine-rest/task/" + taskId + "/identity-links",
                Map.of("userId", OUTSIDER, "type", "candidate")).getStatusCode().value()).isEqualTo(403);
        assertThat(send(ADMIN, HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim",
                Map.of("userId", DISTRIBUTOR_LOGIN)).getStatusCode().value()).isEqualTo(403);
        assertThat(send(ADMIN, HttpMethod.POST, "/engine-rest/task/" + taskId + "/delegate",
                Map.of("userId", OUTSIDER)).getStatusCode().value()).isEqualTo(403);
        assertThat(application(id).get("assignee").asText()).isEqualTo(TEAM.get(0));
        assertThat(send(ADMIN, HttpMethod.POST, "/engine-rest/group/create",
                Map.of("id", "forged-group", "name", "Forged", "type", "WORKFLOW")).getStatusCode().value())
                .isEqualTo(403);
        assertThat(send(ADMIN, HttpMethod.PUT, "/engine-rest/group/camunda-admin/members/" + OUTSIDER, null)
                .getStatusCode().value()).isEqualTo(403);

        String me = TEAM.get(1);
        assertThat(send(me, HttpMethod.PUT, "/engine-rest/user/" + me + "/profile",
                Map.of("id", me, "firstName", "Changed", "lastName", "Name", "email", "x@test.local"))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(send(me, HttpMethod.PUT, "/engine-rest/user/" + me + "/credentials",
                Map.of("password", "Another-Pass-77", "authenticatedUserPassword", PASSWORD)).getStatusCode().value())
                .isEqualTo(403);
        assertThat(send(me, HttpMethod.DELETE, "/engine-rest/user/" + me, null).getStatusCode().value()).isEqualTo(403);
        assertThat(read(get(me, "/engine-rest/user/" + me + "/profile")).get("id").asText()).isEqualTo(me);
    }

    @Test
    void badCompletionsAndUnknownTasksAnswer4xxNot500() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        String taskId = taskOf(TEAM.get(0), id);

        var numericReason = post(TEAM.get(0), "/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of(
                "decision", Map.of("value", "REJECT"), "reason", Map.of("value", 5, "type", "Integer"))));
        assertThat(numericReason.getStatusCode().value()).as(numericReason.getBody()).isEqualTo(422);
        assertThat(numericReason.getBody()).contains("reason");

        String unknown = "00000000-0000-0000-0000-000000000000";
        assertThat(post(ADMIN, "/engine-rest/task/" + unknown + "/complete", Map.of("variables", Map.of()))
                .getStatusCode().value()).isEqualTo(404);
        for (String path : List.of("/variables", "/identity-links")) {
            assertThat(get(ADMIN, "/engine-rest/task/" + unknown + path).getStatusCode().value()).as(path)
                    .isBetween(400, 499);
        }
        assertThat(post(ADMIN, "/engine-rest/task/" + unknown + "/claim", Map.of("userId", ADMIN))
                .getStatusCode().value()).isBetween(400, 499);
        assertThat(application(id).get("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void aTaskOutOfScopeIsNotFoundRatherThanForbidden() {
        String taskId = taskOf(TEAM.get(0), submitAssignedTo(TEAM.get(0)).get("id").asText());

        var variables = get(OUTSIDER, "/engine-rest/task/" + taskId + "/variables");
        assertThat(variables.getStatusCode().value()).isEqualTo(404);
        assertThat(variables.getBody()).doesNotContain("permission", "READ");
        assertThat(post(OUTSIDER, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of(
                "decision", Map.of("value", "ACCEPT")))).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void tasklistsFormSubmitRefusingADecisionAnswers422LikeEngineRest() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        String taskId = taskOf(TEAM.get(0), id);
        String session = signIn(TEAM.get(0), PASSWORD);

        var headers = webappsWriteHeaders(session);
        headers.setContentType(MediaType.APPLICATION_JSON);
        for (Object decision : List.of("REJECT", "MAYBE")) {
            var submitted = noRedirects().exchange("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
                    HttpMethod.POST, new HttpEntity<>(Map.of("variables", Map.of("decision", Map.of("value", decision))),
                            headers), String.class);
            assertThat(submitted.getStatusCode().value()).as(submitted.getBody()).isEqualTo(422);
            assertThat(submitted.getBody()).contains("REJECT".equals(decision) ? "reason is required" : "decision must be");
        }
        assertThat(application(id).get("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void tasklistsFormSubmitAndTheApiKeepOnlyTheDecisionAndItsReasonToo() {
        String viaTasklist = submitAssignedTo(TEAM.get(0)).get("id").asText();
        String taskId = taskOf(TEAM.get(0), viaTasklist);
        String session = signIn(TEAM.get(0), PASSWORD);
        var headers = webappsWriteHeaders(session);
        headers.setContentType(MediaType.APPLICATION_JSON);
        var submitted = noRedirects().exchange("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
                HttpMethod.POST, new HttpEntity<>(Map.of("variables", Map.of(
                        "decision", Map.of("value", "DRAFT"), "reason", Map.of("value", "Signature is missing"),
                        "assignee", Map.of("value", OUTSIDER), "pushTriggeredBy", Map.of("value", "someone-else"))),
                        headers), String.class);
        assertThat(submitted.getStatusCode().value()).as(submitted.getBody()).isEqualTo(204);
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(viaTasklist).singleResult()
                .getId();
        assertThat(runtime.getVariable(instance, "assignee")).isEqualTo(TEAM.get(0));
        assertThat(runtime.getVariable(instance, "pushTriggeredBy")).isNull();
        assertThat(application(viaTasklist).get("status").asText()).isEqualTo("DRAFT");

        String viaApi = submitAssignedTo(TEAM.get(0)).get("id").asText();
        var forged = post(TEAM.get(0), "/api/applications/" + viaApi + "/decision", Map.of("decision", "DRAFT",
                "reason", "Signature is missing", "assignee", OUTSIDER, "pushTriggeredBy", "someone-else"));
        assertThat(forged.getStatusCode().value()).as(forged.getBody()).isBetween(200, 499);
        String apiInstance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(viaApi).singleResult()
                .getId();
        assertThat(runtime.getVariable(apiInstance, "assignee")).isEqualTo(TEAM.get(0));
        assertThat(runtime.getVariable(apiInstance, "pushTriggeredBy")).isNull();
    }

    @Test
    void aDraftReturnsToTheReviewerWhoHadItLastAfterAReassignment() {
        var submission = Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'));
        submission.remove("distributor");
        String id = submitAssignedTo(TEAM.get(0), DISTRIBUTOR_LOGIN, () -> submission).get("id").asText();
        assertThat(put(MANAGER, "/api/applications/" + id + "/assignee", Map.of("username", TEAM.get(1)))
                .getStatusCode().value()).isEqualTo(204);
        assertThat(post(TEAM.get(1), "/api/applications/" + id + "/decision",
                Map.of("decision", "DRAFT", "reason", "Signature is missing")).getStatusCode().value()).isEqualTo(200);

        var corrected = Submissions.valid(null, Submissions.applicant(submission).get("pan").toString());
        corrected.remove("distributor");
        var resubmitted = post(DISTRIBUTOR_LOGIN, "/api/applications/" + id + "/resubmit", corrected);

        assertThat(resubmitted.getStatusCode().value()).as(resubmitted.getBody()).isEqualTo(200);
        assertThat(application(id).get("assignee").asText()).isEqualTo(TEAM.get(1));
    }

    private String taskOf(String reviewer, String applicationId) {
        JsonNode tasks = read(get(reviewer, "/engine-rest/task?processInstanceBusinessKey=" + applicationId));
        assertThat(tasks).hasSize(1);
        return tasks.get(0).get("id").asText();
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, passwordOf(user)).exchange(path, method, new HttpEntity<>(body, headers),
                String.class);
    }
}
