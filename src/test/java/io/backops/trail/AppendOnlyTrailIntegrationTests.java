package io.backops.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.backops.IntegrationTestSupport;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL's guard on the trail (ADR 0005): plain SQL cannot change, remove or truncate an entry; the one purge
 * path removes a whole timeline and records that it did. Skipped on H2, which has no such triggers (run with
 * {@code -Ppostgres}; CI does).
 */
class AppendOnlyTrailIntegrationTests extends IntegrationTestSupport {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactionManager;

    @BeforeEach
    void onPostgres() {
        assumeTrue(new AppendOnlyTables(jdbc).guarded(), "H2 has no append-only triggers; run with -Ppostgres");
    }

    @Test
    void plainSqlCannotChangeRemoveOrTruncateAnEntry() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        long entry = jdbc.queryForObject("select min(id) from application_event where application_id = ?", Long.class, id);
        long audit = jdbc.queryForObject("select max(id) from security_audit", Long.class);

        assertThatThrownBy(() -> jdbc.update("update application_event set actor = 'x' where id = ?", entry))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from application_event where id = ?", entry))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("update security_audit set detail = 'x' where id = ?", audit))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from security_audit where id = ?", audit))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate security_audit")).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate application_event cascade")).rootCause().hasMessageContaining("append-only");
        // The purge's switch opens DELETE only, never UPDATE.
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            jdbc.queryForObject("select set_config('backops.trail_purge', 'on', true)", String.class);
            jdbc.update("update application_event set actor = 'x' where id = ?", entry);
        })).rootCause().hasMessageContaining("append-only");

        assertThat(jdbc.queryForObject("select actor from application_event where id = ?", String.class, entry))
                .isEqualTo(ADMIN);
    }

    @Test
    void thePurgePathRemovesOneWholeTimelineRecordsItAndLeavesTheChainsHolding() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        post(TEAM.get(0), "/api/applications/" + id + "/notes", Map.of("text", "before retention"));
        var head = jdbc.queryForMap("select entries, head_hash from application_event_chain where application_id = ?", id);

        Long purged = jdbc.queryForObject("select backops_purge_application_trail(?, ?, ?)", Long.class,
                id, ADMIN, "retention test");

        assertThat(purged).isEqualTo(((Number) head.get("entries")).longValue());
        assertThat(jdbc.queryForObject("select count(*) from application_event where application_id = ?", Long.class, id))
                .isZero();
        var record = jdbc.queryForMap("select * from trail_purge where application_id = ?", id);
        assertThat(record.get("actor")).isEqualTo(ADMIN);
        assertThat(record.get("reason")).isEqualTo("retention test");
        assertThat(record.get("head_hash")).isEqualTo(head.get("head_hash"));
        assertThat(read(get(ADMIN, "/api/audit/verify")).get("verified").asBoolean()).isTrue();
        // The switch was the function's alone: the same connection's next DELETE is refused again.
        assertThatThrownBy(() -> jdbc.update("delete from security_audit where id = (select max(id) from security_audit)"))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.queryForObject("select backops_purge_application_trail(?, ?, ?)", Long.class,
                id, ADMIN, " ")).rootCause().hasMessageContaining("reason");
    }
}
