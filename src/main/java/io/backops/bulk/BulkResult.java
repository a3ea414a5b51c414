package io.backops.bulk;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The answer to a bulk request: one outcome per distinct id, in the order given. {@code replayed} says the
 * answer is the stored one of an earlier request with the same idempotency key, and nothing was done again.
 */
public record BulkResult(String id, BulkAction action, String actor, OffsetDateTime at, int done, int refused,
                         List<Item> items, boolean replayed) {

    public BulkResult asReplayed() {
        return new BulkResult(id, action, actor, at, done, refused, items, true);
    }

    /**
     * {@code outcome} DONE, or REFUSED with the status and the problem (RFC 9457 fields: title, status, detail,
     * errors) that the single call would have answered.
     */
    public record Item(String applicationId, String outcome, Integer status, Map<String, Object> problem) {

        public static Item done(String applicationId) {
            return new Item(applicationId, "DONE", null, null);
        }

        public static Item refused(String applicationId, int status, Map<String, Object> problem) {
            return new Item(applicationId, "REFUSED", status, problem);
        }
    }
}
