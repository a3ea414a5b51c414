package io.backops.application;

import java.time.OffsetDateTime;

/** A review outlived its SLA and went to the reviewer's manager. Published inside the escalating transaction. */
public record ReviewEscalated(String applicationId, String previousAssignee, String manager, String detail,
                              OffsetDateTime at) implements ApplicationEvent {

    @Override
    public TimelineEntry timelineEntry() {
        return new TimelineEntry(at, Actor.SYSTEM.username(), TimelineEvent.ESCALATED, previousAssignee, manager,
                detail);
    }
}
