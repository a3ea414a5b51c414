package io.backops.application;

import java.time.OffsetDateTime;

/**
 * Published inside the submitting transaction: the review module starts the flow in the same transaction.
 * {@code startingBucket} is where classification puts it: PENDING for review, or straight to ACCEPTED or REJECTED.
 */
public record ApplicationSubmitted(String applicationId, String distributorArn, ApplicationType applicationType,
                                   RiskClass riskClass, String riskRule, ApplicationStatus startingBucket,
                                   String submittedBy, OffsetDateTime at) implements ApplicationEvent {

    @Override
    public TimelineEntry timelineEntry() {
        return new TimelineEntry(at, submittedBy, TimelineEvent.SUBMITTED, null, ApplicationStatus.PENDING.name(),
                "through " + distributorArn + "; " + riskClass + ": " + riskRule);
    }
}
