package io.backops.application;

import io.backops.application.internal.DeadlineProperties;
import io.backops.application.internal.DeadlineRecords;
import io.backops.application.internal.ScopeRule;
import io.backops.identity.Role;
import io.backops.identity.UserManagement;
import io.backops.shared.ListPage;
import io.backops.shared.NotFoundException;
import io.backops.shared.Paging;
import io.backops.shared.ValidationException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The applications' clocks: one application's, and the ones due soon or breached in a person's scope. */
@Service
public class ApplicationDeadlines {

    private final DeadlineRecords records;
    private final DeadlineProperties properties;
    private final ScopeRule scopes;
    private final UserManagement users;
    private final Clock clock = Clock.systemUTC();

    ApplicationDeadlines(DeadlineRecords records, DeadlineProperties properties, ScopeRule scopes,
                         UserManagement users) {
        this.records = records;
        this.properties = properties;
        this.scopes = scopes;
        this.users = users;
    }

    /** No scope check: the caller has shown the application to its viewer already. */
    @Transactional(readOnly = true)
    public List<Deadline> of(String applicationId) {
        return records.of(applicationId, OffsetDateTime.now(clock), properties.dueSoon());
    }

    /**
     * For admins (everything) and managers (their team and themselves). Open clocks that are {@code DUE_SOON} or {@code BREACHED} (of one name, or all) in the viewer's scope, most
     * urgent first. Only those two states make a list worth working through; any other is refused, named.
     */
    @Transactional(readOnly = true)
    public ListPage<Deadline.OfApplication> list(String viewer, DeadlineState state, DeadlineName name,
                                                 Paging paging) {
        if (state != DeadlineState.DUE_SOON && state != DeadlineState.BREACHED) {
            throw new ValidationException(Map.of("state", "must be DUE_SOON or BREACHED"));
        }
        return records.list(scopeOfFollower(viewer), state, name, paging, OffsetDateTime.now(clock),
                properties.dueSoon());
    }

    /** For admins and managers: open clocks due soon and breached in their scope, per assignee. */
    @Transactional(readOnly = true)
    public Map<String, Deadline.Counts> countsByAssignee(String viewer) {
        return records.countsByAssignee(scopeOfFollower(viewer), OffsetDateTime.now(clock), properties.dueSoon());
    }

    private ApplicationScope scopeOfFollower(String viewer) {
        var user = users.find(viewer).orElseThrow(() -> new NotFoundException("No such user"));
        if (user.role() != Role.ADMIN && user.role() != Role.MANAGER) {
            throw new AccessDeniedException("Admins and managers follow deadlines across applications");
        }
        return scopes.of(user);
    }
}
