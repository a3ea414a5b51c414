package io.backops.bulk;

/** A bulk request ran: audited once (the ids are in the stored result {@code bulkId}). */
public record BulkActionPerformed(String actor, String bulkId, BulkAction action, String to, int items, int done,
                                  int refused) {
}
