package io.backops.portal;

import io.backops.application.ApplicationFilter;
import io.backops.application.ListTab;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;

/**
 * The list page's query string, read leniently: a person who edits the URL by hand gets the list with that part
 * ignored and a message saying so, not an error page. Values are only compared or bound, never spliced into SQL.
 */
record ApplicationListForm(String status, List<String> distributor, String amc, String q, String sort, String cursor,
                           String size) {

    static final int PAGE_SIZE = 25;
    /** Longer pages let a manager select a few hundred rows for one bulk action (at most 500, its limit). */
    static final List<Integer> PAGE_SIZES = List.of(25, 100, 200, 500);
    static final List<String> TABS = Arrays.stream(ListTab.values()).map(Enum::name).toList();

    ApplicationListForm {
        distributor = distributor == null ? List.of() : distributor.stream().filter(d -> !d.isBlank()).toList();
    }

    /** The filter to run, and what of the request had to be ignored. */
    record Reading(ApplicationFilter filter, String tab, boolean newestFirst, List<String> ignored) {
    }

    Reading read() {
        List<String> ignored = new ArrayList<>();
        String tab = status == null || status.isBlank() ? "PENDING" : status;
        if (!TABS.contains(tab)) {
            ignored.add("status");
            tab = "PENDING";
        }
        boolean newestFirst = !"oldest".equals(sort);
        if (sort != null && !sort.isBlank() && !List.of("newest", "oldest").contains(sort)) {
            ignored.add("sort");
        }
        String text = q == null ? null : q.strip();
        if (text != null && text.length() > 100) {
            ignored.add("search (longer than 100 characters)");
            text = null;
        }
        ApplicationFilter.Position after = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                after = ApplicationFilter.Position.fromCursor(cursor);
            } catch (IllegalArgumentException e) {
                ignored.add("page");
            }
        }
        var filter = ApplicationFilter.of(ListTab.valueOf(tab), distributor,
                amc == null || amc.isBlank() ? null : List.of(amc.strip()), text, newestFirst, pageSize(ignored), after);
        return new Reading(filter, tab, newestFirst, ignored);
    }

    int pageSize() {
        return pageSize(new ArrayList<>());
    }

    private int pageSize(List<String> ignored) {
        if (size == null || size.isBlank()) {
            return PAGE_SIZE;
        }
        try {
            int chosen = Integer.parseInt(size.strip());
            if (PAGE_SIZES.contains(chosen)) {
                return chosen;
            }
        } catch (NumberFormatException e) {
            // ignored below, like any other unreadable part
        }
        ignored.add("rows per page");
        return PAGE_SIZE;
    }
}
