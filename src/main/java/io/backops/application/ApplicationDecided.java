package io.backops.application;

import java.time.OffsetDateTime;

/**
 * A decision took effect (by a person, by the flow itself, or a four-eyes decision its checker approved). Published
 * inside the deciding transaction, so that whatever listens (notifications) commits or rolls back with the decision.
 * {@code approvedBy} is the checker of a four-eyes decision, null when none was needed.
 */
public record ApplicationDecided(String applicationId, String distributorArn, ApplicationStatus outcome, String reason,
                                 String decidedBy, OffsetDateTime decidedAt, String approvedBy)
        implements ApplicationEvent {

    @Override
    public String applicationId() {
        return applicationId;
    }

    @Override
    public TimelineEntry timelineEntry() {
        return new TimelineEntry(decidedAt, approvedBy == null ? decidedBy : approvedBy, TimelineEvent.DECIDED,
                ApplicationStatus.PENDING.name(), outcome.name(),
                approvedBy == null ? reason : "decided by " + decidedBy + " (" + reason(reason) + "), approved by "
                        + approvedBy);
    }

    private static String reason(String reason) {
        return reason == null || reason.isBlank() ? "no reason given" : reason;
    }
}
