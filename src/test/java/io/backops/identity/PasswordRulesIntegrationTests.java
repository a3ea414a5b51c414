package io.backops.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.backops.IntegrationTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A chosen password is refused, with the reason at its field, when a guesser would try it early (a common word, a
 * counting or keyboard run) or when bcrypt cannot hash it whole (over 72 bytes: once a 500).
 */
class PasswordRulesIntegrationTests extends IntegrationTestSupport {


    @Test
    void guessableAndOverlongPasswordsAreRefusedAtTheirField() {
        String name = "tpwrules" + System.nanoTime() % 100000;
        users.create(new NewUser(name, "Rules", name + "@test.local", null, null, Role.REVIEWER, MANAGER, null), PASSWORD,
                false);

        for (String guessable : new String[] {"1234567890a", "Welcome2026x", "qwerty99Kite", "abcdef12Zz",
                "Aé".repeat(25) + "x7"}) {
            var refused = http.withBasicAuth(name, PASSWORD).postForEntity("/api/me/password",
                    Map.of("currentPassword", PASSWORD, "newPassword", guessable), String.class);
            assertThat(refused.getStatusCode().value()).as(guessable).isEqualTo(422);
            assertThat(refused.getBody()).contains("newPassword");
        }

        var accepted = http.withBasicAuth(name, PASSWORD).postForEntity("/api/me/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "Kite-Rain-4821"), String.class);
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(204);
        patch(ADMIN, "/api/users/" + name, Map.of("status", "INACTIVE"));
    }

    @Test
    void thePasswordPageStatesTheRules() {
        String page = page(MANAGER, "/password").getBody();

        assertThat(page).contains("at least 10 characters", "common word", "123456", "qwerty", "at most 72 bytes");
    }
}
