package io.backops.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backops.IntegrationTestSupport;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The privileged-user review: every admin and manager with his last sign-in, second factor and last review; an IT
 * admin records a review (audited); nobody else sees or records it.
 */
class PrivilegedUsersIntegrationTests extends IntegrationTestSupport {

    @Autowired
    private JdbcTemplate jdbc;
    private String created;

    @Test
    void listsAdminsAndManagersWithTheirLastSignInSecondFactorAndReview() {
        String manager = freshManager();
        signIn(manager, PASSWORD);

        JsonNode before = row(manager);
        assertThat(before.get("role").asText()).isEqualTo("MANAGER");
        assertThat(before.get("lastSignIn").asText()).isNotBlank();
        assertThat(before.has("twoFactorEnrolledAt")).isFalse();
        assertThat(before.has("twoFactorRequired")).isTrue();
        assertThat(before.has("lastReviewedAt")).isFalse();
        assertThat(page(ADMIN, "/users/" + manager).getBody()).contains("Last privileged-user review", "never");
        var everyone = read(get(ADMIN, "/api/reports/privileged-users"));
        assertThat(StreamSupport.stream(everyone.spliterator(), false).map(row -> row.get("role").asText()))
                .contains("ADMIN").containsOnly("ADMIN", "MANAGER");
        assertThat(everyone.findValuesAsText("username")).contains(ADMIN, MANAGER).doesNotContain(TEAM.get(0));

        var reviewed = post(ADMIN, "/api/reports/privileged-users/" + manager + "/review", null);

        assertThat(reviewed.getStatusCode().value()).as(reviewed.getBody()).isEqualTo(204);
        JsonNode after = row(manager);
        assertThat(after.get("lastReviewedAt").asText()).isNotBlank();
        assertThat(after.get("lastReviewedBy").asText()).isEqualTo(ADMIN);
        assertThat(page(ADMIN, "/users/" + manager).getBody()).contains("by " + ADMIN).doesNotContain(">never<");
        assertThat(jdbc.queryForList("select actor from security_audit where subject = ? and event = ?", String.class,
                manager, "PRIVILEGED_USER_REVIEWED")).containsExactly(ADMIN);
    }

    @Test
    void onlyAdminsAndManagersAreReviewedAndOnlyByAdmins() {
        assertThat(post(ADMIN, "/api/reports/privileged-users/" + TEAM.get(0) + "/review", null)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(post(MANAGER, "/api/reports/privileged-users/" + OTHER_MANAGER + "/review", null)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(get(MANAGER, "/api/reports/privileged-users").getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void theReviewPageIsLinkedFromTheReports() {
        assertThat(page(ADMIN, "/reports").getBody()).contains("/reports/privileged-users");
        var review = page(ADMIN, "/reports/privileged-users");
        assertThat(review.getStatusCode().value()).isEqualTo(200);
        assertThat(review.getBody()).contains("Privileged users", "privileged-" + MANAGER, "Mark reviewed");
        assertThat(page(MANAGER, "/reports").getBody()).doesNotContain("/reports/privileged-users");
        assertThat(page(MANAGER, "/reports/privileged-users").getStatusCode().value()).isEqualTo(403);
    }

    @AfterEach
    void retire() {
        if (created != null) {
            patch(ADMIN, "/api/users/" + created, Map.of("status", "INACTIVE"));
            created = null;
        }
    }

    private JsonNode row(String username) {
        var answer = get(ADMIN, "/api/reports/privileged-users");
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return StreamSupport.stream(read(answer).spliterator(), false)
                .filter(row -> row.get("username").asText().equals(username))
                .findFirst().orElseThrow();
    }

    private String freshManager() {
        String name = "tpriv" + System.nanoTime() % 100000;
        users.create(new NewUser(name, "Privileged " + name, name + "@test.local", null, null, Role.MANAGER, null,
                null), PASSWORD, false);
        created = name;
        return name;
    }
}
