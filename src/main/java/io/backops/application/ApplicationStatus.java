package io.backops.application;

/** What the back office sees (docs/api.md); the portal labels DRAFT "Redo". */
public enum ApplicationStatus {
    PENDING, ACCEPTED, REJECTED, DRAFT
}
