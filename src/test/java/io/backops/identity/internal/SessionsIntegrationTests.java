package io.backops.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.backops.IntegrationTestSupport;
import io.backops.SessionClient;
import io.backops.identity.NewUser;
import io.backops.identity.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Portal sessions end when idle past the timeout, when older than their lifetime however busy, when a fourth
 * sign-in pushes out the oldest, and when an admin or the person's manager signs him out everywhere; each ending is
 * in the security audit. Time passing is the session rows moved back in time, as they would be after the wait.
 */
class SessionsIntegrationTests extends IntegrationTestSupport {

    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    private OpenSessions sessions;
    @Autowired
    private JdbcTemplate jdbc;
    @LocalServerPort
    private int port;
    private final List<String> created = new ArrayList<>();

    @Test
    void anIdleSessionIsRefusedOnItsNextRequest() {
        String reviewer = freshReviewer();
        String session = signIn(reviewer, PASSWORD);
        assertThat(me(session)).isEqualTo(200);
        // The configured idle timeout is the session's own (Spring Session's expiry).
        assertThat(jdbc.queryForObject("select max(max_inactive_interval) from spring_session where principal_name = ?",
                Integer.class, reviewer)).isEqualTo(1800);

        idleFor(reviewer, Duration.ofMinutes(31));

        assertThat(me(session)).isEqualTo(401);
    }

    @Test
    void theSweepEndsIdleSessionsAndRecordsEachOnce() {
        String reviewer = freshReviewer();
        String session = signIn(reviewer, PASSWORD);
        String busy = signIn(reviewer, PASSWORD);
        idleFor(reviewer, Duration.ofMinutes(31));
        assertThat(me(busy)).as("used again in time").isEqualTo(401);
        String fresh = signIn(reviewer, PASSWORD);

        sessions.sweep();
        sessions.sweep();

        assertThat(audit(reviewer, "SESSION_EXPIRED")).containsExactly("idle for longer than PT30M");
        assertThat(me(session)).isEqualTo(401);
        assertThat(me(fresh)).isEqualTo(200);
    }

    @Test
    void aBusySessionEndsAtItsAbsoluteLifetime() {
        String reviewer = freshReviewer();
        String session = signIn(reviewer, PASSWORD);
        assertThat(me(session)).isEqualTo(200);

        jdbc.update("update spring_session set creation_time = creation_time - ? where principal_name = ?",
                Duration.ofHours(12).plusMinutes(1).toMillis(), reviewer);

        assertThat(me(session)).isEqualTo(401);
        assertThat(audit(reviewer, "SESSION_EXPIRED")).containsExactly("older than its lifetime of PT12H");
    }

    @Test
    void aFourthSignInEndsTheOldestSession() {
        String reviewer = freshReviewer();
        String first = signIn(reviewer, PASSWORD);
        String second = signIn(reviewer, PASSWORD);
        String third = signIn(reviewer, PASSWORD);
        assertThat(List.of(me(first), me(second), me(third))).containsOnly(200);

        String fourth = signIn(reviewer, PASSWORD);

        assertThat(me(first)).isEqualTo(401);
        assertThat(List.of(me(second), me(third), me(fourth))).containsOnly(200);
        assertThat(audit(reviewer, "SESSION_ENDED_BY_LIMIT")).hasSize(1)
                .allSatisfy(detail -> assertThat(detail).startsWith("at most 3 sessions"));
    }

