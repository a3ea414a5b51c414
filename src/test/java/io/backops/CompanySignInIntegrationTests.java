package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backops.identity.CorporateSignIn;
import io.backops.identity.NewUser;
import io.backops.identity.Role;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Company sign-in over real HTTP, the whole redirect dance included: Backops sends the person to the OpenID provider
 * ({@link TestIdentityProvider}, a real Spring Authorization Server), the person signs in at its form, the provider
 * sends him back with a code, and Backops exchanges it, matches the account to a Backops user and lands him, or
 * refuses him with a page that says why, creating nobody.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class CompanySignInIntegrationTests extends IntegrationTestSupport {

    private static final String COMPANY_PASSWORD = "Company-Pass-1";
    private final String run = String.valueOf(System.nanoTime() % 100_000_000);
    /** A new manager with a one-time password still to change, matched by his email address. */
    private final String newcomer = "tcorpnew" + run;
    private final String newcomerEmail = "newcomer." + run + "@corp.example";
    /** A manager with an authenticator app, matched by username. */
    private final String enrolled = "tcorp2fa" + run;
    private final String former = "tcorpgone" + run;
    private final String locked = "tcorplock" + run;
    private final String stranger = "stranger" + run;

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    private TestIdentityProvider provider;

    @BeforeAll
    void startTheProvider() {
        ensurePeopleOnce();
        var created = post(ADMIN, "/api/users", Map.of("username", newcomer, "name", "New Comer",
                "email", newcomerEmail, "role", "MANAGER"));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        user(new NewUser(enrolled, "Enrolled Manager", enrolled + "@corp.example", null, null, Role.MANAGER, null,
                null));
        TwoFactorEnrolment.enrol(port, enrolled, PASSWORD);
        user(new NewUser(former, "Former Reviewer", former + "@corp.example", null, null, Role.REVIEWER, MANAGER,
                null));
        patch(ADMIN, "/api/users/" + former, Map.of("status", "INACTIVE"));
        user(new NewUser(locked, "Locked Reviewer", locked + "@corp.example", null, null, Role.REVIEWER, MANAGER,
                null));
        for (int attempt = 0; attempt < 5; attempt++) {
            http.withBasicAuth(locked, "wrong-" + attempt).getForEntity("/api/me", String.class);
        }
        assertThat(read(get(ADMIN, "/api/users/" + locked)).get("locked").asBoolean()).isTrue();

        provider = TestIdentityProvider.start(port, List.of(
                // The company knows him by another name: the email address matches.
                new TestIdentityProvider.Account("newcomer", COMPANY_PASSWORD, "n.comer", newcomerEmail),
                new TestIdentityProvider.Account("enrolled", COMPANY_PASSWORD, enrolled, null),
                new TestIdentityProvider.Account("stranger", COMPANY_PASSWORD, stranger, stranger + "@corp.example"),
                new TestIdentityProvider.Account("former", COMPANY_PASSWORD, former, null),
                new TestIdentityProvider.Account("locked", COMPANY_PASSWORD, locked, null),
                new TestIdentityProvider.Account("partner", COMPANY_PASSWORD, DISTRIBUTOR_LOGIN, null)));
    }

    @AfterAll
    void stopTheProvider() {
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void theSignInPageOffersTheCompanyAccount() {
        var page = new SessionClient(port).get("/login");
        assertThat(page.body()).contains("Sign in with your company account")
                .contains("href=\"" + CorporateSignIn.START_PATH + "\"");
    }

    @Test
    void anAccountMatchedByEmailLandsAsTheBackopsUserWithHisRoleAndSession(CapturedOutput output) throws Exception {
        var backops = companySignIn("newcomer", "/");

        var dashboard = backops.get("/");
        assertThat(dashboard.statusCode()).as("no one-time password to change: none was used").isEqualTo(200);
        assertThat(dashboard.body()).contains("Signed in as", newcomer);
        JsonNode me = json.readTree(backops.getJson("/api/me").body());
        assertThat(me.get("username").asText()).isEqualTo(newcomer);
        assertThat(me.get("role").asText()).isEqualTo("MANAGER");
        assertThat(backops.get("/users").statusCode()).as("a manager's page").isEqualTo(200);
        assertThat(backops.get("/settings").statusCode()).as("an admin's page").isEqualTo(403);
        var camunda = backops.getJson("/camunda/api/engine/engine/default/task/count");
        assertThat(camunda.statusCode()).as("Camunda's single sign-on: " + camunda.body()).isEqualTo(200);

        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
                newcomer)).as("the session is his, in the session list").isEqualTo(1);
        assertThat(read(get(ADMIN, "/api/audit?user=" + newcomer)).get("items"))
                .anySatisfy(entry -> {
                    assertThat(entry.get("event").asText()).isEqualTo("SIGN_IN_SUCCEEDED");
                    assertThat(entry.get("detail").asText()).isEqualTo("company sign-in (OIDC)");
                });
        assertThat(jdbc.queryForObject("select count(*) from backoffice_user where email = ?", Long.class,
                newcomerEmail)).isEqualTo(1);

        // The provider's client secret went to the provider only: not into the log, nor into the stored session.
        assertThat(output.getAll()).doesNotContain(TestIdentityProvider.CLIENT_SECRET);
        assertThat(jdbc.queryForList("select attribute_bytes from spring_session_attributes", byte[].class))
                .noneMatch(bytes -> new String(bytes, StandardCharsets.ISO_8859_1)
                        .contains(TestIdentityProvider.CLIENT_SECRET));
    }

    @Test
    void theProviderDidTheMultiFactorSoBackopsAsksNoCodeAgain() {
        var backops = companySignIn("enrolled", "/");

        var dashboard = backops.get("/");
        assertThat(dashboard.statusCode()).as(SessionClient.location(dashboard)).isEqualTo(200);
        assertThat(dashboard.body()).contains("Signed in as", enrolled);

        // The same person with his Backops password is asked for the code, as before.
        var withPassword = new SessionClient(port);
        withPassword.signIn(enrolled, PASSWORD);
        assertThat(SessionClient.location(withPassword.get("/"))).isEqualTo("/login/code");
    }

    @Test
    void anAccountThatIsNoBackopsUserIsRefusedAndNobodyIsCreated() {
        var backops = companySignIn("stranger", "/login/refused");

        var refused = backops.get("/login/refused");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Your company account " + stranger + " is not a Backops user");
        assertThat(backops.getJson("/api/me").statusCode()).isEqualTo(401);
        assertThat(backops.get("/login/refused").body()).as("said once").doesNotContain(stranger);
        assertThat(jdbc.queryForObject("select count(*) from backoffice_user where username = ? or email = ?",
                Long.class, stranger, stranger + "@corp.example")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from security_audit where event = 'SIGN_IN_FAILED' "
                + "and detail = ?", Long.class, "company sign-in (OIDC) refused: " + stranger + " is not a Backops user"))
                .isEqualTo(1);
    }

    @Test
    void anInactiveOrLockedUserOrADistributorIsRefusedAndAudited() {
        assertRefused("former", former, "which is inactive", "account inactive");
        assertRefused("locked", locked, "which is locked", "account locked");
        assertRefused("partner", DISTRIBUTOR_LOGIN, "The company sign-in is for back-office staff",
                "a distributor login");
    }

    private void assertRefused(String login, String username, String says, String audited) {
        var backops = companySignIn(login, "/login/refused");
        assertThat(backops.get("/login/refused").body()).contains("matches the Backops user " + username, says);
        assertThat(backops.getJson("/api/me").statusCode()).isEqualTo(401);
        assertThat(read(get(ADMIN, "/api/audit?user=" + username)).get("items"))
                .anySatisfy(entry -> {
                    assertThat(entry.get("event").asText()).isEqualTo("SIGN_IN_FAILED");
                    assertThat(entry.get("detail").asText()).isEqualTo("company sign-in (OIDC) refused: " + audited);
                });
    }

    /** The whole dance, as a browser would do it; answers Backops' session and checks where Backops sent it. */
    private SessionClient companySignIn(String login, String landsOn) {
        var backops = new SessionClient(port);
        var start = backops.get(CorporateSignIn.START_PATH);
        assertThat(start.statusCode()).as(start.body()).isEqualTo(302);
        String authorizationRequest = start.headers().firstValue("Location").orElseThrow();
        assertThat(authorizationRequest).startsWith(TestIdentityProvider.issuer() + "/oauth2/authorize?");

        URI back = URI.create(TestIdentityProvider.signIn(authorizationRequest, login, COMPANY_PASSWORD));
        assertThat(back.getPath()).isEqualTo("/login/oauth2/code/corporate");
        var landed = backops.get(back.getRawPath() + "?" + back.getRawQuery());
        assertThat(landed.statusCode()).as(landed.body()).isEqualTo(302);
        assertThat(SessionClient.location(landed)).isEqualTo(landsOn);
        return backops;
    }
}
