package io.backops.application.web;

import io.backops.application.ApplicationFilter;
import io.backops.application.ListTab;
import io.backops.shared.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The list's query parameters, checked and turned into a filter; every bad one is named. */
final class ListParameters {

    static final int MAX_SIZE = 100;

    private ListParameters() {
    }

    static ApplicationFilter filter(String status, List<String> distributors, List<String> amcs, String text,
                                    String sort, int size, String cursor) {
        Map<String, String> errors = new LinkedHashMap<>();
        ListTab tab = ListTab.of(status).orElse(ListTab.ALL);
        if (ListTab.of(status).isEmpty()) {
            errors.put("status", "must be one of " + ListTab.words());
        }
        boolean newestFirst = true;
        switch (sort) {
            case "submittedAt,desc", "submittedAt" -> newestFirst = true;
            case "submittedAt,asc" -> newestFirst = false;
            default -> errors.put("sort", "must be submittedAt,desc or submittedAt,asc");
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.put("size", "must be between 1 and " + MAX_SIZE);
        }
        if (text != null && text.length() > 100) {
            errors.put("q", "must have at most 100 characters");
        }
        ApplicationFilter.Position after = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                after = ApplicationFilter.Position.fromCursor(cursor);
            } catch (IllegalArgumentException e) {
                errors.put("cursor", "is not a cursor this list gave out");
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return ApplicationFilter.of(tab, distributors, amcs, text, newestFirst, size, after);
    }

    static String cursor(ApplicationFilter.Position next) {
        return next == null ? null : next.cursor();
    }
}
