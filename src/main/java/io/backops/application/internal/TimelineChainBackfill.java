package io.backops.application.internal;

import io.backops.shared.BackfillMigration;
import io.backops.shared.HashChain;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Flyway 17.2: chains the timelines written before chains existed, each application's in the order it was written
 * (by id), and gives each application its head row.
 */
@Component
public class TimelineChainBackfill extends BackfillMigration {

    public TimelineChainBackfill() {
        super("17.2", "chain the existing timelines");
    }

    @Override
    public void migrate(Context context) {
        var jdbc = jdbc(context);
        String application = null;
        String previous = HashChain.GENESIS;
        long position = 0;
        long lastId = Long.MIN_VALUE;
        while (true) {
            // Keyset over (application, id): one chain at a time, whatever the number of applications.
            List<Row> page = jdbc.query("""
                    select id, application_id, occurred_at, actor, event, before_value, after_value, detail, request_id
                    from application_event where application_id > ? or (application_id = ? and id > ?)
                    order by application_id, id fetch first %d rows only
                    """.formatted(PAGE), (rs, n) -> new Row(rs.getLong("id"), rs.getString("application_id"),
                    rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"), rs.getString("event"),
                    rs.getString("before_value"), rs.getString("after_value"), rs.getString("detail"),
                    rs.getString("request_id")),
                    application == null ? "" : application, application == null ? "" : application, lastId);
            if (page.isEmpty()) {
                break;
            }
            List<Object[]> links = new ArrayList<>();
            for (Row row : page) {
                if (!row.applicationId().equals(application)) {
                    head(jdbc, application, position, previous);
                    application = row.applicationId();
                    previous = HashChain.GENESIS;
                    position = 0;
                }
                position++;
                String hash = TimelineChain.hash(previous, application, position, row.at(), row.actor(), row.event(),
                        row.before(), row.after(), row.detail(), row.requestId());
                links.add(new Object[] {position, previous, hash, row.id()});
                previous = hash;
                lastId = row.id();
            }
            jdbc.batchUpdate("update application_event set chain_seq = ?, prev_hash = ?, hash = ? where id = ?", links);
        }
        head(jdbc, application, position, previous);
    }

    private static void head(JdbcTemplate jdbc, String application, long entries, String hash) {
        if (application != null) {
            jdbc.update("insert into application_event_chain (application_id, entries, head_hash) values (?, ?, ?)",
                    application, entries, hash);
        }
    }

    private record Row(long id, String applicationId, OffsetDateTime at, String actor, String event, String before,
                       String after, String detail, String requestId) {
    }
}
