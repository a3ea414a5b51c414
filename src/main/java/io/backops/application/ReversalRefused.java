package io.backops.application;

import java.time.OffsetDateTime;

/** The second person refused a reversal: the decision stands. */
public record ReversalRefused(String applicationId, String requestedBy, String refusedBy, String reason,
                              OffsetDateTime at) implements ApplicationEvent {

    @Override
    public TimelineEntry timelineEntry() {
        return new TimelineEntry(at, refusedBy, TimelineEvent.REVERSAL_REFUSED, null, null,
                "refused " + requestedBy + "'s reversal: " + reason);
    }
}
