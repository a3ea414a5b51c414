package io.backops.identity.web;

import io.backops.identity.Role;
import io.backops.identity.UserStatus;
import io.backops.identity.internal.UserAdministration;
import io.backops.identity.internal.UserView;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The people a user form offers to pick. Each list comes from {@link UserAdministration#list}, so it holds only
 * whom the actor may see; the service checks the choice again when the form comes back.
 */
@Component
class UserChoices {

    private final UserAdministration users;

    UserChoices(UserAdministration users) {
        this.users = users;
    }

    /** Managers a reviewer can be placed under (an admin's choice: others get none). */
    List<UserView> managers(String actor) {
        return users.list(actor, PageRequests.userQuery(Role.MANAGER, null, null, "name,asc", 0,
                PageRequests.MAX_SIZE)).items();
    }

    /** Who can take {@code from}'s pending work: active reviewers and managers in the actor's scope, not himself. */
    List<UserView> reassignmentTargets(String actor, String from) {
        return users.list(actor, PageRequests.userQuery(null, UserStatus.ACTIVE, null, "name,asc", 0,
                        PageRequests.MAX_SIZE)).items().stream()
                .filter(user -> user.role() == Role.REVIEWER || user.role() == Role.MANAGER)
                .filter(user -> !user.username().equals(from))
                .toList();
    }
}
