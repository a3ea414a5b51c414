package io.backops.identity.internal;

import io.backops.identity.Role;
import io.backops.identity.UserStatus;
import java.util.List;
import java.util.Locale;

/**
 * A page of the user list: filters, sort and paging, all applied by the database. {@code manager} narrows the list
 * to one team.
 */
public record UserQuery(String manager, Role role, UserStatus status, String text, Sort sort, boolean descending, int page,
                 int size) {

    public enum Sort {
        USERNAME("username"), NAME("name"), ROLE("role"), STATUS("status");

        private final String column;

        Sort(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }
    }

    void filter(StringBuilder sql, List<Object> params) {
        if (manager != null) {
            sql.append(" and manager = ?");
            params.add(manager);
        }
        if (role != null) {
            sql.append(" and role = ?");
            params.add(role.name());
        }
        if (status != null) {
            sql.append(" and status = ?");
            params.add(status.name());
        }
        if (text != null && !text.isBlank()) {
            sql.append(" and (lower(username) like ? or lower(name) like ? or lower(email) like ?)");
            String like = "%" + text.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            params.add(like);
            params.add(like);
            params.add(like);
        }
    }
}
