package io.backops.identity.internal;

import io.backops.identity.BackofficeUser;
import io.backops.identity.Role;
import io.backops.identity.UserStatus;

/** A user as the user endpoints show it: never a password or its hash. */
public record UserView(String username, String name, String email, String employeeCode, String mobile, Role role,
                       String manager, String distributor, UserStatus status, long pendingApplications,
                       boolean locked) {

    static UserView of(BackofficeUser user, long pendingApplications, boolean locked) {
        return new UserView(user.username(), user.name(), user.email(), user.employeeCode(), user.mobile(),
                user.role(), user.manager(), user.distributorArn(), user.status(), pendingApplications, locked);
    }
}
