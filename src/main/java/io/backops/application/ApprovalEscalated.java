package io.backops.application;

import java.time.OffsetDateTime;

/** A four-eyes decision waited for its checker past the approval SLA; {@code notified} is told by email. */
public record ApprovalEscalated(String applicationId, String maker, String notified, String detail,
                                OffsetDateTime at) implements ApplicationEvent {

    @Override
    public TimelineEntry timelineEntry() {
        return new TimelineEntry(at, Actor.SYSTEM.username(), TimelineEvent.APPROVAL_ESCALATED, maker, notified,
                detail);
    }
}
