package io.backops.application;

import io.backops.shared.KraStatus;
import java.time.OffsetDateTime;

/** The KRA's answer moved the application's KRA status. */
public record KraStatusChanged(String applicationId, KraStatus before, KraStatus after, OffsetDateTime at)
        implements ApplicationEvent {

    @Override
    public TimelineEntry timelineEntry() {
        return new TimelineEntry(at, Actor.SYSTEM.username(), TimelineEvent.KRA_STATUS, before.name(), after.name(),
                null);
    }
}
