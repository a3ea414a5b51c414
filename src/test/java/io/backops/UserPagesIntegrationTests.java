package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The Users pages over plain HTTP with a browser's session: scope, roles, CSRF and how a bad form comes back. */
@ExtendWith(OutputCaptureExtension.class)
class UserPagesIntegrationTests extends IntegrationTestSupport {

    @Test
    void reviewerIsNotAllowedOnTheUserPages() {
        String session = signIn(TEAM.get(0), PASSWORD);

        var list = pageInSession(session, "/users");
        var form = pageInSession(session, "/users/new");

        assertThat(list.getStatusCode().value()).isEqualTo(403);
        assertThat(list.getBody()).contains("Not allowed");
        assertThat(form.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void managerFindsHisTeamButNotAnotherTeamsUser() {
        String session = signIn(MANAGER, PASSWORD);

        var member = pageInSession(session, "/users/" + TEAM.get(0));
        var outsider = pageInSession(session, "/users/" + OUTSIDER);

        assertThat(member.getStatusCode().value()).isEqualTo(200);
        assertThat(member.getBody()).contains("Reassign pending work").doesNotContain("id=\"edit\"");
        assertThat(outsider.getStatusCode().value()).isEqualTo(404);
        assertThat(outsider.getBody()).contains("Not found").doesNotContain("Outsider");
        assertThat(pageInSession(session, "/users/new").getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void postingAFormWithoutTheCsrfTokenIsRefused() {
        String session = signIn(ADMIN, ADMIN_PASSWORD);
        String username = "tcsrf" + System.nanoTime() % 100_000_000;

        var forged = postForm(session, "/users", newUser(username, "forged@test.local"));

        assertThat(forged.getStatusCode().value()).isEqualTo(403);
        assertThat(get(ADMIN, "/api/users/" + username).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void badFieldsComeBackMarkedWith422AndTheInputKept() {
        String session = signIn(ADMIN, ADMIN_PASSWORD);
        String username = "tbad" + System.nanoTime() % 100_000_000;
        var form = newUser(username, "not-an-email");
        form.add("mobile", "123");
        form.add("_csrf", csrfToken(pageInSession(session, "/users/new").getBody()));

        var response = postForm(session, "/users", form);

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody())
                .containsPattern("id=\"email\"[^>]*aria-invalid=\"true\"")
                .contains("id=\"email-error\"", "id=\"mobile-error\"", "Mobile must be 10 digits")
                .contains("value=\"" + username + "\"", "value=\"not-an-email\"")
                .doesNotContain("id=\"name-error\"");
        assertThat(get(ADMIN, "/api/users/" + username).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void oneTimePasswordIsShownOnTheAnswerOnlyNeverCachedNorLogged(CapturedOutput output) {
        String session = signIn(ADMIN, ADMIN_PASSWORD);
        String username = "tpage" + System.nanoTime() % 100_000_000;
        var form = newUser(username, username + "@test.local");
        form.add("_csrf", csrfToken(pageInSession(session, "/users/new").getBody()));

        var created = postForm(session, "/users", form);

        assertThat(created.getStatusCode().value()).isEqualTo(200);
        String oneTimePassword = between(created.getBody(), "id=\"one-time-password\" class=\"secret\">", "<");
        assertThat(oneTimePassword).hasSizeGreaterThanOrEqualTo(12);
        assertThat(created.getHeaders().getCacheControl()).contains("no-store");
        assertThat(pageInSession(session, "/users/" + username).getBody()).contains(username).doesNotContain(oneTimePassword);
        assertThat(output.getAll()).doesNotContain(oneTimePassword);
        assertThat(http.withBasicAuth(username, oneTimePassword).getForEntity("/api/me", String.class)
                .getStatusCode().value()).as("the password shown is the one that works").isEqualTo(200);
    }

    @Test
    void adminUnlocksALockedAccountAndIsToldSo() {
        String username = "tunlock" + System.nanoTime() % 100_000_000;
        JsonNode created = read(post(ADMIN, "/api/users", Map.of("username", username, "name", "Locked Out",
                "email", "lo@test.local", "role", "MANAGER")));
        for (int attempt = 0; attempt < 5; attempt++) {
            http.withBasicAuth(username, "wrong-" + attempt).getForEntity("/api/me", String.class);
        }
        assertThat(read(get(ADMIN, "/api/users/" + username)).get("locked").asBoolean()).isTrue();
        String session = signIn(ADMIN, ADMIN_PASSWORD);
        var userPage = pageInSession(session, "/users/" + username);
        assertThat(userPage.getBody()).contains("id=\"unlock\"");

        var form = new LinkedMultiValueMap<String, String>();
        form.add("_csrf", csrfToken(userPage.getBody()));
        var unlocked = postForm(session, "/users/" + username + "/unlock", form);

        assertThat(unlocked.getStatusCode().value()).isEqualTo(302);
        assertThat(unlocked.getHeaders().getLocation()).hasPath("/users/" + username);
        assertThat(pageInSession(session, "/users/" + username).getBody()).contains("Unlocked the account of " + username)
                .doesNotContain("id=\"unlock\"");
        assertThat(http.withBasicAuth(username, created.get("oneTimePassword").asText())
                .getForEntity("/api/me", String.class).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void adminEditsDetailsAndAManagerMayChangeOnlyTheStatus() {
        String username = "tedit" + System.nanoTime() % 100_000_000;
        post(ADMIN, "/api/users", Map.of("username", username, "name", "Before Edit", "email", "be@test.local",
                "role", "REVIEWER", "manager", MANAGER, "employeeCode", "E1"));
        patch(ADMIN, "/api/users/" + username, Map.of("status", "INACTIVE"));
        String admin = signIn(ADMIN, ADMIN_PASSWORD);
        String csrf = csrfToken(pageInSession(admin, "/users/" + username).getBody());

        var bad = postForm(admin, "/users/" + username, edit(csrf, "After Edit", "123"));
        var good = postForm(admin, "/users/" + username, edit(csrf, "After Edit", "9800012345"));

        assertThat(bad.getStatusCode().value()).isEqualTo(422);
        assertThat(bad.getBody()).contains("Mobile must be 10 digits", "value=\"After Edit\"");
        assertThat(good.getStatusCode().value()).isEqualTo(302);
        assertThat(pageInSession(admin, "/users/" + username).getBody()).contains("Saved the details of After Edit");
        JsonNode after = read(get(ADMIN, "/api/users/" + username));
        assertThat(after.get("mobile").asText()).isEqualTo("9800012345");
        assertThat(after.get("employeeCode").asText()).as("empty field keeps its value").isEqualTo("E1");

        String manager = signIn(MANAGER, PASSWORD);
        String managerCsrf = csrfToken(pageInSession(manager, "/users/" + username).getBody());
        assertThat(postForm(manager, "/users/" + username, edit(managerCsrf, "Renamed", null))
                .getStatusCode().value()).isEqualTo(403);
        var onLeave = new LinkedMultiValueMap<String, String>();
        onLeave.add("_csrf", managerCsrf);
        onLeave.add("status", "ON_LEAVE");
        assertThat(postForm(manager, "/users/" + username, onLeave).getStatusCode().value()).isEqualTo(302);
        assertThat(read(get(ADMIN, "/api/users/" + username)).get("status").asText()).isEqualTo("ON_LEAVE");
    }

    private static MultiValueMap<String, String> edit(String csrf, String name, String mobile) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("_csrf", csrf);
        form.add("name", name);
        form.add("employeeCode", "");
        if (mobile != null) {
            form.add("mobile", mobile);
        }
        return form;
    }

    private static String between(String text, String before, String after) {
        int start = text.indexOf(before) + before.length();
        return text.substring(start, text.indexOf(after, start));
    }

    private static MultiValueMap<String, String> newUser(String username, String email) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", username);
        form.add("name", "Form User");
        form.add("email", email);
        form.add("role", "MANAGER");
        return form;
    }

    private ResponseEntity<String> pageInSession(String session, String path) {
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, session);
        headers.add(HttpHeaders.ACCEPT, "text/html");
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private ResponseEntity<String> postForm(String session, String path, MultiValueMap<String, String> form) {
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, session);
        return noRedirects().exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }
}
