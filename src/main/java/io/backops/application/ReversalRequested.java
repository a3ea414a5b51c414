package io.backops.application;

import java.time.OffsetDateTime;

/** An admin or manager asked to put a decided application back to review; nothing changes until a second approves. */
public record ReversalRequested(String applicationId, ApplicationStatus from, String requestedBy, String reason,
                                OffsetDateTime at) implements ApplicationEvent {

    @Override
    public TimelineEntry timelineEntry() {
        return new TimelineEntry(at, requestedBy, TimelineEvent.REVERSAL_REQUESTED, from.name(),
                ApplicationStatus.PENDING.name(), reason);
    }
}
