package io.backops.notification;

/** What a notification announces; the names are those of the distributor callback settings too. */
public enum NotificationEvent {
    PENDING, ACCEPTED, REJECTED, DRAFT, DROPOFF, ESCALATED
}
