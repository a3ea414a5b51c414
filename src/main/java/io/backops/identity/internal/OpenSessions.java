package io.backops.identity.internal;

import io.backops.identity.SecurityEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Everything that ends a portal session besides its own sign-out, in one place, each ending audited: the limit of
 * sessions per person, an admin's "sign out everywhere", and the sweep of idle and outlived sessions. Sessions are
 * rows of {@code spring_session}, shared by every node, so a session ended here is ended on every node at its next
 * request (Spring Session reads the row on each request and keeps no copy).
 */
@Component
class OpenSessions {

    /** The session attribute holding the address a session signed in from. */
    static final String SIGNED_IN_FROM = "backops.signedInFrom";

    private final JdbcClient jdbc;
    private final FindByIndexNameSessionRepository<? extends Session> repository;
    private final SecurityAudit audit;
    private final SessionProperties properties;
    private final SessionLifetime lifetime;
    private final Clock clock;

    OpenSessions(JdbcClient jdbc, FindByIndexNameSessionRepository<? extends Session> repository, SecurityAudit audit,
                 SessionProperties properties) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.audit = audit;
        this.properties = properties;
        this.lifetime = new SessionLifetime(properties);
        this.clock = Clock.systemUTC();
    }

    /** The person's open sessions, the most recently used first. */
    List<SessionView> of(String username) {
        return repository.findByPrincipalName(username).values().stream()
                .filter(session -> !session.isExpired())
                .map(session -> new SessionView(reference(session.getId()), session.getCreationTime(),
                        session.getLastAccessedTime(), session.getAttribute(SIGNED_IN_FROM)))
                .sorted(Comparator.comparing(SessionView::lastAccess).reversed())
                .toList();
    }

    /** An admin's "sign out everywhere": every session of the person ends, on every node; audited with the change. */
    int endAll(String actor, String username) {
        int ended = jdbc.sql("delete from spring_session where principal_name = ?").param(username).update();
        audit.record(actor, SecurityEvent.SESSIONS_ENDED, username,
                ended + " open session" + (ended == 1 ? "" : "s") + " ended");
        return ended;
    }

    /**
     * A new sign-in keeps the person's newest sessions up to the limit, itself included, and ends the older ones.
     * Ending the oldest rather than refusing the new sign-in: a person who closed a browser without signing out is
     * not locked out until that session idles away, and a session someone else holds is pushed out, not protected;
     * either way the audit shows the session that was ended.
     */
    void keepWithinLimit(String username, String currentSessionId) {
        List<Row> others = jdbc.sql("""
                select primary_id, creation_time, last_access_time from spring_session
                where principal_name = ? and session_id <> ? and expiry_time >= ?
                order by creation_time desc
                """)
                .params(username, currentSessionId, clock.millis())
                .query((rs, n) -> new Row(rs.getString("primary_id"), username,
                        Instant.ofEpochMilli(rs.getLong("creation_time")),
                        Instant.ofEpochMilli(rs.getLong("last_access_time"))))
                .list();
        int keep = Math.max(0, properties.maxPerUser() - 1);
        for (Row row : others.subList(Math.min(keep, others.size()), others.size())) {
            if (end(row)) {
                audit.recordNow(username, SecurityEvent.SESSION_ENDED_BY_LIMIT, username,
                        "at most " + properties.maxPerUser() + " sessions; ended the one signed in at " + row.created());
            }
        }
    }

    /**
     * Removes the sessions that have lived long enough (idle or outlived), recording each person's ending once: of
     * nodes sweeping at the same time, only the one whose delete removed the row records it.
     */
    int sweep() {
        Instant now = clock.instant();
        long outlived = now.minus(properties.absoluteLifetime()).toEpochMilli();
        jdbc.sql("delete from spring_session where principal_name is null and (expiry_time < ? or creation_time < ?)")
                .params(now.toEpochMilli(), outlived)
                .update();
        List<Row> lapsed = jdbc.sql("""
                select primary_id, principal_name, creation_time, last_access_time from spring_session
                where expiry_time < ? or creation_time < ?
                """)
                .params(now.toEpochMilli(), outlived)
                .query((rs, n) -> new Row(rs.getString("primary_id"), rs.getString("principal_name"),
                        Instant.ofEpochMilli(rs.getLong("creation_time")),
                        Instant.ofEpochMilli(rs.getLong("last_access_time"))))
                .list();
        int ended = 0;
        for (Row row : lapsed) {
            if (end(row)) {
                ended++;
                expired(row.username(), lifetime.ending(row.created(), row.lastAccess(), now)
                        .orElse(SessionLifetime.Ending.IDLE));
            }
        }
        return ended;
    }

    /** Whether a session in use has outlived its absolute lifetime (its idle expiry is Spring Session's own). */
    boolean outlived(Instant created) {
        Instant now = clock.instant();
        return lifetime.ending(created, now, now).isPresent();
    }

    void expired(String username, SessionLifetime.Ending ending) {
        audit.recordNow(username, SecurityEvent.SESSION_EXPIRED, username, lifetime.detail(ending));
    }

    private boolean end(Row row) {
        return jdbc.sql("delete from spring_session where primary_id = ?").param(row.primaryId()).update() == 1;
    }

    private record Row(String primaryId, String username, Instant created, Instant lastAccess) {
    }

    /** Eight hex digits of the id's SHA-256: enough to tell a person's sessions apart, useless to take one over. */
    static String reference(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
