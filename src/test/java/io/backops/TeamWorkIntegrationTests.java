package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backops.identity.NewUser;
import io.backops.identity.Role;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The three levels at work: a manager sees and decides his team's applications (also through engine REST), moves
 * their work, and loses sight of it when a reviewer changes teams; nobody else sees it.
 */
class TeamWorkIntegrationTests extends IntegrationTestSupport {

    /** A reviewer these tests move between teams; inactive again after each test, so no other test gets him. */
    private static final String MOVER = "tmover";


    @AfterEach
    void retireTheMover() {
        if (users.exists(MOVER)) {
            patch(ADMIN, "/api/users/" + MOVER, Map.of("status", "INACTIVE"));
        }
    }

    @Test
    void managerSeesAndDecidesHisTeamsTasksThroughEngineRest() {
        JsonNode submitted = submitAssignedTo(TEAM.get(0));
        String id = submitted.get("id").asText();
        String byKey = "/engine-rest/task?processInstanceBusinessKey=" + id;

        assertThat(read(get(MANAGER, byKey))).hasSize(1);
        assertThat(read(get(OTHER_MANAGER, byKey))).isEmpty();
        assertThat(read(get(OUTSIDER, byKey))).isEmpty();
        assertThat(read(get(TEAM.get(1), byKey))).isEmpty();
        String taskId = read(get(MANAGER, byKey)).get(0).get("id").asText();
        assertThat(get(MANAGER, "/engine-rest/task/" + taskId + "/variables").getStatusCode().value()).isEqualTo(200);
        assertThat(get(OTHER_MANAGER, "/engine-rest/task/" + taskId + "/variables").getStatusCode().value()).isIn(403, 404);
        assertThat(get(OUTSIDER, "/engine-rest/task/" + taskId + "/variables").getStatusCode().value()).isIn(403, 404);
        String instance = read(get(ADMIN, byKey)).get(0).get("processInstanceId").asText();
        assertThat(get(MANAGER, "/engine-rest/process-instance/" + instance + "/variables").getStatusCode().value())
                .as("process variables stay with admins").isIn(403, 404);

        var decided = post(MANAGER, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of(
                "decision", Map.of("value", "DRAFT"), "reason", Map.of("value", "Signature missing"))));

