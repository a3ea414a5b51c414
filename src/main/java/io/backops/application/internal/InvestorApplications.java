package io.backops.application.internal;

import io.backops.application.ApplicationStatus;
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

/** The {@code investor_application} and {@code application_document} tables. */
@Repository
public class InvestorApplications {

    private final JdbcClient jdbc;

    InvestorApplications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Row row) {
        jdbc.sql("""
                insert into investor_application (id, distributor_arn, amc, application_type, applicant_name, pan,
                    date_of_birth, applicant, status, kra_status, submitted_at, version)
                values (:id, :distributorArn, :amc, :applicationType, :applicantName, :pan, :dateOfBirth, :applicant,
                    :status, :kraStatus, :submittedAt, 0)
                """)
                .param("id", row.id())
                .param("distributorArn", row.distributorArn())
                .param("amc", row.amc())
                .param("applicationType", row.applicationType())
                .param("applicantName", row.applicantName())
                .param("pan", row.pan())
                .param("dateOfBirth", row.dateOfBirth())
                .param("applicant", row.applicantJson())
                .param("status", row.status().name())
                .param("kraStatus", row.kraStatus().name())
                .param("submittedAt", row.submittedAt())
                .update();
    }

    public void insertDocument(String applicationId, String type, String fileName, String contentType, byte[] content) {
        jdbc.sql("""
                insert into application_document (id, application_id, doc_type, file_name, content_type, size_bytes, content)
                values (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(UUID.randomUUID().toString(), applicationId, type, fileName, contentType, content.length, content)
                .update();
    }

    public Optional<Row> find(String id) {
        return jdbc.sql("select * from investor_application where id = ?").param(id)
                .query(InvestorApplications::toRow).optional();
    }

    public List<DocumentRow> documents(String applicationId) {
        return jdbc.sql("""
                select id, doc_type, file_name, content_type, size_bytes from application_document
                where application_id = ? order by doc_type, file_name
                """)
                .param(applicationId)
                .query((rs, n) -> new DocumentRow(rs.getString("id"), rs.getString("doc_type"),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size_bytes")))
                .list();
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
                rs.getString("decision_reason"));
    }

    public record Row(String id, String distributorArn, String amc, String applicationType, String applicantName,
                      String pan, LocalDate dateOfBirth, String applicantJson, ApplicationStatus status,
                      KraStatus kraStatus, String assignee, OffsetDateTime submittedAt, OffsetDateTime decidedAt,
                      String decidedBy, String decisionReason) {

        public static Row submitted(String id, String distributorArn, String amc, String applicationType,
                                    String applicantName, String pan, LocalDate dateOfBirth, String applicantJson,
                                    OffsetDateTime submittedAt) {
            return new Row(id, distributorArn, amc, applicationType, applicantName, pan, dateOfBirth, applicantJson,
                    ApplicationStatus.PENDING, KraStatus.NOT_PUSHED, null, submittedAt, null, null, null);
        }

        @Override
        public String toString() {
            return "Row[" + id + "]";
        }
    }

    public record DocumentRow(String id, String type, String fileName, String contentType, int sizeBytes) {
    }
}
