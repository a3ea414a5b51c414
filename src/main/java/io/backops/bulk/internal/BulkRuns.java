package io.backops.bulk.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backops.bulk.BulkAction;
import io.backops.bulk.BulkResult;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code bulk_action} table: every bulk request's full answer (all its ids and outcomes), and the idempotency
 * keys. A key is claimed before the work starts, so two copies of one request cannot both run.
 */
@Repository
public class BulkRuns {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    BulkRuns(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Claims {@code key} for a new run: empty when claimed; otherwise the earlier run under that key, whose answer is
     * empty while it is still running.
     */
    public Optional<Optional<BulkResult>> claim(String bulkId, String actor, String key, BulkAction action) {
        try {
            jdbc.sql("""
                    insert into bulk_action (id, actor, idempotency_key, action, created_at) values (?, ?, ?, ?, ?)
                    """)
                    .params(bulkId, actor, key, action.name(), OffsetDateTime.now())
                    .update();
            return Optional.empty();
        } catch (DuplicateKeyException e) {
            return Optional.of(jdbc.sql("select result from bulk_action where actor = ? and idempotency_key = ?")
                    .params(actor, key)
                    .query(String.class).optional().map(this::parse));
        }
    }

    /** Stores the answer: under its claim when there was a key, as a new row otherwise. */
    public void save(BulkResult result, String key) {
        String text = write(result);
        int updated = key == null ? 0 : jdbc.sql("update bulk_action set id = ?, result = ? where actor = ? and idempotency_key = ?")
                .params(result.id(), text, result.actor(), key).update();
        if (updated == 0) {
            jdbc.sql("insert into bulk_action (id, actor, action, created_at, result) values (?, ?, ?, ?, ?)")
                    .params(result.id(), result.actor(), result.action().name(), result.at(), text)
                    .update();
        }
    }

    public Optional<BulkResult> find(String bulkId) {
        return jdbc.sql("select result from bulk_action where id = ? and result is not null")
                .param(bulkId).query(String.class).optional().map(this::parse);
    }

    private BulkResult parse(String text) {
        try {
            return text == null ? null : json.readValue(text, BulkResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable bulk result", e);
        }
    }

    private String write(BulkResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Bulk result not writable", e);
        }
    }
}
