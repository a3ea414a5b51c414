package io.backops.application;

import java.time.OffsetDateTime;

/** A checker refused a four-eyes decision: the application goes back to its maker's review with the reason. */
public record DecisionRefused(String applicationId, Decision decision, String maker, String checker, String reason,
                              OffsetDateTime at) implements ApplicationEvent {

    @Override
    public TimelineEntry timelineEntry() {
        return new TimelineEntry(at, checker, TimelineEvent.DECISION_REFUSED, decision.name(), null,
                "refused " + maker + "'s decision: " + reason);
    }
}
