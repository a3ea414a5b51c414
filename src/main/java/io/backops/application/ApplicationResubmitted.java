package io.backops.application;

import java.time.OffsetDateTime;

/**
 * A draft came back corrected; its flow goes back to review. Published inside the resubmitting transaction.
 * {@code changes} says in a reviewer's words what the correction changed (PAN only masked).
 */
public record ApplicationResubmitted(String applicationId, String distributorArn, String resubmittedBy,
                                     String changes, OffsetDateTime at) implements ApplicationEvent {

    @Override
    public TimelineEntry timelineEntry() {
        return new TimelineEntry(at, resubmittedBy, TimelineEvent.RESUBMITTED, ApplicationStatus.DRAFT.name(),
                ApplicationStatus.PENDING.name(), changes);
    }
}
