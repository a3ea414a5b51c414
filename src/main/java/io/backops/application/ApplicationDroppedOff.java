package io.backops.application;

import java.time.OffsetDateTime;

/** A draft was not resubmitted in time and dropped off. Published inside the recording transaction. */
public record ApplicationDroppedOff(String applicationId, String distributorArn, String detail, OffsetDateTime at)
        implements ApplicationEvent {

    @Override
    public TimelineEntry timelineEntry() {
        return new TimelineEntry(at, Actor.SYSTEM.username(), TimelineEvent.DROPPED_OFF, null, null, detail);
    }
}
