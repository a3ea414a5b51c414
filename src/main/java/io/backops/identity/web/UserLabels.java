package io.backops.identity.web;

import io.backops.identity.Role;
import io.backops.identity.UserStatus;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Roles and statuses in the words of docs/roles-and-scopes.md ({@code ${@userLabels...}} in the templates). */
@Component("userLabels")
class UserLabels {

    private static final Map<Role, String> ROLES = Map.of(Role.ADMIN, "IT admin", Role.MANAGER, "Manager",
            Role.REVIEWER, "Reviewer", Role.DISTRIBUTOR, "Distributor");
    private static final Map<UserStatus, String> STATUSES = Map.of(UserStatus.ACTIVE, "Active",
            UserStatus.INACTIVE, "Inactive", UserStatus.ON_LEAVE, "On leave");

    public String role(Role role) {
        return role == null ? "" : ROLES.get(role);
    }

    public String status(UserStatus status) {
        return status == null ? "" : STATUSES.get(status);
    }
}
