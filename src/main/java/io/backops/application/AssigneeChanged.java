package io.backops.application;

import java.time.OffsetDateTime;

/** The review moved to another person (the flow's choice, a reassignment, an assignment in Tasklist). */
public record AssigneeChanged(String applicationId, String before, String after, String changedBy, OffsetDateTime at)
        implements ApplicationEvent {

    @Override
    public TimelineEntry timelineEntry() {
        return new TimelineEntry(at, changedBy, TimelineEvent.ASSIGNED, before, after, null);
    }
}
