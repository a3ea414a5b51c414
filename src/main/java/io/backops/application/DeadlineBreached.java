package io.backops.application;

import java.time.OffsetDateTime;

/**
 * A deadline passed unmet. Recorded once per deadline and round (a review that starts again runs a new round), in
 * the timeline and the {@code backops_deadline_breaches_total} counter; the notification module emails
 * {@code manager}, the manager of whoever had the application (null when there is none to tell).
 */
public record DeadlineBreached(String applicationId, DeadlineName name, OffsetDateTime due, String assignee,
                               String manager, OffsetDateTime at) implements ApplicationEvent {

    @Override
    public TimelineEntry timelineEntry() {
        return new TimelineEntry(at, Actor.SYSTEM.username(), TimelineEvent.DEADLINE_BREACHED, null, name.name(),
                name + " was due " + due.withNano(0) + (assignee == null ? "" : "; with " + assignee));
    }
}
