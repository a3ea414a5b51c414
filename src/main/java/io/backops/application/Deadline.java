package io.backops.application;

import java.time.OffsetDateTime;

/**
 * One clock of an application: when its step began, when it is due, where it stands, and when it was met (possibly
 * late: a deadline met after it was due is MET, and its breach stays in the timeline).
 */
public record Deadline(DeadlineName name, OffsetDateTime startedAt, OffsetDateTime due, DeadlineState state,
                       OffsetDateTime metAt) {

    /** Open clocks of someone's applications that are due soon and that are breached. */
    public record Counts(long dueSoon, long breached) {

        public Counts plus(Counts other) {
            return new Counts(dueSoon + other.dueSoon, breached + other.breached);
        }
    }

    /** A deadline in a list across applications, with what a manager needs to act on it. */
    public record OfApplication(String applicationId, String applicantName, String assignee, Deadline deadline) {
    }
}
