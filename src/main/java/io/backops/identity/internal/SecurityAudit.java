package io.backops.identity.internal;

import io.backops.identity.SecurityAuditChain;
import io.backops.identity.SecurityEvent;
import io.backops.shared.HashChain;
import io.backops.shared.SideTransactions;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only security audit ({@code security_audit}). Nothing here updates or deletes a row. Sign-in
 * records are written in a transaction of their own, so that a failed request does not take its audit with it.
 * Every entry is linked into the audit's hash chain ({@link SecurityAuditChain}) under a lock on the chain's head.
 */
@Repository
public class SecurityAudit {

    /** Bound to a thread while its transaction holds the chain's head lock. */
    private static final Object HEAD_HELD = new Object();

    private final JdbcClient jdbc;
    private final SideTransactions side;

    SecurityAudit(JdbcClient jdbc, SideTransactions side) {
        this.jdbc = jdbc;
        this.side = side;
    }

    /** Records an event inside the caller's transaction: the change and its audit commit or fail together. */
    @Transactional
    public void record(String actor, SecurityEvent event, String subject, String detail) {
        insert(jdbc, actor, event, subject, detail);
        holdingHead();
    }

    /** Records an event that must stay on record whatever happens to the surrounding work (sign-ins). */
    void recordNow(String actor, SecurityEvent event, String subject, String detail) {
        if (TransactionSynchronizationManager.hasResource(HEAD_HELD)) {
            // This thread's transaction holds the chain's head: a side transaction would wait for it forever.
            insert(jdbc, actor, event, subject, detail);
        } else {
            side.run(own -> insert(own, actor, event, subject, detail));
        }
    }

    private static void insert(JdbcClient jdbc, String actor, SecurityEvent event, String subject, String detail) {
        Head head = jdbc.sql("select entries, head_hash from security_audit_chain where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong("entries"), rs.getString("head_hash")))
                .single();
        long position = head.entries() + 1;
        OffsetDateTime at = HashChain.storable(OffsetDateTime.now());
        String cut = truncate(detail);
        String remoteAddress = remoteAddress();
        String hash = SecurityAuditChain.hash(head.hash(), position, at, actor, event.name(), subject, cut,
                remoteAddress);
        jdbc.sql("""
                insert into security_audit (occurred_at, actor, event, subject, detail, remote_address, chain_seq,
                                            prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(at, actor, event.name(), subject, cut, remoteAddress, position, head.hash(), hash)
                .update();
        jdbc.sql("update security_audit_chain set entries = ?, head_hash = ? where id = 1")
                .params(position, hash)
                .update();
    }

    /** Marks this thread's transaction as holding the head's lock until it ends (see {@link #recordNow}). */
    private static void holdingHead() {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(HEAD_HELD)) {
            TransactionSynchronizationManager.bindResource(HEAD_HELD, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(HEAD_HELD);
                }
            });
        }
    }

    private record Head(long entries, String hash) {
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
