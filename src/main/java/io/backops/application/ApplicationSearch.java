package io.backops.application;

import io.backops.application.internal.ApplicationListing;
import io.backops.application.internal.ScopeRule;
import io.backops.identity.BackofficeUser;
import io.backops.identity.UserManagement;
import java.time.OffsetDateTime;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application list (docs/api.md): status tabs with their counts, filters, search, sort by submission time and
 * keyset pagination, all within the viewer's scope and all done by the database.
 */
@Service
public class ApplicationSearch {

    private final ApplicationListing listing;
    private final ScopeRule scope;
    private final UserManagement users;

    ApplicationSearch(ApplicationListing listing, ScopeRule scope, UserManagement users) {
        this.listing = listing;
        this.scope = scope;
        this.users = users;
    }

    @Transactional(readOnly = true)
    public ApplicationPage search(String viewer, ApplicationFilter filter) {
        BackofficeUser user = user(viewer);
        var page = listing.page(visibleTo(user), filter);
        if (!user.role().isBackOffice()) {
            page = page.withoutAssignees();
        }
        return page;
    }

    /** How many applications the viewer may see were submitted at or after this time. */
    @Transactional(readOnly = true)
    public long submittedSince(String viewer, OffsetDateTime since) {
        return listing.submittedSince(visibleTo(user(viewer)), since);
    }

    private BackofficeUser user(String viewer) {
        return users.find(viewer).orElseThrow(() -> new AccessDeniedException("Unknown user"));
    }

    private ApplicationScope visibleTo(BackofficeUser user) {
        return scope.of(user);
    }
}
