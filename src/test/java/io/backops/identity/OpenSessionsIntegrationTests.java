package io.backops.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.backops.IntegrationTestSupport;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A browser session speaks for its account only while the account stays as it was at sign-in: an admin's change of
 * status, role or team, a lock-out, or a password changed in another session ends it on its very next request, for
 * the portal, the API and the Camunda webapps alike.
 */
class OpenSessionsIntegrationTests extends IntegrationTestSupport {

    private static final AtomicInteger NAMES = new AtomicInteger();

    private String created;

    static Iterable<Map<String, Object>> accountChanges() {
        return java.util.List.of(
                Map.of("status", "INACTIVE"),
                Map.of("status", "ON_LEAVE"),
                Map.of("role", "MANAGER"),
                Map.of("manager", OTHER_MANAGER));
    }

    @ParameterizedTest
    @MethodSource("accountChanges")
    void anAdminsChangeToTheAccountEndsItsOpenSession(Map<String, Object> change) {
        String reviewer = freshReviewer();
        String session = signIn(reviewer, PASSWORD);
        assertThat(withSession(session, "/api/me").getStatusCode().value()).isEqualTo(200);
        assertThat(withSession(session, "/camunda/api/engine/engine/default/task/count").getStatusCode().value())
                .isEqualTo(200);

        var changed = patch(ADMIN, "/api/users/" + reviewer, change);
        assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(200);

        assertThat(withSession(session, "/api/me").getStatusCode().value()).isEqualTo(401);
        assertThat(withSession(session, "/camunda/api/engine/engine/default/task/count").getStatusCode().value())
                .isEqualTo(401);
        assertThat(pageWithSession(session, "/applications").getHeaders().getLocation().getPath()).isEqualTo("/login");
    }

    @Test
    void aLockOutEndsTheOpenSession() {
        String reviewer = freshReviewer();
        String session = signIn(reviewer, PASSWORD);
        assertThat(withSession(session, "/api/me").getStatusCode().value()).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            http.withBasicAuth(reviewer, "wrong-" + i).getForEntity("/api/me", String.class);
        }

        assertThat(withSession(session, "/api/me").getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsAndKeepsItsOwn() {
        String reviewer = freshReviewer();
        String here = signIn(reviewer, PASSWORD);
        String elsewhere = signIn(reviewer, PASSWORD);
        String csrf = csrfToken(pageWithSession(here, "/password").getBody());

        var headers = sessionHeaders(here);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.add("X-CSRF-TOKEN", csrf);
        var changed = noRedirects().exchange("/api/me/password", HttpMethod.POST, new HttpEntity<>(
                Map.of("currentPassword", PASSWORD, "newPassword", "Brand-New-Pass-7"), headers), String.class);
        assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(204);

        assertThat(withSession(here, "/api/me").getStatusCode().value()).isEqualTo(200);
        assertThat(withSession(elsewhere, "/api/me").getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void anUnchangedAccountKeepsItsSession() {
        String reviewer = freshReviewer();
        String session = signIn(reviewer, PASSWORD);
        // A change that grants nothing and takes nothing away (the display name) leaves the session alone.
        assertThat(patch(ADMIN, "/api/users/" + reviewer, Map.of("name", "Renamed")).getStatusCode().value())
                .isEqualTo(200);

        assertThat(withSession(session, "/api/me").getStatusCode().value()).isEqualTo(200);
    }

    /** The reviewers made here leave the round robin when their test ends. */
    @AfterEach
    void retire() {
        if (created != null) {
            patch(ADMIN, "/api/users/" + created, Map.of("status", "INACTIVE"));
        }
    }

    private String freshReviewer() {
        String name = "tsess" + System.nanoTime() % 100000 + NAMES.incrementAndGet();
        users.create(new NewUser(name, "Session " + name, name + "@test.local", null, null, Role.REVIEWER, MANAGER, null),
                PASSWORD, false);
        created = name;
        return name;
    }

    private ResponseEntity<String> withSession(String session, String path) {
        return noRedirects().exchange(path, HttpMethod.GET, new HttpEntity<>(sessionHeaders(session)), String.class);
    }

    private ResponseEntity<String> pageWithSession(String session, String path) {
        var headers = sessionHeaders(session);
        headers.add(HttpHeaders.ACCEPT, MediaType.TEXT_HTML_VALUE);
        return noRedirects().exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private static HttpHeaders sessionHeaders(String session) {
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, session);
        return headers;
    }
}
