package io.backops.identity;

import io.backops.shared.ChainReport;
import io.backops.shared.ChainWalk;
import io.backops.shared.HashChain;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security audit as one hash chain (ADR 0005): its entries in order of {@code chain_seq}, and one head row
 * ({@code security_audit_chain}) naming how many there are and the last one's hash. Writers lock the head row, so
 * entries take their positions one at a time; the audit is written rarely enough that one chain costs nothing.
 */
@Component
public class SecurityAuditChain {

    public static final String TABLE = "security_audit";
    private static final String CHAIN = "security-audit";

    private final JdbcTemplate jdbc;

    public SecurityAuditChain(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        // Read as a stream: the audit of years does not have to fit in memory to be checked.
        this.jdbc.setFetchSize(1000);
    }

    /** The hash of an entry: every column a person reads, its position, and the hash of the entry before it. */
    public static String hash(String previous, long position, OffsetDateTime at, String actor, String event,
                              String subject, String detail, String remoteAddress) {
        return HashChain.link(previous, TABLE, position, at, actor, event, subject, detail, remoteAddress);
    }

    /** Walks the whole chain in one snapshot (rows written meanwhile are not half seen). */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainReport verify() {
        ChainWalk walk = new ChainWalk(TABLE);
        jdbc.query("""
                select a.id, a.chain_seq, a.occurred_at, a.actor, a.event, a.subject, a.detail, a.remote_address,
                       a.prev_hash, a.hash, h.entries, h.head_hash
                from security_audit a left join security_audit_chain h on h.id = 1
                order by a.chain_seq, a.id
                """, (RowCallbackHandler) rs -> {
            OffsetDateTime at = rs.getObject("occurred_at", OffsetDateTime.class);
            long position = rs.getLong("chain_seq");
            String previous = rs.getString("prev_hash");
            walk.entry(new ChainWalk.Row(CHAIN, rs.getLong("id"), position, at, previous, rs.getString("hash"),
                    hash(previous == null ? "" : previous, position, at, rs.getString("actor"), rs.getString("event"),
                            rs.getString("subject"), rs.getString("detail"), rs.getString("remote_address")),
                    (Long) rs.getObject("entries", Long.class), rs.getString("head_hash")));
        });
        ChainReport report = walk.finish();
        if (report.entries() == 0) {
            ChainWalk empty = new ChainWalk(TABLE);
            jdbc.query("select entries, head_hash from security_audit_chain where id = 1",
                    (RowCallbackHandler) rs -> empty.headWithoutEntries(CHAIN, rs.getLong("entries"), rs.getString("head_hash")));
            return empty.finish();
        }
        return report;
    }
}
