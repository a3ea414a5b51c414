package io.backops.application.internal;

import io.backops.application.ApplicationStatus;
import io.backops.application.ApplicationType;
import io.backops.application.Decision;
import io.backops.application.InvestorApplication;
import io.backops.application.RiskClass;
import io.backops.shared.ConflictException;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code investor_application} table (documents are the document module's). */
@Repository
public class InvestorApplications {

    private final JdbcClient jdbc;
    private final TabCounts tabCounts;

    public InvestorApplications(JdbcClient jdbc, TabCounts tabCounts) {
        this.jdbc = jdbc;
        this.tabCounts = tabCounts;
    }

    /** The same table through another transaction, a side transaction's ({@link Transitions#applyAlone}). */
    InvestorApplications inTransactionOf(JdbcClient transaction) {
        return new InvestorApplications(transaction, tabCounts.writingAtOnceThrough(transaction));
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
                .param("applicationType", row.applicationType().name())
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
        tabCounts.moved(null, new TabCounts.Counted(row.status(), false, row.assignee(), row.distributorArn(),
                row.submittedBy()));
    }

    /** Corrected data in place of a draft's; the aggregate's transition is saved with it by {@link #save}. */
    public void replaceApplicant(String id, String applicantName, String pan, LocalDate dateOfBirth,
                                 String applicantJson, ApplicationType applicationType, String amc, RiskClass riskClass,
                                 String riskRule) {
        jdbc.sql("""
                update investor_application
                set applicant_name = ?, pan = ?, date_of_birth = ?, applicant = ?, application_type = ?, amc = ?,
                    risk_class = ?, risk_rule = ?
                where id = ?
                """)
                .params(applicantName, pan, dateOfBirth, applicantJson, applicationType.name(), amc, riskClass.name(), riskRule,
                        id)
                .update();
    }

    /** The aggregate, with the version its save is guarded by. */
    public Optional<InvestorApplication> load(String id) {
        return jdbc.sql("select * from investor_application where id = ?").param(id)
                .query(InvestorApplications::toAggregate).optional();
    }

    /**
     * Writes the aggregate's state back if nobody changed it since it was loaded; otherwise a conflict, and the
     * caller's transaction rolls back whole. This guard is what makes "exactly one wins" hold for two decisions,
     * two approvals, an approval and a reversal, a reversal and the KRA push.
     */
    public void save(InvestorApplication application) {
        Optional<TabCounts.Counted> replaced = countedAt(application.id().value(), application.version());
        var approval = application.approval();
        var reversal = application.reversal();
        var outcome = application.outcome();
        int updated = jdbc.sql("""
                update investor_application
                set status = :status, kra_status = :kraStatus, assignee = :assignee, escalated = :escalated,
                    decided_by = :decidedBy, decided_at = :decidedAt, decision_reason = :decisionReason,
                    approval_decision = :approvalDecision, approval_reason = :approvalReason,
                    approval_maker = :approvalMaker, approval_requested_at = :approvalAt,
                    reversal_requested_by = :reversalBy, reversal_reason = :reversalReason,
                    reversal_requested_at = :reversalAt, dropped_off_at = :droppedOffAt,
                    kra_push_claimed_at = :kraPushClaimedAt, erased_at = :erasedAt, version = version + 1
                where id = :id and version = :version
                """)
                .param("status", application.status().name())
                .param("kraStatus", application.kraStatus().name())
                .param("assignee", application.assignee())
                .param("escalated", application.escalated())
                .param("decidedBy", outcome == null ? null : outcome.decidedBy())
                .param("decidedAt", outcome == null ? null : outcome.decidedAt())
                .param("decisionReason", outcome == null ? null : outcome.reason())
                .param("approvalDecision", approval == null ? null : approval.decision().name())
                .param("approvalReason", approval == null ? null : approval.reason())
                .param("approvalMaker", approval == null ? null : approval.maker())
                .param("approvalAt", approval == null ? null : approval.at())
                .param("reversalBy", reversal == null ? null : reversal.requestedBy())
                .param("reversalReason", reversal == null ? null : reversal.reason())
                .param("reversalAt", reversal == null ? null : reversal.at())
                .param("droppedOffAt", application.droppedOffAt())
                .param("kraPushClaimedAt", application.kraPushClaimedAt())
                .param("erasedAt", application.erasedAt())
                .param("id", application.id().value())
                .param("version", application.version())
                .update();
        if (updated != 1 || replaced.isEmpty()) {
            throw new ConflictException("Application " + application.id()
                    + " was changed by someone else just now; reload it and try again");
        }
        tabCounts.moved(replaced.get(), new TabCounts.Counted(application.status(), approval != null,
                application.assignee(), replaced.get().distributorArn(), replaced.get().submittedBy()));
    }

    /** Where the application is counted as of this version (the version guard makes it the state being replaced). */
    private Optional<TabCounts.Counted> countedAt(String id, long version) {
        return jdbc.sql("""
                select status, approval_decision, assignee, distributor_arn, submitted_by from investor_application
                where id = ? and version = ?
                """)
                .params(id, version)
                .query((rs, n) -> new TabCounts.Counted(ApplicationStatus.valueOf(rs.getString("status")),
                        rs.getString("approval_decision") != null, rs.getString("assignee"),
                        rs.getString("distributor_arn"), rs.getString("submitted_by")))
                .optional();
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

    /** How many pending applications each of these people has (from the counters, so a long history costs nothing). */
    public Map<String, Long> pendingCounts(Collection<String> usernames) {
        return tabCounts.pendingOf(usernames);
    }

    public List<String> pendingAssignedTo(String username) {
        return jdbc.sql("""
                select id from investor_application where status = 'PENDING' and assignee = ? order by submitted_at, id
                """)
                .param(username).query(String.class).list();
    }

    private static InvestorApplication toAggregate(ResultSet rs, int rowNum) throws SQLException {
        String approvalDecision = rs.getString("approval_decision");
        String reversalBy = rs.getString("reversal_requested_by");
        var status = ApplicationStatus.valueOf(rs.getString("status"));
        var decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
        return new InvestorApplication(new InvestorApplication.Id(rs.getString("id")), rs.getString("distributor_arn"),
                rs.getString("risk_class") == null ? null : RiskClass.valueOf(rs.getString("risk_class")), status,
                KraStatus.valueOf(rs.getString("kra_status")), rs.getString("assignee"), rs.getBoolean("escalated"),
                decidedAt == null ? null : new InvestorApplication.Outcome(status, rs.getString("decided_by"),
                        decidedAt, rs.getString("decision_reason")),
                approvalDecision == null ? null : new InvestorApplication.PendingApproval(
                        Decision.valueOf(approvalDecision), rs.getString("approval_reason"),
                        rs.getString("approval_maker"), rs.getObject("approval_requested_at", OffsetDateTime.class)),
                reversalBy == null ? null : new InvestorApplication.PendingReversal(reversalBy,
                        rs.getString("reversal_reason"), rs.getObject("reversal_requested_at", OffsetDateTime.class)),
                rs.getObject("dropped_off_at", OffsetDateTime.class),
                rs.getObject("kra_push_claimed_at", OffsetDateTime.class),
                rs.getObject("erased_at", OffsetDateTime.class), rs.getLong("version"));
    }

    private static Row toRow(ResultSet rs, int rowNum) throws SQLException {
        return new Row(rs.getString("id"), rs.getString("distributor_arn"), rs.getString("amc"),
                ApplicationType.valueOf(rs.getString("application_type")), rs.getString("applicant_name"), rs.getString("pan"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("applicant"),
                ApplicationStatus.valueOf(rs.getString("status")), KraStatus.valueOf(rs.getString("kra_status")),
                rs.getString("assignee"), rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decided_by"),
                rs.getString("decision_reason"),
                rs.getString("risk_class") == null ? null : RiskClass.valueOf(rs.getString("risk_class")),
                rs.getString("risk_rule"), rs.getBoolean("escalated"), rs.getString("submitted_by"));
    }

    public record Row(String id, String distributorArn, String amc, ApplicationType applicationType, String applicantName,
                      String pan, LocalDate dateOfBirth, String applicantJson, ApplicationStatus status,
                      KraStatus kraStatus, String assignee, OffsetDateTime submittedAt, OffsetDateTime decidedAt,
                      String decidedBy, String decisionReason, RiskClass riskClass, String riskRule,
                      boolean escalated, String submittedBy) {

        public static Row submitted(String id, String distributorArn, String amc, ApplicationType applicationType,
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
