package io.backops.reporting.internal;

import io.backops.shared.Pan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The MIS rows in one query, handed over one at a time as the database sends them: with a fetch size inside a
 * transaction, PostgreSQL streams through a cursor, so a million rows never sit in memory together. The flow and its
 * version come from Camunda's history of the application's process instance.
 */
@Repository
class MisQuery {

    private static final int FETCH_SIZE = 500;
    static final String SQL = """
            select a.id, a.submitted_at, a.distributor_arn, d.name as distributor_name, a.amc, a.applicant_name, a.pan,
                   p.proc_def_id_ as flow_definition, a.risk_class, a.status, a.assignee,
                   case when u.role = 'MANAGER' then u.username else u.manager end as manager,
                   a.decided_at, a.decided_by, a.decision_reason, a.escalated,
                   k.kra, k.status as kra_status, k.ack_number, t.first_push, t.last_push, t.push_attempts
            from investor_application a
            left join distributor d on d.arn = a.distributor_arn
            left join backoffice_user u on u.username = a.assignee
            left join kra_submission k on k.application_id = a.id
            left join (select application_id, min(attempted_at) as first_push, max(attempted_at) as last_push,
                              count(*) as push_attempts
                       from kra_attempt where operation = 'INQUIRE' group by application_id) t on t.application_id = a.id
            left join act_hi_procinst p on p.business_key_ = a.id
            where a.submitted_at >= ? and a.submitted_at < ?%s
            order by a.submitted_at, a.id
            """;

    private final JdbcTemplate jdbc;

    MisQuery(JdbcTemplate jdbc) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(FETCH_SIZE);
    }

    /** Streams the rows of the filter to {@code each}; the caller holds the transaction. */
    void stream(MisFilter filter, Consumer<MisRow> each) {
        List<Object> params = new ArrayList<>();
        params.add(filter.from().atStartOfDay(filter.zone()).toOffsetDateTime());
        params.add(filter.to().plusDays(1).atStartOfDay(filter.zone()).toOffsetDateTime());
        StringBuilder conditions = new StringBuilder();
        if (filter.status() != null) {
            conditions.append(" and a.status = ?");
            params.add(filter.status());
        }
        if (filter.distributorArn() != null) {
            conditions.append(" and a.distributor_arn = ?");
            params.add(filter.distributorArn());
        }
        jdbc.query(SQL.formatted(conditions), rs -> {
            each.accept(row(rs));
        }, params.toArray());
    }

    private static MisRow row(ResultSet rs) throws SQLException {
        return new MisRow(rs.getString("id"), rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getString("distributor_arn"), rs.getString("distributor_name"), rs.getString("amc"),
                rs.getString("applicant_name"), Pan.mask(rs.getString("pan")), rs.getString("flow_definition"),
                rs.getString("risk_class"), rs.getString("status"), rs.getString("assignee"), rs.getString("manager"),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decided_by"),
                rs.getString("decision_reason"), rs.getBoolean("escalated"), rs.getString("kra"),
                rs.getString("kra_status"), rs.getString("ack_number"),
                rs.getObject("first_push", OffsetDateTime.class), rs.getObject("last_push", OffsetDateTime.class),
                rs.getLong("push_attempts"));
    }
}