    @Test
    void theUsersOpenSessionsShowWhenAndWhereButNeverTheirIds() throws Exception {
        String reviewer = freshReviewer();
        String first = signIn(reviewer, PASSWORD);
        String second = signIn(reviewer, PASSWORD);
        me(second);

        var answer = get(MANAGER, "/api/users/" + reviewer + "/sessions");

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        var list = read(answer);
        assertThat(list).hasSize(2);
        list.forEach(session -> {
            assertThat(session.get("reference").asText()).matches("[0-9a-f]{8}");
            assertThat(session.get("since").asText()).isNotBlank();
            assertThat(session.get("lastAccess").asText()).isNotBlank();
            assertThat(session.get("remoteAddress").asText()).isEqualTo("127.0.0.1");
        });
        assertThat(answer.getBody()).doesNotContain(sessionId(first), sessionId(second),
                first.substring("SESSION=".length()), second.substring("SESSION=".length()));
        assertThat(get(OTHER_MANAGER, "/api/users/" + reviewer + "/sessions").getStatusCode().value()).isEqualTo(404);

        var page = page(ADMIN, "/users/" + reviewer);
        assertThat(page.getBody()).contains("Open sessions", list.get(0).get("reference").asText(),
                "Sign out everywhere", "data-confirm");
        assertThat(page.getBody()).doesNotContain(sessionId(first), sessionId(second));
    }

    @Test
    void signingAUserOutEverywhereEndsAllHisSessions() {
        String reviewer = freshReviewer();
        String first = signIn(reviewer, PASSWORD);
        String second = signIn(reviewer, PASSWORD);

        var ended = post(MANAGER, "/api/users/" + reviewer + "/sessions/end", null);

        assertThat(ended.getStatusCode().value()).as(ended.getBody()).isEqualTo(200);
        assertThat(read(ended).get("ended").asInt()).isEqualTo(2);
        assertThat(List.of(me(first), me(second))).containsOnly(401);
        assertThat(audit(reviewer, "SESSIONS_ENDED")).containsExactly("2 open sessions ended");
        assertThat(jdbc.queryForObject("select actor from security_audit where subject = ? and event = 'SESSIONS_ENDED'",
                String.class, reviewer)).isEqualTo(MANAGER);
        assertThat(post(OTHER_MANAGER, "/api/users/" + reviewer + "/sessions/end", null).getStatusCode().value())
                .isEqualTo(404);
        assertThat(post(TEAM.get(0), "/api/users/" + reviewer + "/sessions/end", null).getStatusCode().value())
                .isEqualTo(403);
    }

    @Test
    void theUserPagesButtonSignsHimOutEverywhere() {
        String reviewer = freshReviewer();
        String session = signIn(reviewer, PASSWORD);
        var manager = new SessionClient(port);
        manager.signIn(MANAGER, PASSWORD);
        assertThat(manager.get("/users/" + reviewer).body()).contains("Sign out everywhere");

        var ended = manager.post("/users/" + reviewer + "/sessions/end", Map.of());

        assertThat(SessionClient.location(ended)).isEqualTo("/users/" + reviewer);
        assertThat(me(session)).isEqualTo(401);
        assertThat(manager.get("/users/" + reviewer).body()).contains("No open session.");
    }

    @AfterEach
    void retire() {
        created.forEach(name -> patch(ADMIN, "/api/users/" + name, Map.of("status", "INACTIVE")));
        created.clear();
    }

    /** The person's sessions as they would stand after {@code idle} without a request. */
    private void idleFor(String username, Duration idle) {
        long lastAccess = System.currentTimeMillis() - idle.toMillis();
        jdbc.update("update spring_session set last_access_time = ? where principal_name = ?", lastAccess, username);
        jdbc.update("update spring_session set expiry_time = last_access_time + max_inactive_interval * 1000 "
                + "where principal_name = ?", username);
    }

    private List<String> audit(String username, String event) {
        return jdbc.queryForList("select detail from security_audit where subject = ? and event = ? order by id",
                String.class, username, event);
    }

    private String freshReviewer() {
        String name = "tsl" + System.nanoTime() % 100000 + NAMES.incrementAndGet();
        users.create(new NewUser(name, "Sessions " + name, name + "@test.local", null, null, Role.REVIEWER, MANAGER,
                null), PASSWORD, false);
        created.add(name);
        return name;
    }

    private int me(String session) {
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, session);
        return noRedirects().exchange("/api/me", HttpMethod.GET, new HttpEntity<>(headers), String.class)
                .getStatusCode().value();
    }

    private static String sessionId(String cookie) {
        return new String(Base64.getDecoder().decode(cookie.substring("SESSION=".length())), StandardCharsets.UTF_8);
    }
}
