package io.backops.application;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the list shows: a status tab ({@code null} for ALL), channels and AMCs, a search text (an application id or
 * its start, a PAN, or part of a name), the direction of time, the page size, and where the previous page ended.
 */
public record ApplicationFilter(ApplicationStatus status, List<String> distributors, List<String> amcs, String text,
                                boolean newestFirst, int size, Position after) {

    /** The last row of the previous page: keyset pagination stays fast however deep one pages. */
    public record Position(OffsetDateTime submittedAt, String id) {
    }
}
