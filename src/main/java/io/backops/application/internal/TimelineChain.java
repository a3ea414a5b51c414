package io.backops.application.internal;

import io.backops.shared.ChainReport;
import io.backops.shared.ChainWalk;
import io.backops.shared.HashChain;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each application's timeline as a hash chain of its own (ADR 0005): entries numbered from 1 in
 * {@code application_event.chain_seq}, and a head row per application ({@code application_event_chain}) with the
 * count and the last hash. A writer locks the application's head row, so two transactions writing one application's
 * timeline take their turns, while different applications never wait for each other.
 */
@Component
public class TimelineChain {

    public static final String TABLE = "application_event";

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;

    TimelineChain(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
    }

    public static String hash(String previous, String applicationId, long position, OffsetDateTime at, String actor,
                              String event, String before, String after, String detail, String requestId) {
        return HashChain.link(previous, TABLE, applicationId, position, at, actor, event, before, after, detail,
                requestId);
    }

    /** Appends an entry; must run in the transaction of the change it records (the head's lock lasts until then). */
    void append(String applicationId, String actor, String event, String before, String after, String detail,
                String requestId) {
        Head head = lockHead(applicationId).orElseGet(() -> firstHead(applicationId));
        long position = head.entries() + 1;
        OffsetDateTime at = HashChain.storable(OffsetDateTime.now());
        String hash = hash(head.hash(), applicationId, position, at, actor, event, before, after, detail, requestId);
        jdbc.sql("""
                insert into application_event (application_id, occurred_at, actor, event, before_value, after_value,
                                               detail, request_id, chain_seq, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(applicationId, at, actor, event, before, after, detail, requestId, position, head.hash(), hash)
                .update();
        jdbc.sql("update application_event_chain set entries = ?, head_hash = ? where application_id = ?")
                .params(position, hash, applicationId)
                .update();
    }

    /** One application's entries with their links, in chain order. */
    public List<Link> links(String applicationId) {
        return jdbc.sql("""
                select id, chain_seq, occurred_at, actor, event, before_value, after_value, detail, request_id,
                       prev_hash, hash
                from application_event where application_id = ? order by chain_seq, id
                """)
                .param(applicationId)
                .query((rs, n) -> new Link(rs.getLong("id"), rs.getLong("chain_seq"),
                        rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"), rs.getString("event"),
                        rs.getString("before_value"), rs.getString("after_value"), rs.getString("detail"),
                        rs.getString("request_id"), rs.getString("prev_hash"), rs.getString("hash")))
                .list();
    }

    /** Every application's chain, in application order; the caller holds a snapshot (repeatable read). */
    public ChainReport verify() {
        ChainWalk walk = new ChainWalk(TABLE);
        streaming.query("""
                select e.id, e.application_id, e.chain_seq, e.occurred_at, e.actor, e.event, e.before_value,
                       e.after_value, e.detail, e.request_id, e.prev_hash, e.hash, h.entries, h.head_hash
                from application_event e left join application_event_chain h on h.application_id = e.application_id
                order by e.application_id, e.chain_seq, e.id
                """, (RowCallbackHandler) rs -> {
            String applicationId = rs.getString("application_id");
            OffsetDateTime at = rs.getObject("occurred_at", OffsetDateTime.class);
            long position = rs.getLong("chain_seq");
            String previous = rs.getString("prev_hash");
            walk.entry(new ChainWalk.Row(applicationId, rs.getLong("id"), position, at, previous,
                    rs.getString("hash"), hash(previous == null ? "" : previous, applicationId, position, at,
                    rs.getString("actor"), rs.getString("event"), rs.getString("before_value"),
                    rs.getString("after_value"), rs.getString("detail"), rs.getString("request_id")),
                    rs.getObject("entries", Long.class), rs.getString("head_hash")));
        });
        // Heads whose every entry is gone: the walk above never met them.
        streaming.query("""
                select h.application_id, h.entries, h.head_hash from application_event_chain h
                where not exists (select 1 from application_event e where e.application_id = h.application_id)
                order by h.application_id
                """, (RowCallbackHandler) rs -> {
            walk.headWithoutEntries(rs.getString("application_id"), rs.getLong("entries"), rs.getString("head_hash"));
        });
        return walk.finish();
    }

    public Optional<Head> head(String applicationId) {
        return jdbc.sql("select entries, head_hash from application_event_chain where application_id = ?")
                .param(applicationId)
                .query((rs, n) -> new Head(rs.getLong("entries"), rs.getString("head_hash")))
                .optional();
    }

    private Optional<Head> lockHead(String applicationId) {
        return jdbc.sql("select entries, head_hash from application_event_chain where application_id = ? for update")
                .param(applicationId)
                .query((rs, n) -> new Head(rs.getLong("entries"), rs.getString("head_hash")))
                .optional();
    }

    /**
     * The head of a new chain. Only the transaction that submits an application writes its first entry (nobody else
     * sees the application before it commits); were two to race, the primary key refuses the second, which rolls
     * back whole.
     */
    private Head firstHead(String applicationId) {
        jdbc.sql("insert into application_event_chain (application_id, entries, head_hash) values (?, 0, ?)")
                .params(applicationId, HashChain.GENESIS)
                .update();
        return new Head(0, HashChain.GENESIS);
    }

    public record Head(long entries, String hash) {
    }

    public record Link(long id, long position, OffsetDateTime at, String actor, String event, String before,
                       String after, String detail, String requestId, String previousHash, String hash) {
    }
}
