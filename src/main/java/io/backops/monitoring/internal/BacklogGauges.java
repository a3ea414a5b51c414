package io.backops.monitoring.internal;

import io.backops.application.DeadlineName;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Work waiting in the database, as gauges. The counts are read every {@code backops.monitoring.refresh-interval}
 * on a background thread and scrapes read the last snapshot, so however often (and however many) Prometheus
 * servers scrape, the database sees the same few queries. Each query only touches rows an index narrows down
 * (open applications by status, the outbox by status, the small user table): never a scan of all applications
 * (docs/indexes.md).
 * Like the reports, this reads other modules' tables, and never writes them.
 */
@Component
class BacklogGauges {

    private final JdbcClient jdbc;
    private final MultiGauge open;
    private final MultiGauge pastSla;
    private final MultiGauge outbox;
    private final MultiGauge deadlinesBreached;
    private final AtomicLong locked = new AtomicLong();
    private final AtomicLong approvalsWaiting = new AtomicLong();

    BacklogGauges(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.open = MultiGauge.builder("backops.applications.open")
                .description("Applications waiting for the back office (PENDING) or the investor (DRAFT), by team")
                .register(registry);
        this.pastSla = MultiGauge.builder("backops.reviews.past.sla")
                .description("Pending reviews that passed their SLA and went to the manager, by team")
                .register(registry);
        this.outbox = MultiGauge.builder("backops.outbox.messages")
                .description("Emails and callbacks not yet delivered: waiting (all unsent), retrying (failed at "
                        + "least once), failed (given up)")
                .register(registry);
        Gauge.builder("backops.accounts.locked", locked, AtomicLong::get)
                .description("Accounts locked out after failed sign-ins").register(registry);
        Gauge.builder("backops.approvals.waiting", approvalsWaiting, AtomicLong::get)
                .description("Four-eyes decisions waiting for their checker").register(registry);
        this.deadlinesBreached = MultiGauge.builder("backops.deadlines.breached")
                .description("Deadlines past due and still unmet, by name (review, approval, KRA upload and validation)")
                .register(registry);
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${backops.monitoring.refresh-interval:PT30S}")
    void refresh() {
        refreshApplications();
        refreshOutbox();
        locked.set(jdbc.sql("select count(*) from backoffice_user where locked_until > ?")
                .param(OffsetDateTime.now()).query(Long.class).single());
        approvalsWaiting.set(jdbc.sql("""
                select count(*) from investor_application where status = 'PENDING' and approval_decision is not null
                """).query(Long.class).single());
        refreshDeadlines();
    }

    private void refreshDeadlines() {
        // Every deadline at zero first: a name with nothing breached still reports.
        Map<String, Long> byName = new HashMap<>();
        for (DeadlineName name : DeadlineName.values()) {
            byName.put(name.name(), 0L);
        }
        jdbc.sql("""
                select name, count(*) as n from application_deadline where met_at is null and due_at < ? group by name
                """)
                .param(OffsetDateTime.now())
                .query(rs -> {
                    byName.put(rs.getString("name"), rs.getLong("n"));
                });
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        byName.forEach((name, count) -> rows.add(MultiGauge.Row.of(Tags.of("name", name), count)));
        deadlinesBreached.register(rows, true);
    }

    private void refreshApplications() {
        // The team is the assignee's manager (a manager's own queue is his team's); unassigned work has none. A draft
        // the investor dropped off waits for nobody (it has ended): counting those would read years of history.
        var rows = jdbc.sql("""
                select coalesce(case when u.role = 'MANAGER' then u.username else u.manager end, 'none') as team,
                       a.status, a.escalated, count(*) as n
                from investor_application a left join backoffice_user u on u.username = a.assignee
                where a.status in ('PENDING', 'DRAFT') and a.dropped_off_at is null
                group by coalesce(case when u.role = 'MANAGER' then u.username else u.manager end, 'none'),
                         a.status, a.escalated
                """)
                .query((rs, n) -> new OpenCount(rs.getString("team"), rs.getString("status"),
                        rs.getBoolean("escalated"), rs.getLong("n")))
                .list();
        Map<List<String>, Long> byTeamAndStatus = new HashMap<>();
        Map<String, Long> pastSlaByTeam = new HashMap<>();
        for (OpenCount row : rows) {
            byTeamAndStatus.merge(List.of(row.team(), row.status()), row.count(), Long::sum);
            if (row.escalated() && "PENDING".equals(row.status())) {
                pastSlaByTeam.merge(row.team(), row.count(), Long::sum);
            }
        }
        List<MultiGauge.Row<?>> openRows = new ArrayList<>();
        byTeamAndStatus.forEach((key, count) ->
                openRows.add(MultiGauge.Row.of(Tags.of("team", key.get(0), "status", key.get(1)), count)));
        open.register(openRows, true);
        List<MultiGauge.Row<?>> slaRows = new ArrayList<>();
        pastSlaByTeam.forEach((team, count) -> slaRows.add(MultiGauge.Row.of(Tags.of("team", team), count)));
        pastSla.register(slaRows, true);
    }

    private void refreshOutbox() {
        var counts = jdbc.sql("""
                select sum(case when status = 'PENDING' then 1 else 0 end) as waiting,
                       sum(case when status = 'PENDING' and attempts > 0 then 1 else 0 end) as retrying,
                       sum(case when status = 'FAILED' then 1 else 0 end) as failed
                from outbound_message where status in ('PENDING', 'FAILED')
                """)
                .query((rs, n) -> List.<MultiGauge.Row<?>>of(
                        MultiGauge.Row.of(Tags.of("state", "waiting"), rs.getLong("waiting")),
                        MultiGauge.Row.of(Tags.of("state", "retrying"), rs.getLong("retrying")),
                        MultiGauge.Row.of(Tags.of("state", "failed"), rs.getLong("failed"))))
                .single();
        outbox.register(counts, true);
    }

    private record OpenCount(String team, String status, boolean escalated, long count) {
    }
}
