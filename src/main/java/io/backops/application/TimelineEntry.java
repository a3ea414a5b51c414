package io.backops.application;

import java.time.OffsetDateTime;

/**
 * One entry of an application's timeline: who did what and when, with the value before and after. {@code requestId}
 * is the request (or the job it started) that made the change, as in the log lines; the writer fills it in.
 */
public record TimelineEntry(OffsetDateTime at, String actor, TimelineEvent event, String before, String after,
                            String detail, String requestId) {

    public TimelineEntry(OffsetDateTime at, String actor, TimelineEvent event, String before, String after,
                         String detail) {
        this(at, actor, event, before, after, detail, null);
    }
}
