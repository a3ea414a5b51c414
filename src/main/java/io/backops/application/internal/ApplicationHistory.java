package io.backops.application.internal;

import io.backops.application.TimelineEntry;
import io.backops.application.TimelineEvent;
import io.backops.shared.RequestId;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only timeline of an application ({@code application_event}): who did what and when, with the value
 * before and after. Written in the same transaction as the change it records; nothing updates or deletes a row.
 */
@Repository
public class ApplicationHistory {

    private final JdbcClient jdbc;
    private final TimelineChain chain;

    ApplicationHistory(JdbcClient jdbc, TimelineChain chain) {
        this.jdbc = jdbc;
        this.chain = chain;
    }

    public void record(String applicationId, TimelineEntry entry) {
        record(applicationId, entry.actor(), entry.event().name(), entry.before(), entry.after(), entry.detail());
    }

    /** Appends to the application's hash chain (ADR 0005), in the caller's transaction or, without one, in its own. */
    @Transactional
    public void record(String applicationId, String actor, String event, String before, String after, String detail) {
        chain.append(applicationId, actor, event, cut(before), cut(after), cut(detail), RequestId.current().orElse(null));
    }

    public List<TimelineEntry> of(String applicationId) {
        return jdbc.sql("""
                select occurred_at, actor, event, before_value, after_value, detail, request_id from application_event
                where application_id = ? order by occurred_at, id
                """)
                .param(applicationId)
                .query((rs, n) -> new TimelineEntry(rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getString("actor"), TimelineEvent.valueOf(rs.getString("event")),
                        rs.getString("before_value"), rs.getString("after_value"), rs.getString("detail"),
                        rs.getString("request_id")))
                .list();
    }

    private static String cut(String value) {
        return value == null || value.length() <= 1000 ? value : value.substring(0, 1000);
    }
}
