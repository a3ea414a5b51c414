package io.backops.application.internal;

import io.backops.application.ApplicationScope;
import io.backops.application.ApplicationStatus;
import io.backops.application.ListTab;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The list's tab counts, kept as counters per scope (everyone, an assignee, a channel, a submitter) and per tab, so
 * that counting a tab reads a handful of rows however long the company's history (docs/adr/0013).
 *
 * <p>Every write of a counted fact goes through {@link InvestorApplications}, which reports it here as a move from one
 * {@link Counted} place to another. The moves of a transaction are added up and written just before it commits, in
 * one fixed order: a counter row is locked only for the commit itself (the everyone-row is touched by every
 * submission), and two transactions never lock counters in opposite orders. They commit or roll back with the
 * transition, so the counts stay exact.
 */
@Repository
public class TabCounts {

    /** Where one application is counted: its tab (and awaiting approval) under each scope it belongs to. */
    public record Counted(ApplicationStatus status, boolean awaitingApproval, String assignee, String distributorArn,
                          String submittedBy) {

        List<Key> keys() {
            List<String> tabs = awaitingApproval && status == ApplicationStatus.PENDING
                    ? List.of(status.name(), ListTab.AWAITING_APPROVAL.name()) : List.of(status.name());
            List<Key> keys = new ArrayList<>();
            for (String tab : tabs) {
                keys.add(new Key(Dimension.EVERYONE, EVERYONE, tab));
                if (assignee != null) {
                    keys.add(new Key(Dimension.ASSIGNEE, assignee, tab));
                }
                keys.add(new Key(Dimension.CHANNEL, distributorArn, tab));
                if (submittedBy != null) {
                    keys.add(new Key(Dimension.SUBMITTER, submittedBy, tab));
                }
            }
            return keys;
        }
    }

    enum Dimension {
        EVERYONE, ASSIGNEE, CHANNEL, SUBMITTER;

        static Dimension of(ApplicationScope.By by) {
            return switch (by) {
                case EVERYTHING -> EVERYONE;
                case ASSIGNEE -> ASSIGNEE;
                case CHANNEL -> CHANNEL;
                case SUBMITTER -> SUBMITTER;
            };
        }
    }

