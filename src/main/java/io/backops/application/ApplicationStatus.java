package io.backops.application;

/** What the back office sees (DESIGN.md §2); the portal labels DRAFT "Redo". */
public enum ApplicationStatus {
    PENDING, ACCEPTED, REJECTED, DRAFT
}
