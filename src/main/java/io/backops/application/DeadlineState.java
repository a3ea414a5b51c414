package io.backops.application;

/** Where a deadline stands now; DUE_SOON starts a configured time before it is due (a day by default). */
public enum DeadlineState {
    ON_TRACK, DUE_SOON, BREACHED, MET
}
