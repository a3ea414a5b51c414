package io.backops.identity.web;

import io.backops.identity.Role;
import io.backops.identity.UserStatus;
import io.backops.identity.internal.UserQuery;
import io.backops.shared.PageBounds;
import io.backops.shared.ValidationException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Turns paging and sorting parameters into a query, naming every bad one. */
final class PageRequests {

    static final int MAX_SIZE = 200;

    private PageRequests() {
    }

    static UserQuery userQuery(Role role, UserStatus status, String text, String sort, int page, int size) {
        Map<String, String> errors = new LinkedHashMap<>();
        String[] parts = sort.split(",", 2);
        UserQuery.Sort column = null;
        try {
            column = UserQuery.Sort.valueOf(parts[0].trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put("sort", "must be one of username, name, role, status, optionally followed by ,asc or ,desc");
        }
        String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
        if (!direction.equals("asc") && !direction.equals("desc")) {
            errors.put("sort", "direction must be asc or desc");
        }
        PageBounds.check(page, size, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new UserQuery(null, role, status, text, column, direction.equals("desc"), page, size);
    }
}
