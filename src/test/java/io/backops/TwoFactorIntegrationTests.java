package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import io.backops.identity.NewUser;
import io.backops.identity.Role;
import io.backops.identity.internal.TwoFactorRule;
import io.backops.identity.internal.TwoFactorRules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two-factor sign-in over real HTTP with real sessions: enrolment, the code step after the password, replayed and
 * wrong codes, recovery codes, HTTP Basic refused, the lock-out, an admin's reset and the rule of who must use it.
 */
class TwoFactorIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    private int port;
    @Autowired
    private TwoFactorRules rules;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void enrolledManagerNeedsTheCodeAfterThePasswordAndEachCodeCountsOnce() {
        String manager = newUser(Role.MANAGER);
        var enrolled = enrol(manager);
        var app = enrolled.app();

        var browser = new SessionClient(port);
        assertThat(SessionClient.location(browser.signIn(manager, PASSWORD))).isEqualTo("/");
        var home = browser.get("/applications");
        assertThat(SessionClient.location(home)).as("the password alone opens nothing").isEqualTo("/login/code");
        assertThat(browser.getJson("/api/applications").statusCode()).isEqualTo(403);
        assertThat(SessionClient.location(browser.get("/camunda/app/tasklist/"))).isEqualTo("/login/code");

        browser.get("/login/code");
        var signedIn = browser.post("/login/code", Map.of("code", app.nextCode()));
        assertThat(SessionClient.location(signedIn)).as("back to the page first asked for")
                .isEqualTo("/camunda/app/tasklist/");
        assertThat(browser.get("/applications").statusCode()).isEqualTo(200);

        var again = new SessionClient(port);
        again.signIn(manager, PASSWORD);
        again.get("/login/code");
        var replayed = again.post("/login/code", Map.of("code", app.lastCode()));
        assertThat(replayed.statusCode()).as("a code is accepted once").isEqualTo(422);
        assertThat(replayed.body()).contains("is not right, or was used already");
        assertThat(SessionClient.location(again.get("/applications"))).isEqualTo("/login/code");

        String recovery = enrolled.recoveryCodes().get(0);
        assertThat(SessionClient.location(again.post("/login/code", Map.of("code", recovery.toUpperCase()))))
                .isEqualTo("/applications");
        assertThat(again.get("/applications").statusCode()).isEqualTo(200);
        var third = new SessionClient(port);
        third.signIn(manager, PASSWORD);
        third.get("/login/code");
        assertThat(third.post("/login/code", Map.of("code", recovery)).statusCode())
                .as("a recovery code works once").isEqualTo(422);

        assertThat(auditEvents(manager)).contains("TWO_FACTOR_ENROLLED", "RECOVERY_CODE_USED");
        assertThat(read(get(ADMIN, "/api/audit?user=" + manager)).toString())
                .contains("second factor: authenticator code", "second factor: recovery code", "9 recovery codes left");
    }

    @Test
    void httpBasicIsRefusedForAPersonWithASecondFactor() {
        String manager = newUser(Role.MANAGER);
        enrol(manager);

        var api = http.withBasicAuth(manager, PASSWORD).getForEntity("/api/me", String.class);
        assertThat(api.getStatusCode().value()).isEqualTo(403);
        assertThat(api.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(api.getBody()).contains("HTTP Basic cannot carry a second factor");
        assertThat(http.withBasicAuth(manager, PASSWORD).getForEntity("/engine-rest/task", String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(http.withBasicAuth(manager, "wrong-Password-1").getForEntity("/api/me", String.class)
                .getStatusCode().value()).as("a wrong password is still a 401").isEqualTo(401);
    }

    @Test
    void wrongCodesLockTheAccountEvenWhenThePasswordIsEnteredAgainBetween() {
        String manager = newUser(Role.MANAGER);
        enrol(manager);

        var first = new SessionClient(port);
        first.signIn(manager, PASSWORD);
        first.get("/login/code");
        for (int i = 0; i < 3; i++) {
            assertThat(first.post("/login/code", Map.of("code", "000000")).statusCode()).isEqualTo(422);
        }
        var second = new SessionClient(port);
        assertThat(SessionClient.location(second.signIn(manager, PASSWORD))).isEqualTo("/");
        second.get("/login/code");
        assertThat(second.post("/login/code", Map.of("code", "111111")).statusCode()).isEqualTo(422);
        var fifth = second.post("/login/code", Map.of("code", "222222"));

        assertThat(SessionClient.location(fifth)).isEqualTo("/login?locked");
        assertThat(SessionClient.location(second.get("/applications"))).as("the half-done session ended")
                .isEqualTo("/login");
        assertThat(SessionClient.location(new SessionClient(port).signIn(manager, PASSWORD)))
                .as("locked: the right password no longer signs in").startsWith("/login?error");
        assertThat(auditEvents(manager)).contains("ACCOUNT_LOCKED");
    }

    @Test
    void anAdminResetsASecondFactorAndItIsAudited() {
        String manager = newUser(Role.MANAGER);
        enrol(manager);

        assertThat(http.withBasicAuth(TEAM.get(0), PASSWORD).exchange("/api/users/" + manager + "/two-factor",
                org.springframework.http.HttpMethod.DELETE, null, String.class).getStatusCode().value()).isEqualTo(403);
        var reset = http.withBasicAuth(ADMIN, ADMIN_PASSWORD).exchange("/api/users/" + manager + "/two-factor",
                org.springframework.http.HttpMethod.DELETE, null, String.class);
        assertThat(reset.getStatusCode().value()).isEqualTo(204);

        assertThat(auditEvents(manager)).contains("TWO_FACTOR_RESET");
        assertThat(read(get(manager, "/api/me/two-factor")).get("enrolled").asBoolean()).isFalse();
        var browser = new SessionClient(port);
        browser.signIn(manager, PASSWORD);
        assertThat(browser.get("/applications").statusCode()).as("no code asked any more").isEqualTo(200);
    }

    @Test
    void theRuleSendsManagersToEnrolmentAfterThePasswordAndLeavesReviewersAlone() {
        String manager = newUser(Role.MANAGER);
        String reviewer = newUser(Role.REVIEWER);
        var changed = put(ADMIN, "/api/settings/two-factor", Map.of("requiredFor", "ADMINS_AND_MANAGERS"));
        try {
            assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(200);
            var browser = new SessionClient(port);
            browser.signIn(manager, PASSWORD);
            assertThat(SessionClient.location(browser.get("/applications"))).isEqualTo("/two-factor");
            assertThat(browser.getJson("/api/applications").statusCode()).isEqualTo(403);
            assertThat(http.withBasicAuth(manager, PASSWORD).getForEntity("/api/applications", String.class)
                    .getStatusCode().value()).isEqualTo(403);

            browser.get("/two-factor");
            var app = Authenticator.fromPage(browser.post("/two-factor/enrolment", Map.of()).body());
            var done = browser.post("/two-factor/enrolment/confirm", Map.of("code", app.currentCode()));
            assertThat(done.body()).contains("They are shown only now");
            assertThat(browser.get("/applications").statusCode()).as("set up: the sign-in is complete").isEqualTo(200);

            var reviewerSession = new SessionClient(port);
            reviewerSession.signIn(reviewer, PASSWORD);
            assertThat(reviewerSession.get("/applications").statusCode()).isEqualTo(200);
            assertThat(get(reviewer, "/api/me").getStatusCode().value()).isEqualTo(200);
            assertThat(jdbc.queryForObject("select count(*) from security_audit where event = 'SETTINGS_CHANGED' "
                    + "and detail like 'two-factor required for:%ADMINS_AND_MANAGERS'", Long.class)).isPositive();
        } finally {
            rules.change(ADMIN, TwoFactorRule.NOBODY);
        }
    }

    @Test
    void aWrongCodeAtEnrolmentNamesTheFieldAndShowsTheSameSecretAgain() {
        String manager = newUser(Role.MANAGER);
        var browser = new SessionClient(port);
        browser.signIn(manager, PASSWORD);
        browser.get("/two-factor");
        var app = Authenticator.fromPage(browser.post("/two-factor/enrolment", Map.of()).body());

        var wrong = browser.post("/two-factor/enrolment/confirm", Map.of("code", "12345x"));

        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("The code is not the code your app shows now");
        assertThat(Authenticator.fromPage(wrong.body()).secret()).isEqualTo(app.secret());
        assertThat(read(get(manager, "/api/me/two-factor")).get("enrolled").asBoolean()).isFalse();
    }

    @Test
    void theRuleRefusesAnUnknownValueNamingTheField() {
        var absent = put(ADMIN, "/api/settings/two-factor", Map.of());
        assertThat(absent.getStatusCode().value()).isEqualTo(422);
        assertThat(absent.getBody()).contains("requiredFor");
        var unknown = put(ADMIN, "/api/settings/two-factor", Map.of("requiredFor", "SOME"));
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(unknown.getBody()).contains("requiredFor");
        assertThat(read(get(ADMIN, "/api/settings/two-factor")).get("requiredFor").asText()).isEqualTo("NOBODY");
    }

    private TwoFactorEnrolment.Enrolled enrol(String username) {
        return TwoFactorEnrolment.enrol(port, username, PASSWORD);
    }

    private String newUser(Role role) {
        String username = "t2fa" + System.nanoTime() % 1_000_000_000L;
        users.create(new NewUser(username, "Two Factor " + role, username + "@test.local", null, null, role,
                role == Role.REVIEWER ? MANAGER : null, null), PASSWORD, false);
        return username;
    }

    private List<String> auditEvents(String username) {
        return jdbc.queryForList("select event from security_audit where subject = ?", String.class, username);
    }
}
