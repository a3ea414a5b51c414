package io.backops.application;

/** What a timeline entry records. The words are stored as they are, so a name never changes once released. */
public enum TimelineEvent {
    SUBMITTED, RESUBMITTED, ASSIGNED, ESCALATED, DECIDED, DECISION_AWAITING_APPROVAL, DECISION_APPROVED,
    DECISION_REFUSED, APPROVAL_ESCALATED, REVERSAL_REQUESTED, REVERSAL_APPROVED, REVERSAL_REFUSED, DROPPED_OFF,
    KRA_STATUS, KRA_POLLING_STOPPED, NOTE_ADDED, BULK_ACTION
}
