package io.backops.notification;

/**
 * What a notification announces; the names are those of the distributor callback settings too, except
 * {@link #ACCOUNT_LOCKED}, an email to a person about his account, and {@link #DEADLINE_BREACHED}, an email to a
 * manager about an application of his team that missed a deadline.
 */
public enum NotificationEvent {
    PENDING, ACCEPTED, REJECTED, DRAFT, DROPOFF, ESCALATED, ACCOUNT_LOCKED, DEADLINE_BREACHED
}