    record Key(Dimension dimension, String scopeKey, String tab) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byDimension = dimension.compareTo(other.dimension);
            if (byDimension != 0) {
                return byDimension;
            }
            int byScope = scopeKey.compareTo(other.scopeKey);
            return byScope != 0 ? byScope : tab.compareTo(other.tab);
        }
    }

    private static final String EVERYONE = "*";

    /** What the counters should hold, counted from the applications: per dimension, scope and tab, as {@code n}. */
    public static final String RECOUNT = """
            select dimension, scope_key, tab, count(*) as n from (
                select 'EVERYONE' as dimension, '*' as scope_key, status as tab from investor_application
                union all select 'ASSIGNEE', assignee, status from investor_application where assignee is not null
                union all select 'CHANNEL', distributor_arn, status from investor_application
                union all select 'SUBMITTER', submitted_by, status from investor_application where submitted_by is not null
                union all select 'EVERYONE', '*', 'AWAITING_APPROVAL' from investor_application
                    where status = 'PENDING' and approval_decision is not null
                union all select 'ASSIGNEE', assignee, 'AWAITING_APPROVAL' from investor_application
                    where status = 'PENDING' and approval_decision is not null and assignee is not null
                union all select 'CHANNEL', distributor_arn, 'AWAITING_APPROVAL' from investor_application
                    where status = 'PENDING' and approval_decision is not null
                union all select 'SUBMITTER', submitted_by, 'AWAITING_APPROVAL' from investor_application
                    where status = 'PENDING' and approval_decision is not null and submitted_by is not null
            ) facts group by dimension, scope_key, tab
            """;

    /** The counters from scratch, for the migration that introduces them and for generated data (benchmarks). */
    static final String REBUILD = "insert into application_tab_count (dimension, scope_key, tab, n) " + RECOUNT;

    private final JdbcClient jdbc;
    private final boolean postgres;
    private final boolean untilCommit;

    @Autowired
    TabCounts(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
        this(jdbc, "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                DatabaseMetaData::getDatabaseProductName)), true);
    }

    private TabCounts(JdbcClient jdbc, boolean postgres, boolean untilCommit) {
        this.jdbc = jdbc;
        this.postgres = postgres;
        this.untilCommit = untilCommit;
    }

    /**
     * The counts written at once through another connection's transaction (a side transaction's): that transaction
     * commits on its own, so its moves cannot wait for the commit of the thread's main one.
     */
    TabCounts writingAtOnceThrough(JdbcClient transaction) {
        return new TabCounts(transaction, postgres, false);
    }

    /** An application entered the counts ({@code from} null), left them ({@code to} null) or moved between places. */
    void moved(Counted from, Counted to) {
        Map<Key, Long> changes = changesOfThisTransaction();
        if (from != null) {
            from.keys().forEach(key -> changes.merge(key, -1L, Long::sum));
        }
        if (to != null) {
            to.keys().forEach(key -> changes.merge(key, 1L, Long::sum));
        }
        if (!untilCommit || !TransactionSynchronizationManager.isSynchronizationActive()) {
            write(changes);
        }
    }

    /** The tab counts of a scope: every tab of {@link ListTab}, ALL being the sum of the statuses. */
    public Map<String, Long> of(ApplicationScope scope) {
        Dimension dimension = Dimension.of(scope.by());
        Collection<String> keys = dimension == Dimension.EVERYONE ? List.of(EVERYONE) : scope.values();
        Map<String, Long> byTab = new LinkedHashMap<>();
        if (!keys.isEmpty()) {
            jdbc.sql("""
                    select tab, sum(n) as n from application_tab_count
                    where dimension = :dimension and scope_key in (:keys) group by tab
                    """)
                    .param("dimension", dimension.name())
                    .param("keys", keys)
                    .query(rs -> {
                        byTab.put(rs.getString("tab"), rs.getLong("n"));
                    });
        }
        return everyTab(byTab);
    }

    /** Each of these assignees' pending applications (only those who have any). */
    public Map<String, Long> pendingOf(Collection<String> assignees) {
        if (assignees.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> pending = new HashMap<>();
        jdbc.sql("""
                select scope_key, n from application_tab_count
                where dimension = 'ASSIGNEE' and tab = 'PENDING' and scope_key in (:assignees) and n > 0
                """)
                .param("assignees", assignees)
                .query(rs -> {
                    pending.put(rs.getString("scope_key"), rs.getLong("n"));
                });
        return pending;
    }

    /** Counts as the list shows them: every tab of {@link ListTab} in its order, zero where none, ALL the sum. */
    static Map<String, Long> everyTab(Map<String, Long> byTab) {
        Map<String, Long> counts = new LinkedHashMap<>();
        long all = 0;
        for (ListTab tab : ListTab.values()) {
            long count = byTab.getOrDefault(tab.name(), 0L);
            counts.put(tab.name(), count);
            if (tab.status() != null && !tab.awaitingApproval()) {
                all += count;
            }
        }
        counts.put(ListTab.ALL.name(), all);
        return counts;
    }

    /**
     * Counts everything again from the applications. For data written around the application (generated for a
     * benchmark, restored from elsewhere); it must run while nothing else writes applications.
     */
    public void rebuild() {
        jdbc.sql("delete from application_tab_count").update();
        jdbc.sql(REBUILD).update();
    }

    private Map<Key, Long> changesOfThisTransaction() {
        if (!untilCommit || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return new TreeMap<>();
        }
        @SuppressWarnings("unchecked")
        Map<Key, Long> changes = (Map<Key, Long>) TransactionSynchronizationManager.getResource(this);
        if (changes == null) {
            Map<Key, Long> pending = new TreeMap<>();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    write(pending);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TabCounts.this);
                }

                @Override
                public int getOrder() {
                    // Last before the commit: the counter rows stay locked for as short a time as possible.
                    return Ordered.LOWEST_PRECEDENCE;
                }
            });
            changes = pending;
        }
        return changes;
    }

    /** In key order, so that two transactions wait for each other at most, never in a circle. */
    private void write(Map<Key, Long> changes) {
        changes.forEach((key, change) -> {
            if (change != 0 && add(key, change) == 0) {
                createRow(key);
                if (add(key, change) != 1) {
                    throw new IllegalStateException("The tab counter " + key + " could not be created");
                }
            }
        });
        changes.clear();
    }

    private int add(Key key, long change) {
        return jdbc.sql("""
                update application_tab_count set n = n + ? where dimension = ? and scope_key = ? and tab = ?
                """)
                .params(change, key.dimension().name(), key.scopeKey(), key.tab())
                .update();
    }

    /**
     * A first counter for a new scope, at zero, in the transition's own transaction. Two transactions creating the
     * same one at once leave one row: PostgreSQL makes the second wait for the first and then do nothing (a failed
     * statement would abort its whole transaction there); H2 refuses the second statement alone, which is caught.
     * Counters are created in the same key order as they are written, so this wait cannot close a circle either.
     */
    private void createRow(Key key) {
        if (postgres) {
            jdbc.sql("""
                    insert into application_tab_count (dimension, scope_key, tab, n) values (?, ?, ?, 0)
                    on conflict do nothing
                    """)
                    .params(key.dimension().name(), key.scopeKey(), key.tab())
                    .update();
            return;
        }
        try {
            jdbc.sql("insert into application_tab_count (dimension, scope_key, tab, n) values (?, ?, ?, 0)")
                    .params(key.dimension().name(), key.scopeKey(), key.tab())
                    .update();
        } catch (DuplicateKeyException createdMeanwhile) {
            // Another transaction created it first: the row is there, which is all that was needed.
        }
    }
}
