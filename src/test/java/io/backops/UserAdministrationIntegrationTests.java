package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/api.md user endpoints: what an admin may create and change, with every bad field named. */
class UserAdministrationIntegrationTests extends IntegrationTestSupport {

    @Test
    void adminCreatesEachKindOfUser() {
        String suffix = String.valueOf(System.nanoTime() % 100_000_000);
        var reviewer = post(ADMIN, "/api/users", Map.of("username", "trev" + suffix, "name", "New Reviewer",
                "email", "nr@test.local", "mobile", "9800011111", "employeeCode", "E77", "role", "REVIEWER",
                "manager", OTHER_MANAGER));
        var distributor = post(ADMIN, "/api/users", Map.of("username", "tdist" + suffix, "name", "New Distributor",
                "email", "nd@test.local", "role", "DISTRIBUTOR", "distributor", DISTRIBUTOR_ARN));

        assertThat(reviewer.getStatusCode().value()).as(reviewer.getBody()).isEqualTo(201);
        assertThat(reviewer.getHeaders().getLocation()).hasPath("/api/users/trev" + suffix);
        JsonNode created = read(reviewer).get("user");
        assertThat(created.get("manager").asText()).isEqualTo(OTHER_MANAGER);
        assertThat(created.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(read(reviewer).get("oneTimePassword").asText()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(distributor.getStatusCode().value()).as(distributor.getBody()).isEqualTo(201);
        assertThat(read(distributor).at("/user/distributor").asText()).isEqualTo(DISTRIBUTOR_ARN);
        // The new reviewer signs in with a one-time password nobody else knows: keep him out of the rotation.
        assertThat(patch(ADMIN, "/api/users/trev" + suffix, Map.of("status", "INACTIVE")).getStatusCode().value())
                .isEqualTo(200);
    }

    @Test
    void theFormerWordForAReviewerIsStillAcceptedAndAnsweredWithTheNewOne() {
        String username = "tformer" + System.nanoTime() % 10_000_000;
        var created = post(ADMIN, "/api/users", Map.of("username", username, "name", "Former Word",
                "email", "fw@test.local", "role", "USER", "manager", OTHER_MANAGER));

        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        assertThat(read(created).at("/user/role").asText()).isEqualTo("REVIEWER");
        JsonNode listed = read(get(ADMIN, "/api/users?role=USER&q=" + username));
        assertThat(listed.get("items")).extracting(user -> user.get("username").asText()).containsExactly(username);
        assertThat(listed.at("/items/0/role").asText()).isEqualTo("REVIEWER");
        assertThat(patch(ADMIN, "/api/users/" + username, Map.of("status", "INACTIVE")).getStatusCode().value())
                .isEqualTo(200);
    }

    @Test
    void everyBadFieldIsNamed() {
        var response = post(ADMIN, "/api/users", Map.of("username", "Not Valid", "name", "", "email", "nope",
                "mobile", "123", "role", "REVIEWER"));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(read(response).get("errors")).extracting(error -> error.get("field").asText())
                .contains("username", "name", "email", "mobile");
    }

    @Test
    void placementInTheHierarchyIsChecked() {
        var noManager = post(ADMIN, "/api/users", Map.of("username", "tnomgr" + System.nanoTime() % 10_000_000,
                "name", "X", "email", "x@test.local", "role", "REVIEWER"));
        var notAManager = post(ADMIN, "/api/users", Map.of("username", "tbadmgr" + System.nanoTime() % 10_000_000,
                "name", "X", "email", "x@test.local", "role", "REVIEWER", "manager", TEAM.get(0)));
        var noArn = post(ADMIN, "/api/users", Map.of("username", "tnoarn" + System.nanoTime() % 10_000_000,
                "name", "X", "email", "x@test.local", "role", "DISTRIBUTOR", "distributor", "ARN-99999998"));

        assertThat(noManager.getStatusCode().value()).isEqualTo(422);
        assertThat(noManager.getBody()).contains("\"field\":\"manager\"");
        assertThat(notAManager.getStatusCode().value()).isEqualTo(422);
        assertThat(noArn.getStatusCode().value()).isEqualTo(422);
        assertThat(noArn.getBody()).contains("\"field\":\"distributor\"");
    }

    @Test
    void takenUsernameIsAConflict() {
        var response = post(ADMIN, "/api/users", Map.of("username", MANAGER, "name", "Again", "email", "a@test.local",
                "role", "MANAGER"));
        assertThat(response.getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void managerWithATeamStaysAManager() {
        var response = patch(ADMIN, "/api/users/" + MANAGER, Map.of("role", "DISTRIBUTOR"));
        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody()).contains("\"field\":\"role\"");
    }

    @Test
    void listIsPagedSortedAndFilteredOnTheServer() {
        JsonNode firstPage = read(get(ADMIN, "/api/users?size=2&sort=username,desc"));
        JsonNode secondPage = read(get(ADMIN, "/api/users?size=2&page=1&sort=username,desc"));

        assertThat(firstPage.get("items")).hasSize(2);
        assertThat(firstPage.get("total").asLong()).isGreaterThanOrEqualTo(8);
        List<String> names = new ArrayList<>();
        firstPage.get("items").forEach(user -> names.add(user.get("username").asText()));
        secondPage.get("items").forEach(user -> names.add(user.get("username").asText()));
        assertThat(names).isSortedAccordingTo(java.util.Comparator.reverseOrder()).doesNotHaveDuplicates();

        JsonNode managers = read(get(ADMIN, "/api/users?role=MANAGER&size=200"));
        managers.get("items").forEach(user -> assertThat(user.get("role").asText()).isEqualTo("MANAGER"));
        JsonNode search = read(get(ADMIN, "/api/users?q=outsider"));
        assertThat(search.get("items")).extracting(user -> user.get("username").asText()).containsExactly(OUTSIDER);
    }

    @Test
    void managerListsOnlyHisTeamWithTheirPendingWork() {
        submitAssignedTo(TEAM.get(0));

        JsonNode team = read(get(MANAGER, "/api/users?size=200"));

        assertThat(team.get("items")).extracting(user -> user.get("username").asText())
                .contains(TEAM.get(0), TEAM.get(1), SPARE).doesNotContain(OUTSIDER, ADMIN, MANAGER);
        team.get("items").forEach(user -> assertThat(user.get("manager").asText()).isEqualTo(MANAGER));
        JsonNode first = java.util.stream.StreamSupport.stream(team.get("items").spliterator(), false)
                .filter(user -> user.get("username").asText().equals(TEAM.get(0))).findFirst().orElseThrow();
        assertThat(first.get("pendingApplications").asLong()).isPositive();
    }

    @Test
    void badPagingIsNamed() {
        var response = get(ADMIN, "/api/users?sort=password,up&size=1000&page=-1");
        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(read(response).get("errors")).extracting(error -> error.get("field").asText())
                .contains("sort", "size", "page");
    }
}
