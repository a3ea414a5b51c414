package io.backops.application;

import java.time.OffsetDateTime;

/** A reviewer's decision that a four-eyes rule holds back until a second person approves it. */
public record DecisionAwaitingApproval(String applicationId, Decision decision, String reason, String maker,
                                       OffsetDateTime at) implements ApplicationEvent {

    @Override
    public TimelineEntry timelineEntry() {
        return new TimelineEntry(at, maker, TimelineEvent.DECISION_AWAITING_APPROVAL, null, decision.name(), reason);
    }
}
