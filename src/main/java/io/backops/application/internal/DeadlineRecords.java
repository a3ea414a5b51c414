package io.backops.application.internal;

import io.backops.application.ApplicationScope;
import io.backops.application.Deadline;
import io.backops.application.DeadlineName;
import io.backops.application.DeadlineState;
import io.backops.shared.ListPage;
import io.backops.shared.Paging;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The application_deadline rows: one per clock of an application, holding its current round. */
@Repository
public class DeadlineRecords {

    private final JdbcClient jdbc;

    DeadlineRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts a clock, or starts its next round: met and breach are cleared. */
    void start(String applicationId, DeadlineName name, OffsetDateTime startedAt, OffsetDateTime due) {
        int updated = jdbc.sql("""
                update application_deadline set started_at = ?, due_at = ?, met_at = null, breach_recorded_at = null
                where application_id = ? and name = ?
                """)
                .params(startedAt, due, applicationId, name.name())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into application_deadline (application_id, name, started_at, due_at) values (?, ?, ?, ?)")
                    .params(applicationId, name.name(), startedAt, due)
                    .update();
        }
    }

    /** Stops a running clock; one already met, or never started, stays as it is. */
    void meet(String applicationId, DeadlineName name, OffsetDateTime at) {
        jdbc.sql("update application_deadline set met_at = ? where application_id = ? and name = ? and met_at is null")
                .params(at, applicationId, name.name())
                .update();
    }

    /** A clock whose step no longer applies (a reversal took the acceptance back before its upload). */
    void withdraw(String applicationId, DeadlineName name) {
        jdbc.sql("delete from application_deadline where application_id = ? and name = ? and met_at is null")
                .params(applicationId, name.name())
                .update();
    }

    public List<Deadline> of(String applicationId, OffsetDateTime now, Duration dueSoon) {
        return jdbc.sql("""
                select name, started_at, due_at, met_at from application_deadline where application_id = ?
                order by started_at, name
                """)
                .param(applicationId)
                .query((rs, n) -> deadline(rs, now, dueSoon))
                .list();
    }

    /** Open clocks past due whose breach nobody has recorded yet, oldest first. */
    List<Breach> unrecordedBreaches(OffsetDateTime now, int limit) {
        return jdbc.sql("""
                select d.application_id, d.name, d.due_at, a.assignee from application_deadline d
                join investor_application a on a.id = d.application_id
                where d.met_at is null and d.due_at < ? and d.breach_recorded_at is null
                order by d.due_at fetch first %d rows only
                """.formatted(limit))
                .param(now)
                .query((rs, n) -> new Breach(rs.getString("application_id"), DeadlineName.valueOf(rs.getString("name")),
                        rs.getObject("due_at", OffsetDateTime.class), rs.getString("assignee")))
                .list();
    }

    /** Claims the recording of a breach: true for the one node (and the one round) that gets it. */
    boolean claimBreach(Breach breach, OffsetDateTime now) {
        return jdbc.sql("""
                update application_deadline set breach_recorded_at = ?
                where application_id = ? and name = ? and due_at = ? and met_at is null and breach_recorded_at is null
                """)
                .params(now, breach.applicationId(), breach.name().name(), breach.due())
                .update() == 1;
    }

    /**
     * Open clocks in a state (DUE_SOON or BREACHED; the others are not listed), of one name or all, in scope, most
     * overdue first.
     */
    public ListPage<Deadline.OfApplication> list(ApplicationScope scope, DeadlineState state, DeadlineName name,
                                          Paging paging, OffsetDateTime now, Duration dueSoon) {
        var where = new ApplicationListing.Query();
        ApplicationListing.apply(scope, where);
        where.and("d.met_at is null");
        if (state == DeadlineState.BREACHED) {
            where.and("d.due_at < ?", now);
        } else {
            where.and("d.due_at >= ? and d.due_at < ?", now, now.plus(dueSoon));
        }
        if (name != null) {
            where.and("d.name = ?", name.name());
        }
        List<Object> params = new ArrayList<>(where.params());
        params.add(paging.rowsToRead());
        List<Deadline.OfApplication> rows = jdbc.sql("""
                select d.application_id, d.name, d.started_at, d.due_at, d.met_at, a.applicant_name, a.assignee
                from application_deadline d join investor_application a on a.id = d.application_id
                where %s order by d.due_at, d.application_id, d.name fetch first ? rows only
                """.formatted(where.sql()))
                .params(params)
                .query((rs, n) -> new Deadline.OfApplication(rs.getString("application_id"),
                        rs.getString("applicant_name"), rs.getString("assignee"), deadline(rs, now, dueSoon)))
                .list();
        return paging.of(rows);
    }

    /** How many open clocks are due soon and breached, per assignee (null: nobody has the application), in scope. */
    public Map<String, Deadline.Counts> countsByAssignee(ApplicationScope scope, OffsetDateTime now,
                                                          Duration dueSoon) {
        var where = new ApplicationListing.Query();
        ApplicationListing.apply(scope, where);
        List<Object> params = new ArrayList<>(List.of(now, now, now.plus(dueSoon)));
        params.addAll(where.params());
        Map<String, Deadline.Counts> counts = new LinkedHashMap<>();
        // Each open clock looks its application up by id: a join let PostgreSQL read every application ever
        // submitted into a hash table to count a few thousand clocks (docs/indexes.md).
        jdbc.sql("""
                select assignee, sum(case when due_at >= ? then 1 else 0 end) as due_soon,
                       sum(case when due_at < ? then 1 else 0 end) as breached
                from (select d.due_at,
                          (select a.assignee from investor_application a where a.id = d.application_id) as assignee,
                          (select a.distributor_arn from investor_application a where a.id = d.application_id)
                              as distributor_arn,
                          (select a.submitted_by from investor_application a where a.id = d.application_id)
                              as submitted_by
                      from application_deadline d where d.met_at is null and d.due_at < ?) open_clock
                where %s group by assignee order by assignee
                """.formatted(where.sql()))
                .params(params)
                .query(rs -> {
                    counts.put(rs.getString("assignee"), new Deadline.Counts(rs.getLong("due_soon"),
                            rs.getLong("breached")));
                });
        return counts;
    }

    private static Deadline deadline(ResultSet rs, OffsetDateTime now, Duration dueSoon) throws SQLException {
        var due = rs.getObject("due_at", OffsetDateTime.class);
        var met = rs.getObject("met_at", OffsetDateTime.class);
        return new Deadline(DeadlineName.valueOf(rs.getString("name")), rs.getObject("started_at", OffsetDateTime.class),
                due, state(due, met, now, dueSoon), met);
    }

    static DeadlineState state(OffsetDateTime due, OffsetDateTime met, OffsetDateTime now, Duration dueSoon) {
        if (met != null) {
            return DeadlineState.MET;
        }
        if (now.isAfter(due)) {
            return DeadlineState.BREACHED;
        }
        return now.plus(dueSoon).isAfter(due) ? DeadlineState.DUE_SOON : DeadlineState.ON_TRACK;
    }

    record Breach(String applicationId, DeadlineName name, OffsetDateTime due, String assignee) {
    }
}
