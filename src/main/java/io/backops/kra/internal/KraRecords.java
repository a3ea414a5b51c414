package io.backops.kra.internal;

import io.backops.kra.KraCallOutcome;
import io.backops.kra.KraIntegration;
import io.backops.kra.KraOperation;
import io.backops.shared.KraStatus;
import io.backops.shared.RequestId;
import io.backops.shared.SideTransactions;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code kra_submission} (one per application) and {@code kra_attempt} (every call) tables. */
@Repository
class KraRecords {

    private static final String COLUMNS = "application_id, kra, pan, ack_number, status, status_reason, updated_at";

    private final JdbcClient jdbc;
    private final SideTransactions side;
    private final MeterRegistry meters;

    KraRecords(JdbcClient jdbc, SideTransactions side, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.side = side;
        this.meters = meters;
    }

    Optional<Submission> find(String applicationId) {
        return jdbc.sql("select " + COLUMNS + " from kra_submission where application_id = ?")
                .param(applicationId)
                .query(KraRecords::toSubmission)
                .optional();
    }

    void save(Submission submission) {
        int updated = jdbc.sql("""
                update kra_submission set kra = ?, pan = ?, ack_number = ?, status = ?, status_reason = ?, updated_at = ?
                where application_id = ?
                """)
                .params(submission.kra(), submission.pan(), submission.ackNumber(), submission.status().name(),
                        submission.reason(), OffsetDateTime.now(), submission.applicationId())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into kra_submission (application_id, kra, pan, ack_number, status, status_reason, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(submission.applicationId(), submission.kra(), submission.pan(), submission.ackNumber(),
                            submission.status().name(), submission.reason(), OffsetDateTime.now())
                    .update();
        }
    }

    /**
     * Records one call to the KRA in a transaction of its own, so that the attempt stays on record even when the
     * job around it fails and rolls back.
     */
    void recordAttempt(String applicationId, String kra, String triggeredBy, KraOperation operation,
                       KraCallOutcome outcome, String kraCode, String message) {
        side.run(own -> own.sql("""
                insert into kra_attempt (id, application_id, kra, attempted_at, triggered_by, operation, outcome, kra_code, message,
                                         request_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(UUID.randomUUID().toString(), applicationId, kra, OffsetDateTime.now(), triggeredBy, operation.name(),
                        outcome.name(), kraCode, message == null ? null : message.substring(0, Math.min(500, message.length())),
                        RequestId.current().orElse(null))
                .update());
        // Counted where it is recorded, so the metric and the attempts on record cannot tell different stories.
        meters.counter("backops.kra.calls", "agency", String.valueOf(kra), "operation", operation.name(),
                "outcome", outcome.name()).increment();
    }

    List<KraIntegration.Attempt> attempts(String applicationId) {
        return jdbc.sql("""
                select attempted_at, kra, triggered_by, operation, outcome, kra_code, message, request_id from kra_attempt
                where application_id = ? order by attempted_at, id
                """)
                .param(applicationId)
                .query((rs, n) -> new KraIntegration.Attempt(
                        rs.getObject("attempted_at", OffsetDateTime.class), rs.getString("kra"), rs.getString("triggered_by"),
                        KraOperation.valueOf(rs.getString("operation")),
                        KraCallOutcome.valueOf(rs.getString("outcome")), rs.getString("kra_code"),
                        rs.getString("message"), rs.getString("request_id")))
                .list();
    }

    /**
     * The KRAs an upload of this application was ever sent to, whether or not its answer arrived. Attempts are
     * written in their own transaction, so this survives the rollback of a push that died after the call.
     */
    List<String> uploadedTo(String applicationId) {
        return jdbc.sql("select distinct kra from kra_attempt where application_id = ? and operation = ?")
                .params(applicationId, KraOperation.UPLOAD.name())
                .query(String.class)
                .list();
    }

    List<Submission> latest(String kra, KraStatus status, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from kra_submission where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (kra != null) {
            sql.append(" and kra = ?");
            params.add(kra);
        }
        if (status != null) {
            sql.append(" and status = ?");
            params.add(status.name());
        }
        sql.append(" order by updated_at desc, application_id fetch first ? rows only");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(KraRecords::toSubmission).list();
    }

    private static Submission toSubmission(ResultSet rs, int rowNum) throws SQLException {
        return new Submission(rs.getString("application_id"), rs.getString("kra"), rs.getString("pan"),
                rs.getString("ack_number"), KraStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    long attemptCount(String applicationId) {
        return jdbc.sql("select count(*) from kra_attempt where application_id = ?").param(applicationId)
                .query(Long.class).single();
    }

    /** One application's row; {@code updatedAt} is the database's, absent on a row about to be saved. */
    record Submission(String applicationId, String kra, String pan, String ackNumber, KraStatus status, String reason,
                      OffsetDateTime updatedAt) {

        Submission(String applicationId, String kra, String pan, String ackNumber, KraStatus status, String reason) {
            this(applicationId, kra, pan, ackNumber, status, reason, null);
        }

        @Override
        public String toString() {
            return "Submission[" + applicationId + ", " + status + "]";
        }
    }
}
