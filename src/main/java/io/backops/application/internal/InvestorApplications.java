package io.backops.application.internal;

import io.backops.application.ApplicationStatus;
import io.backops.application.RiskClass;
import io.backops.shared.KraStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code investor_application} table (documents are the document module's). */
@Repository
public class InvestorApplications {

    private final JdbcClient jdbc;

    InvestorApplications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Row row) {
        jdbc.sql("""
                insert into investor_application (id, distributor_arn, amc, application_type, applicant_name, pan,
                    date_of_birth, applicant, status, kra_status, submitted_at, risk_class, risk_rule, submitted_by, version)
                values (:id, :distributorArn, :amc, :applicationType, :applicantName, :pan, :dateOfBirth, :applicant,
                    :status, :kraStatus, :submittedAt, :riskClass, :riskRule, :submittedBy, 0)
                """)
                .param("id", row.id())
                .param("distributorArn", row.distributorArn())
                .param("amc", row.amc())
                .param("applicationType", row.applicationType())
                .param("applicantName", row.applicantName())
                .param("pan", row.pan())
                .param("dateOfBirth", row.dateOfBirth())
                .param("applicant", row.applicantJson())
                .param("submittedBy", row.submittedBy())
                .param("status", row.status().name())
                .param("kraStatus", row.kraStatus().name())
                .param("submittedAt", row.submittedAt())
                .param("riskClass", row.riskClass() == null ? null : row.riskClass().name())
                .param("riskRule", row.riskRule())
                .update();
    }

    /**
     * Puts corrected data in place of a draft's and sends it back to PENDING, clearing the earlier decision. The
     * {@code status = 'DRAFT'} guard makes a second or concurrent resubmission change nothing.
     */
    public boolean resubmit(String id, String applicantName, String pan, LocalDate dateOfBirth, String applicantJson,
                            String applicationType, String amc, RiskClass riskClass, String riskRule) {
        return jdbc.sql("""
                update investor_application
                set applicant_name = ?, pan = ?, date_of_birth = ?, applicant = ?, application_type = ?, amc = ?,
                    risk_class = ?, risk_rule = ?, status = 'PENDING', decided_at = null, decided_by = null,
                    decision_reason = null, escalated = false, version = version + 1
                where id = ? and status = 'DRAFT' and dropped_off_at is null
                """)
                .params(applicantName, pan, dateOfBirth, applicantJson, applicationType, amc, riskClass.name(), riskRule, id)
                .update() == 1;
    }

    /** Marks a draft as dropped off; false when it is no draft waiting any more. */
    public boolean dropOff(String id, OffsetDateTime at) {
        return jdbc.sql("""
                update investor_application set dropped_off_at = ?
                where id = ? and status = 'DRAFT' and dropped_off_at is null
                """)
                .params(at, id)
                .update() == 1;
    }

    public void markEscalated(String id) {
        jdbc.sql("update investor_application set escalated = true, version = version + 1 where id = ?").param(id).update();
    }

    public Optional<Row> find(String id) {
        return jdbc.sql("select * from investor_application where id = ?").param(id)
                .query(InvestorApplications::toRow).optional();
    }

    public List<Row> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from investor_application where id in (:ids)").param("ids", ids)
                .query(InvestorApplications::toRow).list();
    }

    public Map<String, Long> pendingCounts(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                select assignee, count(*) as pending from investor_application
                where status = 'PENDING' and assignee in (:usernames) group by assignee
                """)
                .param("usernames", usernames)
                .query(rs -> {
                    counts.put(rs.getString("assignee"), rs.getLong("pending"));
                });
        return counts;
    }

    public List<String> pendingAssignedTo(String username) {
        return jdbc.sql("""
                select id from investor_application where status = 'PENDING' and assignee = ? order by submitted_at, id
                """)
                .param(username).query(String.class).list();
    }

    public void assign(String id, String assignee) {
        jdbc.sql("update investor_application set assignee = ?, version = version + 1 where id = ?")
                .params(assignee, id).update();
    }

    /**
     * Moves a pending application to its decided status. The {@code status = 'PENDING'} guard makes a second or
     * concurrent decision change nothing, which the caller turns into a conflict.
     */
    public boolean decide(String id, ApplicationStatus outcome, String decidedBy, String reason, OffsetDateTime at) {
        return jdbc.sql("""
                update investor_application
                set status = ?, decided_by = ?, decision_reason = ?, decided_at = ?, version = version + 1
                where id = ? and status = 'PENDING'
                """)
                .params(outcome.name(), decidedBy, reason, at, id)
                .update() == 1;
    }

    public void updateKraStatus(String id, KraStatus kraStatus) {
        jdbc.sql("update investor_application set kra_status = ?, version = version + 1 where id = ?")
                .params(kraStatus.name(), id).update();
    }

    private static Row toRow(ResultSet rs, int rowNum) throws SQLException {
        return new Row(rs.getString("id"), rs.getString("distributor_arn"), rs.getString("amc"),
                rs.getString("application_type"), rs.getString("applicant_name"), rs.getString("pan"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("applicant"),
                ApplicationStatus.valueOf(rs.getString("status")), KraStatus.valueOf(rs.getString("kra_status")),
                rs.getString("assignee"), rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decided_by"),
                rs.getString("decision_reason"),
                rs.getString("risk_class") == null ? null : RiskClass.valueOf(rs.getString("risk_class")),
                rs.getString("risk_rule"), rs.getBoolean("escalated"), rs.getString("submitted_by"));
    }

    public record Row(String id, String distributorArn, String amc, String applicationType, String applicantName,
                      String pan, LocalDate dateOfBirth, String applicantJson, ApplicationStatus status,
                      KraStatus kraStatus, String assignee, OffsetDateTime submittedAt, OffsetDateTime decidedAt,
                      String decidedBy, String decisionReason, RiskClass riskClass, String riskRule,
                      boolean escalated, String submittedBy) {

        public static Row submitted(String id, String distributorArn, String amc, String applicationType,
                                    String applicantName, String pan, LocalDate dateOfBirth, String applicantJson,
                                    OffsetDateTime submittedAt, RiskClass riskClass, String riskRule,
                                    String submittedBy) {
            return new Row(id, distributorArn, amc, applicationType, applicantName, pan, dateOfBirth, applicantJson,
                    ApplicationStatus.PENDING, KraStatus.NOT_PUSHED, null, submittedAt, null, null, null, riskClass,
                    riskRule, false, submittedBy);
        }

        @Override
        public String toString() {
            return "Row[" + id + "]";
        }
    }

}
