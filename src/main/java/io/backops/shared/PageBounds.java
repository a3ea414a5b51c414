package io.backops.shared;

import java.util.Map;

/** The paging parameters every list takes: a page from 0, a size from 1 to a list's own maximum. */
public final class PageBounds {

    private PageBounds() {
    }

    /** Adds what is wrong with {@code page} and {@code size} to {@code errors}, under those names. */
    public static void check(int page, int size, int maxSize, Map<String, String> errors) {
        if (page < 0) {
            errors.put("page", "must not be negative");
        }
        if (size < 1 || size > maxSize) {
            errors.put("size", "must be between 1 and " + maxSize);
        }
    }
}
