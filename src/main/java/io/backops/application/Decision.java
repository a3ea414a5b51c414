package io.backops.application;

/** A reviewer's decision on a pending application. */
public enum Decision {
    ACCEPT(ApplicationStatus.ACCEPTED), REJECT(ApplicationStatus.REJECTED), DRAFT(ApplicationStatus.DRAFT);

    private final ApplicationStatus resultingStatus;

    Decision(ApplicationStatus resultingStatus) {
        this.resultingStatus = resultingStatus;
    }

    public ApplicationStatus resultingStatus() {
        return resultingStatus;
    }

    /** Rejecting or sending back must tell the investor why. */
    public boolean requiresReason() {
        return this != ACCEPT;
    }
}
