package io.backops.identity.internal;

import io.backops.identity.SecurityEvent;
import io.backops.shared.SideTransactions;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only security audit ({@code security_audit}). Nothing here updates or deletes a row. Sign-in
 * records are written in a transaction of their own, so that a failed request does not take its audit with it.
 */
@Repository
public class SecurityAudit {

    private final JdbcClient jdbc;
    private final SideTransactions side;

    SecurityAudit(JdbcClient jdbc, SideTransactions side) {
        this.jdbc = jdbc;
        this.side = side;
    }

    /** Records an event inside the caller's transaction: the change and its audit commit or fail together. */
    public void record(String actor, SecurityEvent event, String subject, String detail) {
        insert(jdbc, actor, event, subject, detail);
    }

    /** Records an event that must stay on record whatever happens to the surrounding work (sign-ins). */
    void recordNow(String actor, SecurityEvent event, String subject, String detail) {
        side.run(own -> insert(own, actor, event, subject, detail));
    }

    private static void insert(JdbcClient jdbc, String actor, SecurityEvent event, String subject, String detail) {
        jdbc.sql("""
                insert into security_audit (occurred_at, actor, event, subject, detail, remote_address)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(OffsetDateTime.now(), actor, event.name(), subject, truncate(detail), remoteAddress())
                .update();
    }

    List<Entry> find(String user, OffsetDateTime from, OffsetDateTime to, int offset, int limit) {
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at, actor, event, subject, detail, remote_address from security_audit where 1 = 1
                """);
        List<Object> params = new ArrayList<>();
        if (user != null) {
            sql.append(" and (actor = ? or subject = ?)");
            params.add(user);
            params.add(user);
        }
        if (from != null) {
            sql.append(" and occurred_at >= ?");
            params.add(from);
        }
        if (to != null) {
            sql.append(" and occurred_at < ?");
            params.add(to);
        }
        sql.append(" order by occurred_at desc, id desc offset ? rows fetch next ? rows only");
        params.add(offset);
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getString("actor"), rs.getString("event"), rs.getString("subject"), rs.getString("detail"),
                        rs.getString("remote_address")))
                .list();
    }

    private static String remoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public record Entry(long id, OffsetDateTime at, String actor, String event, String subject, String detail,
                        String remoteAddress) {
    }
}
