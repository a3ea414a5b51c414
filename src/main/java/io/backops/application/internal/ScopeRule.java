package io.backops.application.internal;

import io.backops.application.ApplicationScope;
import io.backops.identity.BackofficeUser;
import io.backops.identity.UserManagement;
import org.springframework.stereotype.Component;

/** Builds a user's {@link ApplicationScope}; a manager's team is read once for however many rows follow. */
@Component
public class ScopeRule {

    private final UserManagement users;

    ScopeRule(UserManagement users) {
        this.users = users;
    }

    public ApplicationScope of(BackofficeUser user) {
        return switch (user.role()) {
            case ADMIN -> ApplicationScope.everything();
            case MANAGER -> ApplicationScope.assignedTo(users.teamAndSelf(user.username()));
            case REVIEWER -> ApplicationScope.assignedTo(java.util.List.of(user.username()));
            case DISTRIBUTOR -> ApplicationScope.channel(user.distributorArn());
            case INVESTOR -> ApplicationScope.submittedBy(user.username());
        };
    }
}
