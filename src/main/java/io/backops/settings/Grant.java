package io.backops.settings;

/** Parts of the review screen and features that can be switched off for everyone; all are on by default. */
public enum Grant {
    DOCUMENTS, NOTES, HISTORY, INTEGRATION, REPUSH, REASSIGN, NOTIFICATIONS
}