        assertThat(decided.getStatusCode().value()).isEqualTo(204);
        JsonNode draft = application(id);
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.at("/decision/decidedBy").asText()).isEqualTo(MANAGER);
    }

    @Test
    void managersTasklistHasATeamFilter() {
        assertThat(read(get(MANAGER, "/engine-rest/filter")).findValuesAsText("name"))
                .contains("My tasks", "My team's tasks");
        assertThat(read(get(TEAM.get(0), "/engine-rest/filter")).findValuesAsText("name"))
                .contains("My tasks").doesNotContain("My team's tasks");
    }

    @Test
    void reassigningMovesTheWorkAndTheRightToSeeIt() {
        String id = submitAssignedTo(TEAM.get(1)).get("id").asText();
        String byKey = "/engine-rest/task?processInstanceBusinessKey=" + id;

        var outOfTeam = post(MANAGER, "/api/users/" + TEAM.get(1) + "/reassign", Map.of("to", OUTSIDER));
        assertThat(outOfTeam.getStatusCode().value()).isEqualTo(422);

        var moved = post(MANAGER, "/api/users/" + TEAM.get(1) + "/reassign", Map.of("to", TEAM.get(0)));

        assertThat(moved.getStatusCode().value()).as(moved.getBody()).isEqualTo(200);
        assertThat(read(moved).get("assignments")).anySatisfy(a -> {
            assertThat(a.get("applicationId").asText()).isEqualTo(id);
            assertThat(a.get("to").asText()).isEqualTo(TEAM.get(0));
        });
        assertThat(application(id).get("assignee").asText()).isEqualTo(TEAM.get(0));
        assertThat(read(get(TEAM.get(0), byKey))).hasSize(1);
        assertThat(read(get(TEAM.get(1), byKey))).as("the former assignee loses the task").isEmpty();
        assertThat(read(get(MANAGER, byKey))).hasSize(1);
        assertThat(get(TEAM.get(1), "/api/applications/" + id).getStatusCode().value()).isEqualTo(404);
        assertThat(read(get(MANAGER, "/api/users/" + TEAM.get(1))).get("pendingApplications").asLong()).isZero();
        assertThat(read(get(ADMIN, "/api/audit?user=" + TEAM.get(1))).get("items"))
                .extracting(entry -> entry.get("event").asText()).contains("WORK_REASSIGNED");
    }

    @Test
    void teamChangeHandsTheWorkToTheNewManagerAndDeactivationLosesNothing() {
        ensureMover();
        String id = submitAssignedTo(MOVER).get("id").asText();
        String byKey = "/engine-rest/task?processInstanceBusinessKey=" + id;
        assertThat(read(get(MANAGER, byKey))).hasSize(1);

        assertThat(patch(MANAGER, "/api/users/" + MOVER, Map.of("manager", OTHER_MANAGER)).getStatusCode().value())
                .as("managers do not move people between teams").isEqualTo(403);
        assertThat(patch(ADMIN, "/api/users/" + MOVER, Map.of("manager", OTHER_MANAGER)).getStatusCode().value())
                .isEqualTo(200);

        assertThat(read(get(MANAGER, byKey))).isEmpty();
        assertThat(get(MANAGER, "/api/applications/" + id).getStatusCode().value()).isEqualTo(404);
        assertThat(read(get(OTHER_MANAGER, byKey))).hasSize(1);
        assertThat(get(OTHER_MANAGER, "/api/applications/" + id).getStatusCode().value()).isEqualTo(200);

        assertThat(patch(OTHER_MANAGER, "/api/users/" + MOVER, Map.of("status", "INACTIVE")).getStatusCode().value())
                .isEqualTo(200);
        assertThat(http.withBasicAuth(MOVER, PASSWORD).getForEntity("/api/me", String.class).getStatusCode().value())
                .as("an inactive user cannot sign in").isEqualTo(401);
        assertThat(read(get(OTHER_MANAGER, "/api/users/" + MOVER)).get("pendingApplications").asLong())
                .as("his work is still there, in sight of his manager").isGreaterThanOrEqualTo(1);

        var moved = post(OTHER_MANAGER, "/api/users/" + MOVER + "/reassign", null);
        assertThat(moved.getStatusCode().value()).as(moved.getBody()).isEqualTo(200);
        assertThat(application(id).get("assignee").asText()).isEqualTo(OUTSIDER);
        assertThat(read(get(OUTSIDER, byKey))).hasSize(1);
        assertThat(read(get(ADMIN, "/api/audit?user=" + MOVER)).get("items"))
                .extracting(entry -> entry.get("event").asText()).contains("TEAM_CHANGED", "STATUS_CHANGED");
    }

    @Test
    void nobodyChangesTheirOwnRoleTeamOrStatus() {
        assertThat(patch(ADMIN, "/api/users/" + ADMIN, Map.of("role", "USER", "manager", MANAGER))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(patch(MANAGER, "/api/users/" + MANAGER, Map.of("status", "ON_LEAVE")).getStatusCode().value())
                .isEqualTo(403);
        assertThat(patch(MANAGER, "/api/users/" + SPARE, Map.of("role", "MANAGER")).getStatusCode().value())
                .as("a manager changes status only").isEqualTo(403);
        assertThat(patch(TEAM.get(0), "/api/users/" + TEAM.get(0), Map.of("role", "ADMIN")).getStatusCode().value())
                .isEqualTo(403);
        assertThat(read(get(TEAM.get(0), "/api/me")).get("role").asText()).isEqualTo("REVIEWER");
    }

    private void ensureMover() {
        if (!users.exists(MOVER)) {
            users.create(new NewUser(MOVER, "Moving Reviewer", "mv@test.local", null, null, Role.REVIEWER, MANAGER, null),
                    PASSWORD, false);
        } else {
            assertThat(patch(ADMIN, "/api/users/" + MOVER, Map.of("status", "ACTIVE", "manager", MANAGER))
                    .getStatusCode().value()).isEqualTo(200);
        }
    }
}
