package io.backops.application;

import io.backops.application.internal.ApplicationListing;
import io.backops.identity.BackofficeUser;
import io.backops.identity.UserManagement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application list (DESIGN.md §5): status tabs with their counts, filters, search, sort by submission time and
 * keyset pagination, all within the viewer's scope and all done by the database.
 */
@Service
public class ApplicationSearch {

    private final ApplicationListing listing;
    private final UserManagement users;

    ApplicationSearch(ApplicationListing listing, UserManagement users) {
        this.listing = listing;
        this.users = users;
    }

    @Transactional(readOnly = true)
    public ApplicationPage search(String viewer, ApplicationFilter filter) {
        BackofficeUser user = users.find(viewer).orElseThrow(() -> new AccessDeniedException("Unknown user"));
        var scope = switch (user.role()) {
            case ADMIN -> ApplicationListing.Scope.everything();
            case MANAGER -> ApplicationListing.Scope.assignedTo(teamAndSelf(user));
            case USER -> ApplicationListing.Scope.assignedTo(List.of(user.username()));
            case DISTRIBUTOR -> ApplicationListing.Scope.channel(user.distributorArn());
        };
        var page = listing.page(scope, filter);
        if (!user.role().isBackOffice()) {
            page = page.withoutAssignees();
        }
        return page;
    }

    private List<String> teamAndSelf(BackofficeUser manager) {
        var people = new ArrayList<>(users.team(manager.username()));
        people.add(manager.username());
        return people;
    }
}
