package io.backops.application;

import java.time.OffsetDateTime;

/**
 * A reversal took effect: the application is PENDING again and its flow starts a fresh review, with the reviewer who
 * had it last ({@code reviewer}) while he is active. Published inside the approving transaction.
 */
public record ApplicationReversed(String applicationId, String distributorArn, ApplicationStatus from,
                                  String reviewer, String requestedBy, String requestReason, String approvedBy,
                                  String approvalReason, OffsetDateTime at) implements ApplicationEvent {

    @Override
    public TimelineEntry timelineEntry() {
        return new TimelineEntry(at, approvedBy, TimelineEvent.REVERSAL_APPROVED, from.name(),
                ApplicationStatus.PENDING.name(), "requested by " + requestedBy + " (" + requestReason
                        + "), approved by " + approvedBy + (approvalReason == null || approvalReason.isBlank()
                        ? "" : " (" + approvalReason + ")"));
    }
}
