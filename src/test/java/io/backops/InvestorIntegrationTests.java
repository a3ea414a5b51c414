package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Investor logins: made by a manager with a password shown once and four login links; the investor submits and
 * resubmits his own drafts and does nothing else; the web auto-login link works once.
 */
class InvestorIntegrationTests extends IntegrationTestSupport {

    @Test
    void aManagerMakesAnInvestorWhoSubmitsAndResubmitsHisOwnAndNothingElse() {
        String username = "asha" + System.nanoTime() % 1_000_000_000L;
        var created = post(MANAGER, "/api/investors", Map.of("name", "Asha Rao", "username", username,
                "email", "asha@example.in", "mobile", "9876543210", "distributor", DISTRIBUTOR_ARN,
                "applicationType", "NEW"));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        assertThat(created.getHeaders().getCacheControl()).contains("no-store");
        JsonNode credentials = read(created);
        String password = credentials.get("password").asText();
        assertThat(credentials.at("/loginUrls/web").asText()).endsWith("/login");
        assertThat(credentials.at("/loginUrls/webAuto").asText()).contains("/login/token?t=");
        assertThat(credentials.at("/loginUrls/mobile").asText()).isEqualTo("backops://login?username=" + username);
        assertThat(credentials.at("/loginUrls/mobileAuto").asText()).startsWith("backops://login?token=");

        String ownPassword = ownPasswordInsteadOf(username, password);
        var investor = http.withBasicAuth(username, ownPassword);
        var submission = Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'));
        submission.remove("distributor");
        var submitted = investor.postForEntity("/api/applications", submission, String.class);
        assertThat(submitted.getStatusCode().value()).as(submitted.getBody()).isEqualTo(201);
        String mine = read(submitted).get("id").asText();
        String someoneElses = submitAssignedTo(TEAM.get(0)).get("id").asText();

        assertThat(investor.getForEntity("/api/applications/" + mine, String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(investor.getForEntity("/api/applications/" + someoneElses, String.class).getStatusCode().value())
                .isEqualTo(404);
        assertThat(read(investor.getForEntity("/api/applications?status=ALL", String.class)).get("items"))
                .extracting(item -> item.get("id").asText()).containsExactly(mine);
        for (String path : List.of("/api/applications/" + mine + "/notes", "/api/applications/" + mine + "/history",
                "/api/users", "/api/integrations", "/api/reports/summary", "/api/settings", "/api/audit")) {
            assertThat(investor.getForEntity(path, String.class).getStatusCode().value()).as(path).isEqualTo(403);
        }
        assertThat(investor.getForEntity("/engine-rest/task", String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(investor.postForEntity("/api/applications/" + mine + "/decision", Map.of("decision", "ACCEPT"),
                String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(investor.postForEntity("/api/investors", Map.of("username", "x" + username), String.class)
                .getStatusCode().value()).isEqualTo(403);

        String assignee = application(mine).get("assignee").asText();
        assertThat(post(assignee, "/api/applications/" + mine + "/decision",
                Map.of("decision", "DRAFT", "reason", "Signature is missing")).getStatusCode().value()).isEqualTo(200);
        var resubmitted = investor.postForEntity("/api/applications/" + mine + "/resubmit", submission, String.class);
        assertThat(resubmitted.getStatusCode().value()).as(resubmitted.getBody()).isEqualTo(200);
        assertThat(investor.postForEntity("/api/applications/" + someoneElses + "/resubmit", submission, String.class)
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theGeneratedPasswordIsOneTimeLikeTheBackOfficesAndTheLinkSignsInWithoutIt() {
        String username = "kiran" + System.nanoTime() % 1_000_000_000L;
        JsonNode credentials = read(post(MANAGER, "/api/investors", Map.of("name", "Kiran Rao", "username", username,
                "email", "kiran@example.in", "distributor", DISTRIBUTOR_ARN)));
        String generated = credentials.get("password").asText();

        var blocked = http.withBasicAuth(username, generated).postForEntity("/api/applications",
                Submissions.valid(null, freshPan('1')), String.class);
        assertThat(blocked.getStatusCode().value()).isEqualTo(403);
        assertThat(blocked.getBody()).contains("Change your one-time password first");

        String link = credentials.at("/loginUrls/webAuto").asText();
        var linked = noRedirects().getForEntity(URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery(),
                String.class);
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, linked.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0]);
        assertThat(noRedirects().exchange("/", HttpMethod.GET, new HttpEntity<>(headers), String.class)
                .getStatusCode().value()).isEqualTo(200);

        String own = ownPasswordInsteadOf(username, generated);
        assertThat(http.withBasicAuth(username, generated).getForEntity("/api/me", String.class).getStatusCode().value())
                .isEqualTo(401);
        assertThat(http.withBasicAuth(username, own).getForEntity("/api/applications", String.class)
                .getStatusCode().value()).isEqualTo(200);
    }

    private String ownPasswordInsteadOf(String username, String generated) {
        String own = "Investor-Own-" + (System.nanoTime() % 100_000);
        var changed = http.withBasicAuth(username, generated).postForEntity("/api/me/password",
                Map.of("currentPassword", generated, "newPassword", own), String.class);
        assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(204);
        return own;
    }

    @Test
    void theWebAutoLoginLinkSignsInOnceWithAFreshSession() {
        String username = "ravi" + System.nanoTime() % 1_000_000_000L;
        JsonNode credentials = read(post(ADMIN, "/api/investors", Map.of("name", "Ravi Rao", "username", username,
                "email", "ravi@example.in", "distributor", DISTRIBUTOR_ARN)));
        String link = credentials.at("/loginUrls/webAuto").asText();
        String path = URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery();

        var first = noRedirects().getForEntity(path, String.class);
        assertThat(first.getStatusCode().value()).isEqualTo(302);
        assertThat(first.getHeaders().getLocation().getPath()).isEqualTo("/");
        String session = first.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, session);
        var home = noRedirects().exchange("/", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(home.getStatusCode().value()).isEqualTo(200);
        assertThat(home.getBody()).contains("Ravi Rao").doesNotContain(">Users<", ">Tasklist<");

        var again = noRedirects().getForEntity(path, String.class);
        assertThat(again.getHeaders().getLocation().toString()).contains("/login?linkSpent");
        assertThat(noRedirects().getForEntity("/login/token?t=forged", String.class).getHeaders().getLocation()
                .toString()).contains("linkSpent");
        assertThat(read(get(ADMIN, "/api/audit?user=" + username)).toString()).contains("SIGN_IN_SUCCEEDED");
    }

    @Test
    void badRequestsAreNamedAndADisabledInvestorCannotSignIn() {
        var bad = post(MANAGER, "/api/investors", Map.of("name", "", "username", "Asha.Rao", "email", "nope",
                "mobile", "12345", "distributor", "ARN-00000", "applicationType", "CLOSE"));
        assertThat(bad.getStatusCode().value()).isEqualTo(422);
        assertThat(read(bad).get("errors").toString())
                .contains("name", "username", "email", "mobile", "distributor", "applicationType");

        String username = "meena" + System.nanoTime() % 1_000_000_000L;
        String password = read(post(ADMIN, "/api/investors", Map.of("name", "Meena", "username", username,
                "email", "meena@example.in", "distributor", DISTRIBUTOR_ARN))).get("password").asText();
        assertThat(post(ADMIN, "/api/investors", Map.of("name", "Meena", "username", username,
                "email", "meena@example.in", "distributor", DISTRIBUTOR_ARN)).getStatusCode().value()).isEqualTo(409);
        assertThat(http.withBasicAuth(username, password).getForEntity("/api/me", String.class).getStatusCode().value())
                .isEqualTo(200);

        String session = signIn(MANAGER, PASSWORD);
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, session);
        String page = noRedirects().exchange("/investors", HttpMethod.GET, new HttpEntity<>(headers), String.class).getBody();
        assertThat(page).contains(username);
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        form.add("status", "INACTIVE");
        form.add("_csrf", csrfToken(page));
        assertThat(noRedirects().exchange("/investors/" + username + "/status", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class).getStatusCode().value()).isEqualTo(302);

        assertThat(http.withBasicAuth(username, password).getForEntity("/api/me", String.class).getStatusCode().value())
                .isEqualTo(401);
    }
}
