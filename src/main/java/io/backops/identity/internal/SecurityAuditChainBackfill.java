package io.backops.identity.internal;

import io.backops.identity.SecurityAuditChain;
import io.backops.shared.BackfillMigration;
import io.backops.shared.HashChain;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Flyway 17.1: chains the security audit written before chains existed, oldest first, and sets its head. */
@Component
public class SecurityAuditChainBackfill extends BackfillMigration {

    public SecurityAuditChainBackfill() {
        super("17.1", "chain the existing security audit");
    }

    @Override
    public void migrate(Context context) {
        var jdbc = jdbc(context);
        String previous = HashChain.GENESIS;
        long position = 0;
        long lastId = Long.MIN_VALUE;
        while (true) {
            List<Object[]> links = new ArrayList<>();
            List<Row> page = jdbc.query("""
                    select id, occurred_at, actor, event, subject, detail, remote_address from security_audit
                    where id > ? order by id fetch first %d rows only
                    """.formatted(PAGE), (rs, n) -> new Row(rs.getLong("id"),
                    rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"), rs.getString("event"),
                    rs.getString("subject"), rs.getString("detail"), rs.getString("remote_address")), lastId);
            if (page.isEmpty()) {
                break;
            }
            for (Row row : page) {
                position++;
                String hash = SecurityAuditChain.hash(previous, position, row.at(), row.actor(), row.event(),
                        row.subject(), row.detail(), row.remoteAddress());
                links.add(new Object[] {position, previous, hash, row.id()});
                previous = hash;
                lastId = row.id();
            }
            jdbc.batchUpdate("update security_audit set chain_seq = ?, prev_hash = ?, hash = ? where id = ?", links);
        }
        jdbc.update("update security_audit_chain set entries = ?, head_hash = ? where id = 1", position, previous);
    }

    private record Row(long id, OffsetDateTime at, String actor, String event, String subject, String detail,
                       String remoteAddress) {
    }
}
