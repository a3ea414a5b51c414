package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * docs/roles-and-scopes.md over real HTTP: out of scope answers 404, a role that may never act answers 403, nobody gets
 * in without credentials, and Camunda's authorizations narrow engine REST and Tasklist to one's own tasks.
 */
class AccessControlIntegrationTests extends IntegrationTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/task", "/engine-rest/process-definition", "/camunda/api/engine/engine/default/task",
            "/camunda/api/admin/auth/user/default", "/api/me", "/api/applications/APP-2026-000001",
            "/kra-sim/__sim/records/ABCPR1234K"})
    void withoutCredentialsNothingAnswers(String path) {
        assertThat(http.getForEntity(path, String.class).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void healthIsOpenForProbes() {
        var response = http.getForEntity("/actuator/health", String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).contains("\"status\":\"UP\"");
    }

    @Test
    void apiDocumentationIsServedToSignedInUsers() {
        assertThat(get(TEAM.get(0), "/swagger-ui.html").getStatusCode().value()).isEqualTo(200);
        assertThat(get(TEAM.get(0), "/v3/api-docs").getBody()).contains("/api/applications", "/api/me");
        assertThat(noRedirects().getForEntity("/swagger-ui.html", String.class).getStatusCode().value()).isEqualTo(302);
    }

    @Test
    void wrongPasswordIsRefused() {
        var response = http.withBasicAuth(ADMIN, "not-the-password").getForEntity("/engine-rest/task", String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void browserIsSentToSignInForTheWebapps() {
        var response = noRedirects().getForEntity("/camunda/app/tasklist/", String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(302);
        assertThat(response.getHeaders().getLocation()).hasPath("/login");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/task", "/camunda/app/tasklist/default/", "/camunda/api/engine/engine/default/task"})
    void distributorsHaveNoEngineAccess(String path) {
        assertThat(get(DISTRIBUTOR_LOGIN, path).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void onlyAdminsMoveTheSimulatorClock() {
        assertThat(post(MANAGER, "/kra-sim/__sim/clock/advance", Map.of("workingDays", 1)).getStatusCode().value())
                .isEqualTo(403);
    }

    @Test
    void reviewerSeesOnlyHisOwnTasksThroughEngineRest() {
        JsonNode submitted = submit(Submissions.valid(DISTRIBUTOR_ARN, freshPan('1')));
        String assignee = submitted.get("assignee").asText();
        String businessKey = "?processInstanceBusinessKey=" + submitted.get("id").asText();

        for (String reviewer : new String[] {TEAM.get(0), TEAM.get(1), OUTSIDER}) {
            JsonNode tasks = read(get(reviewer, "/engine-rest/task" + businessKey));
            assertThat(tasks).as(reviewer).hasSize(reviewer.equals(assignee) ? 1 : 0);
            JsonNode all = read(get(reviewer, "/engine-rest/task"));
            all.forEach(task -> assertThat(task.get("assignee").asText()).isEqualTo(reviewer));
        }
        assertThat(read(get(ADMIN, "/engine-rest/task" + businessKey))).hasSize(1);
    }

    @Test
    void reviewerCannotCompleteSomeoneElsesTask() {
        JsonNode submitted = submit(Submissions.valid(DISTRIBUTOR_ARN, freshPan('1')));
        String assignee = submitted.get("assignee").asText();
        String other = TEAM.contains(assignee) && !assignee.equals(TEAM.get(0)) ? TEAM.get(0) : TEAM.get(1);
        String taskId = read(get(ADMIN, "/engine-rest/task?processInstanceBusinessKey=" + submitted.get("id").asText()))
                .get(0).get("id").asText();

        var response = post(other.equals(assignee) ? OUTSIDER : other, "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of("decision", Map.of("value", "ACCEPT"))));

        assertThat(response.getStatusCode().value()).isIn(403, 404);
        assertThat(read(get(ADMIN, "/api/applications/" + submitted.get("id").asText())).get("status").asText())
                .isEqualTo("PENDING");
    }

    @Test
    void applicationIsVisibleOnlyWithinScope() {
        JsonNode submitted = submit(Submissions.valid(DISTRIBUTOR_ARN, freshPan('1')));
        String id = submitted.get("id").asText();
        String assignee = submitted.get("assignee").asText();
        String path = "/api/applications/" + id;

        assertThat(get(ADMIN, path).getStatusCode().value()).isEqualTo(200);
        assertThat(get(assignee, path).getStatusCode().value()).isEqualTo(200);
        assertThat(get(DISTRIBUTOR_LOGIN, path).getStatusCode().value()).isEqualTo(200);
        assertThat(get(OTHER_DISTRIBUTOR_LOGIN, path).getStatusCode().value()).isEqualTo(404);
        boolean inTeam = TEAM.contains(assignee);
        assertThat(get(MANAGER, path).getStatusCode().value()).isEqualTo(inTeam ? 200 : 404);
        assertThat(get(OTHER_MANAGER, path).getStatusCode().value()).isEqualTo(inTeam ? 404 : 200);
        for (String reviewer : new String[] {TEAM.get(0), TEAM.get(1), OUTSIDER}) {
            if (!reviewer.equals(assignee)) {
                var response = get(reviewer, path);
                assertThat(response.getStatusCode().value()).as(reviewer).isEqualTo(404);
                assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {MANAGER, "treviewera"})
    void backOfficeBelowAdminCannotSubmit(String user) {
        var response = post(user, "/api/applications", Submissions.valid(DISTRIBUTOR_ARN, freshPan('1')));
        assertThat(response.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void distributorSubmitsForItsOwnChannelOnly() {
        var own = Submissions.valid(null, freshPan('1'));
        own.remove("distributor");
        var accepted = post(DISTRIBUTOR_LOGIN, "/api/applications", own);
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(201);
        String id = read(accepted).get("id").asText();
        assertThat(application(id).get("distributor").asText()).isEqualTo(DISTRIBUTOR_ARN);

        var foreign = post(DISTRIBUTOR_LOGIN, "/api/applications", Submissions.valid(OTHER_DISTRIBUTOR_ARN, freshPan('1')));
        assertThat(foreign.getStatusCode().value()).isEqualTo(422);
        assertThat(foreign.getBody()).contains("\"field\":\"distributor\"");
    }

    @ParameterizedTest
    @CsvSource({"admin,ADMIN,", "tmanager,MANAGER,", "treviewera,REVIEWER,tmanager"})
    void meTellsWhoIsSignedIn(String user, String role, String manager) {
        JsonNode me = read(get(user, "/api/me"));
        assertThat(me.get("username").asText()).isEqualTo(user);
        assertThat(me.get("role").asText()).isEqualTo(role);
        if (manager != null) {
            assertThat(me.get("manager").asText()).isEqualTo(manager);
        }
    }

    @Test
    void managerSeesHisTeam() {
        JsonNode me = read(get(MANAGER, "/api/me"));
        assertThat(me.get("team")).extracting(JsonNode::asText).containsAll(TEAM).contains(SPARE)
                .doesNotContain(OUTSIDER);
    }

    @Test
    void oneFormSignInOpensTasklistWithOnlyOwnTasks() {
        JsonNode submitted = submit(Submissions.valid(DISTRIBUTOR_ARN, freshPan('1')));
        String reviewer = submitted.get("assignee").asText();
        String session = signIn(reviewer, PASSWORD);

        // Tasklist's page signs the user in to Camunda; its API calls then ride on the same session.
        assertThat(withSession(session, "/camunda/app/tasklist/default/").getStatusCode().value()).isEqualTo(200);
        var auth = withSession(session, "/camunda/api/admin/auth/user/default");
        assertThat(auth.getStatusCode().value()).isEqualTo(200);
        JsonNode user = read(auth);
        assertThat(user.get("userId").asText()).isEqualTo(reviewer);
        assertThat(user.get("authorizedApps")).extracting(JsonNode::asText).contains("tasklist")
                .doesNotContain("cockpit", "admin");
        assertThat(read(get(ADMIN, "/engine-rest/group?member=" + reviewer)).findValuesAsText("id"))
                .containsExactly("reviewers");
        assertThat(read(get(ADMIN, "/engine-rest/group?member=" + MANAGER)).findValuesAsText("id"))
                .containsExactly("managers");
        assertThat(read(get(ADMIN, "/engine-rest/group?member=" + ADMIN)).findValuesAsText("id"))
                .containsExactly("camunda-admin");

        JsonNode tasks = read(withSession(session, "/camunda/api/engine/engine/default/task?processInstanceBusinessKey="
                + submitted.get("id").asText()));
        assertThat(tasks).hasSize(1);
        read(withSession(session, "/camunda/api/engine/engine/default/task"))
                .forEach(task -> assertThat(task.get("assignee").asText()).isEqualTo(reviewer));
    }

    @Test
    void adminsGetCockpitAndAdminToo() {
        String session = signIn(ADMIN, ADMIN_PASSWORD);
        assertThat(withSession(session, "/camunda/app/cockpit/default/").getStatusCode().value()).isEqualTo(200);
        JsonNode user = read(withSession(session, "/camunda/api/admin/auth/user/default"));
        assertThat(user.get("authorizedApps")).extracting(JsonNode::asText).contains("cockpit", "admin", "tasklist");
    }

    @Test
    void signingOutOfTasklistSignsOutOfBackopsToo() {
        String session = signIn(TEAM.get(0), PASSWORD);
        assertThat(withSession(session, "/camunda/app/tasklist/default/").getStatusCode().value()).isEqualTo(200);

        var headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, session);
        var loggedOut = noRedirects().exchange("/camunda/api/admin/auth/user/default/logout", HttpMethod.POST,
                new HttpEntity<>(headers), String.class);

        assertThat(loggedOut.getStatusCode().value()).isEqualTo(200);
        assertThat(withSession(session, "/camunda/api/admin/auth/user/default").getStatusCode().value()).isEqualTo(401);
        assertThat(withSession(session, "/api/me").getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void signingOutOfBackopsSignsOutOfTheWebappsToo() {
        String session = signIn(TEAM.get(0), PASSWORD);
        assertThat(withSession(session, "/camunda/app/tasklist/default/").getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> home = withSession(session, "/");
        String csrf = csrfToken(home.getBody());

        var form = new LinkedMultiValueMap<String, String>();
        form.add("_csrf", csrf);
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, session);
        var loggedOut = noRedirects().exchange("/logout", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);

        assertThat(loggedOut.getStatusCode().value()).isEqualTo(302);
        assertThat(loggedOut.getHeaders().getLocation().toString()).endsWith("/login?logout");
        assertThat(noRedirects().exchange("/camunda/app/tasklist/default/", HttpMethod.GET, new HttpEntity<>(headers),
                String.class).getStatusCode().value()).isEqualTo(302);
        assertThat(read(get(ADMIN, "/api/audit?user=" + TEAM.get(0))).get("items"))
                .extracting(entry -> entry.get("event").asText()).contains("SIGN_IN_SUCCEEDED", "SIGNED_OUT");
    }

    @Test
    void browserSessionWritesNeedTheCsrfToken() {
        String session = signIn(TEAM.get(0), PASSWORD);
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, session);
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);

        var forged = http.exchange("/api/me/password", HttpMethod.POST, new HttpEntity<>(
                Map.of("currentPassword", PASSWORD, "newPassword", "Forged-Pass-2026"), headers), String.class);

        assertThat(forged.getStatusCode().value()).isEqualTo(403);
        assertThat(get(TEAM.get(0), "/api/me").getStatusCode().value()).as("password unchanged").isEqualTo(200);
    }

    @Test
    void noDemoUsersOutsideTheDemoProfile() {
        for (String demoUser : new String[] {"meera", "ravi", "sara", "sunrise"}) {
            assertThat(http.withBasicAuth(demoUser, "anything").getForEntity("/api/me", String.class)
                    .getStatusCode().value()).isEqualTo(401);
        }
    }


    private ResponseEntity<String> withSession(String session, String path) {
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, session);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
