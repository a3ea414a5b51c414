package io.backops.bulk;

/** What a bulk request does to each of its applications: the single action of the same name. */
public enum BulkAction {
    /** {@code PUT /api/applications/{id}/assignee}. */
    REASSIGN,
    /** {@code POST /api/applications/{id}/kra/repush}. */
    REPUSH,
    /** {@code POST /api/applications/{id}/notes}. */
    ADD_NOTE
}
