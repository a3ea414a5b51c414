package io.backops.trail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backops.IntegrationTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code GET /api/audit/verify} over the real chains: true while only Backops wrote, false naming the very entry a
 * plain SQL statement changed or removed behind its back (ADR 0005). Every tampering is undone before the test ends,
 * since the database is shared with the rest of the suite.
 */
class AuditVerifyIntegrationTests extends IntegrationTestSupport {

    @Autowired
    private JdbcTemplate jdbc;

    private AppendOnlyTables appendOnly;

    @BeforeEach
    void guard() {
        appendOnly = new AppendOnlyTables(jdbc);
    }

    @Test
    void holdsWhileOnlyBackopsWrites() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        post(TEAM.get(0), "/api/applications/" + id + "/notes", Map.of("text", "called the investor"));

        JsonNode verdict = verify();

        assertThat(verdict.get("verified").asBoolean()).as(verdict.toString()).isTrue();
        assertThat(verdict.get("head").asText()).matches("[0-9a-f]{64}");
        long entries = verdict.get("entries").asLong();
        long rows = jdbc.queryForObject("select count(*) from application_event", Long.class)
                + jdbc.queryForObject("select count(*) from security_audit", Long.class);
        assertThat(entries).isEqualTo(rows);
        assertThat(verdict.has("firstBrokenEntry")).isFalse();
    }

    @Test
    void aTimelineEntryEditedWithSqlIsNamed() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        post(TEAM.get(0), "/api/applications/" + id + "/notes", Map.of("text", "first"));
        post(TEAM.get(0), "/api/applications/" + id + "/notes", Map.of("text", "second"));
        var entry = jdbc.queryForMap("""
                select id, actor from application_event where application_id = ? and chain_seq = 2
                """, id);
        long entryId = ((Number) entry.get("id")).longValue();
        String actor = (String) entry.get("actor");
        String before = verify().get("head").asText();

        appendOnly.withoutGuard(() -> jdbc.update("update application_event set actor = ? where id = ?", "admin", entryId));
        try {
            JsonNode verdict = verify();
            assertThat(verdict.get("verified").asBoolean()).isFalse();
            JsonNode broken = verdict.get("firstBrokenEntry");
            assertThat(broken.get("table").asText()).isEqualTo("application_event");
            assertThat(broken.get("id").asLong()).isEqualTo(entryId);
            assertThat(broken.get("at").asText()).isNotBlank();
            assertThat(verdict.has("head")).isFalse();
        } finally {
            appendOnly.withoutGuard(() -> jdbc.update("update application_event set actor = ? where id = ?", actor, entryId));
        }
        JsonNode restored = verify();
        assertThat(restored.get("verified").asBoolean()).as(restored.toString()).isTrue();
        assertThat(restored.get("head").asText()).isEqualTo(before);
    }

    @Test
    void aRemovedLastEntryIsCaughtByTheChainsHead() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        post(TEAM.get(0), "/api/applications/" + id + "/notes", Map.of("text", "to be removed"));
        var last = jdbc.queryForMap("""
                select * from application_event where application_id = ? order by chain_seq desc fetch first 1 row only
                """, id);
        long lastId = ((Number) last.get("id")).longValue();
        long before = jdbc.queryForObject("""
                select id from application_event where application_id = ? and chain_seq = ?
                """, Long.class, id, ((Number) last.get("chain_seq")).longValue() - 1);

        appendOnly.withoutGuard(() -> jdbc.update("delete from application_event where id = ?", lastId));
        try {
            JsonNode broken = verify().get("firstBrokenEntry");
            assertThat(broken.get("table").asText()).isEqualTo("application_event");
            assertThat(broken.get("id").asLong()).isEqualTo(before);
            assertThat(broken.get("problem").asText()).contains("before its head");
        } finally {
            appendOnly.withoutGuard(() -> jdbc.update("""
                    insert into application_event (id, application_id, occurred_at, actor, event, before_value,
                        after_value, detail, request_id, chain_seq, prev_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, lastId, id, last.get("occurred_at"), last.get("actor"), last.get("event"),
                    last.get("before_value"), last.get("after_value"), last.get("detail"), last.get("request_id"),
                    last.get("chain_seq"),
                    last.get("prev_hash"), last.get("hash")));
        }
        assertThat(verify().get("verified").asBoolean()).isTrue();
    }

    @Test
    void aSecurityAuditEntryEditedWithSqlIsNamed() {
        post(ADMIN, "/api/users/" + SPARE + "/unlock", null);
        var entry = jdbc.queryForMap("select id, detail from security_audit order by chain_seq desc fetch first 1 row only");
        long entryId = ((Number) entry.get("id")).longValue();
        Object detail = entry.get("detail");

        appendOnly.withoutGuard(() -> jdbc.update("update security_audit set detail = ? where id = ?", "nothing", entryId));
        try {
            JsonNode broken = verify().get("firstBrokenEntry");
            assertThat(broken.get("table").asText()).isEqualTo("security_audit");
            assertThat(broken.get("id").asLong()).isEqualTo(entryId);
        } finally {
            appendOnly.withoutGuard(() -> jdbc.update("update security_audit set detail = ? where id = ?", detail, entryId));
        }
        assertThat(verify().get("verified").asBoolean()).isTrue();
    }

    @Test
    void concurrentWritersOfOneApplicationTakeTurnsInItsChain() throws Exception {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        long first = jdbc.queryForObject("select entries from application_event_chain where application_id = ?",
                Long.class, id);
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String text = "note " + i;
            writers.add(() -> post(TEAM.get(0), "/api/applications/" + id + "/notes", Map.of("text", text))
                    .getStatusCode().value());
        }
        var pool = Executors.newFixedThreadPool(8);
        try {
            for (var done : pool.invokeAll(writers)) {
                assertThat(done.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }

        List<Long> positions = jdbc.queryForList(
                "select chain_seq from application_event where application_id = ? order by chain_seq", Long.class, id);
        assertThat(positions).hasSize((int) first + 16);
        for (int i = 0; i < positions.size(); i++) {
            assertThat(positions.get(i)).isEqualTo(i + 1L);
        }
        assertThat(verify().get("verified").asBoolean()).isTrue();
    }

    private JsonNode verify() {
        var response = get(ADMIN, "/api/audit/verify");
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return read(response);
    }
}
