package io.backops.application;

import java.time.OffsetDateTime;

/**
 * An application's personal data was erased (its retention period passed, or an admin granted an erasure request).
 * Published inside the erasing transaction: each module that keeps personal data of the application (the KRA
 * records, the notifications) erases its own with it, or nothing is erased.
 */
public record ApplicationErased(String applicationId, String erasedBy, String reason, OffsetDateTime at)
        implements ApplicationEvent {

    /** What stands in every erased text field, in every module; a PAN column that says it cannot be a PAN. */
    public static final String MARKER = "ERASED";

    @Override
    public TimelineEntry timelineEntry() {
        return new TimelineEntry(at, erasedBy, TimelineEvent.ERASED, null, null, reason);
    }
}
