package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** One-time passwords, the password policy, lock-out and its audit, and what never leaves the server. */
@ExtendWith(OutputCaptureExtension.class)
class SignInSecurityIntegrationTests extends IntegrationTestSupport {

    @Test
    void oneTimePasswordMustBeChangedBeforeAnythingElse(CapturedOutput output) {
        JsonNode created = createManager("tfirst");
        String username = created.at("/user/username").asText();
        String oneTimePassword = created.get("oneTimePassword").asText();

        var blocked = http.withBasicAuth(username, oneTimePassword).getForEntity("/api/users", String.class);
        assertThat(blocked.getStatusCode().value()).isEqualTo(403);
        assertThat(blocked.getBody()).contains("one-time password");
        assertThat(http.withBasicAuth(username, oneTimePassword).getForEntity("/engine-rest/task", String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(http.withBasicAuth(username, oneTimePassword).getForEntity("/api/me", String.class)
                .getStatusCode().value()).isEqualTo(200);

        var weak = changePassword(username, oneTimePassword, "short1");
        assertThat(weak.getStatusCode().value()).isEqualTo(422);
        assertThat(weak.getBody()).contains("\"field\":\"newPassword\"");
        var containsUsername = changePassword(username, oneTimePassword, username + "-2026-x");
        assertThat(containsUsername.getBody()).contains("must not contain the username");
        assertThat(changePassword(username, oneTimePassword, "wrong-current-1", "Fresh-Pass-2026").getBody())
                .contains("\"field\":\"currentPassword\"");

        assertThat(changePassword(username, oneTimePassword, "Fresh-Pass-2026").getStatusCode().value()).isEqualTo(204);

        assertThat(http.withBasicAuth(username, "Fresh-Pass-2026").getForEntity("/api/users", String.class)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(http.withBasicAuth(username, oneTimePassword).getForEntity("/api/me", String.class)
                .getStatusCode().value()).isEqualTo(401);
        assertThat(output.getAll()).doesNotContain(oneTimePassword, "Fresh-Pass-2026", "{bcrypt}");
    }

    @Test
    void repeatedFailuresLockTheAccountUntilAnAdminUnlocksIt() {
        JsonNode created = createManager("tlock");
        String username = created.at("/user/username").asText();
        String password = "Locked-Out-2026";
        changePassword(username, created.get("oneTimePassword").asText(), password);

        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(http.withBasicAuth(username, "wrong-" + attempt).getForEntity("/api/me", String.class)
                    .getStatusCode().value()).isEqualTo(401);
        }
        assertThat(http.withBasicAuth(username, password).getForEntity("/api/me", String.class)
                .getStatusCode().value()).as("right password, locked account").isEqualTo(401);
        assertThat(read(get(ADMIN, "/api/users/" + username)).get("locked").asBoolean()).isTrue();

        JsonNode audit = read(get(ADMIN, "/api/audit?user=" + username));
        assertThat(audit.get("items")).extracting(entry -> entry.get("event").asText())
                .contains("SIGN_IN_FAILED", "ACCOUNT_LOCKED", "USER_CREATED", "PASSWORD_CHANGED");

        assertThat(post(ADMIN, "/api/users/" + username + "/unlock", null).getStatusCode().value()).isEqualTo(204);
        assertThat(http.withBasicAuth(username, password).getForEntity("/api/me", String.class)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(read(get(ADMIN, "/api/audit?user=" + username)).get("items"))
                .extracting(entry -> entry.get("event").asText()).contains("ACCOUNT_UNLOCKED");
    }

    @Test
    void auditIsFilteredByUserAndPeriodAndNewestFirst() {
        http.withBasicAuth(OUTSIDER, "definitely-wrong").getForEntity("/api/me", String.class);

        JsonNode recent = read(get(ADMIN, "/api/audit?user=" + OUTSIDER + "&from="
                + java.time.OffsetDateTime.now().minusMinutes(5).toString().replace("+", "%2B")));
        assertThat(recent.get("items")).isNotEmpty();
        assertThat(recent.get("items").get(0).get("event").asText()).isEqualTo("SIGN_IN_FAILED");
        assertThat(recent.get("items").get(0).get("detail").asText()).doesNotContain("definitely-wrong");
        recent.get("items").forEach(entry -> assertThat(
                entry.get("subject").asText().equals(OUTSIDER) || entry.get("actor").asText().equals(OUTSIDER)).isTrue());

        JsonNode future = read(get(ADMIN, "/api/audit?from=2999-01-01T00:00:00Z"));
        assertThat(future.get("items")).isEmpty();
        assertThat(get(ADMIN, "/api/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z").getStatusCode().value())
                .isEqualTo(422);
    }

    @Test
    void noResponseCarriesAPasswordOrItsHash() {
        String users = get(ADMIN, "/api/users?size=200").getBody();
        String me = get(ADMIN, "/api/me").getBody();
        assertThat(users + me).doesNotContainIgnoringCase("password").doesNotContain("{bcrypt}", "$2a$");
    }

    @Test
    void securityHeadersAreSent() {
        var response = get(ADMIN, "/api/me");
        assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(response.getHeaders().getCacheControl()).contains("no-store");
    }

    private JsonNode createManager(String prefix) {
        var response = post(ADMIN, "/api/users", Map.of("username", prefix + System.nanoTime() % 100_000_000,
                "name", "Signing In", "email", "s@test.local", "role", "MANAGER"));
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        return read(response);
    }

    private org.springframework.http.ResponseEntity<String> changePassword(String user, String current, String next) {
        return changePassword(user, current, current, next);
    }

    /** Signed in with {@code signedInWith}, claiming {@code current} as the current password. */
    private org.springframework.http.ResponseEntity<String> changePassword(String user, String signedInWith,
                                                                           String current, String next) {
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, signedInWith).exchange("/api/me/password", org.springframework.http.HttpMethod.POST,
                new org.springframework.http.HttpEntity<>(Map.of("currentPassword", current, "newPassword", next), headers),
                String.class);
    }
}
