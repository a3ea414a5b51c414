package io.backops.application.internal;

import io.backops.identity.BackofficeUser;
import io.backops.identity.UserManagement;
import org.springframework.stereotype.Component;

/** Who may see an application (DESIGN.md §3). Outside the scope, an application does not exist. */
@Component
public class ApplicationScope {

    private final UserManagement users;

    ApplicationScope(UserManagement users) {
        this.users = users;
    }

    public boolean includes(BackofficeUser user, InvestorApplications.Row application) {
        return switch (user.role()) {
            case ADMIN -> true;
            case MANAGER -> user.username().equals(application.assignee())
                    || (application.assignee() != null && users.team(user.username()).contains(application.assignee()));
            case USER -> user.username().equals(application.assignee());
            case DISTRIBUTOR -> application.distributorArn().equals(user.distributorArn());
        };
    }
}
