package io.backops.application;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;

/**
 * What the list shows: a status tab ({@code null} for ALL), channels and AMCs, a search text (an application id or
 * its start, a PAN, or part of a name), the direction of time, the page size, where the previous page ended, and
 * optionally only the work of some assignees (within the viewer's scope, never beyond it).
 */
public record ApplicationFilter(ApplicationStatus status, List<String> distributors, List<String> amcs, String text,
                                boolean newestFirst, int size, Position after, List<String> assignees,
                                boolean awaitingApprovalOnly) {

    public ApplicationFilter(ApplicationStatus status, List<String> distributors, List<String> amcs, String text,
                             boolean newestFirst, int size, Position after) {
        this(status, distributors, amcs, text, newestFirst, size, after, null, false);
    }

    /** The list of a tab. */
    public static ApplicationFilter of(ListTab tab, List<String> distributors, List<String> amcs, String text,
                                       boolean newestFirst, int size, Position after) {
        return new ApplicationFilter(tab.status(), distributors, amcs, text, newestFirst, size, after, null,
                tab.awaitingApproval());
    }

    /** The pending work of these people, newest first. */
    public static ApplicationFilter pendingOf(List<String> assignees, int size) {
        return new ApplicationFilter(ApplicationStatus.PENDING, null, null, null, true, size, null, assignees, false);
    }

    /** The last row of the previous page: keyset pagination stays fast however deep one pages. */
    public record Position(OffsetDateTime submittedAt, String id) {

        /** Opaque to clients: where the page ended, so the next one starts right after it. */
        public String cursor() {
            String raw = submittedAt + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        /** A cursor this list gave out; anything else is an {@link IllegalArgumentException}. */
        public static Position fromCursor(String cursor) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int bar = raw.indexOf('|');
                String id = raw.substring(bar + 1);
                if (bar < 0 || !id.matches("^APP-[0-9]{4}-[0-9]{6,}$")) {
                    throw new IllegalArgumentException("malformed cursor");
                }
                return new Position(OffsetDateTime.parse(raw.substring(0, bar)), id);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("not a cursor this list gave out", e);
            }
        }
    }
}
