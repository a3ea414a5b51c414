package io.backops.portal;

import io.backops.application.ApplicationDeadlines;
import io.backops.application.ApplicationFilter;
import io.backops.application.ApplicationManagement;
import io.backops.application.ApplicationPage;
import io.backops.application.ApplicationSearch;
import io.backops.application.Deadline;
import io.backops.application.DeadlineState;
import io.backops.identity.BackofficeUser;
import io.backops.identity.Role;
import io.backops.identity.UserManagement;
import io.backops.review.IntegrationProblems;
import io.backops.shared.Paging;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Gathers the dashboard of one person, each part within his scope (docs/roles-and-scopes.md). */
@Component
class Dashboard {

    private static final int QUEUE_PREVIEW = 5;
    private static final int PROBLEMS_SHOWN = 10;

    private final ApplicationSearch search;
    private final ApplicationManagement applications;
    private final UserManagement users;
    private final IntegrationProblems problems;
    private final PortalProperties properties;
    private final ApplicationDeadlines deadlines;

    Dashboard(ApplicationSearch search, ApplicationManagement applications, UserManagement users,
              IntegrationProblems problems, PortalProperties properties, ApplicationDeadlines deadlines) {
        this.search = search;
        this.applications = applications;
        this.users = users;
        this.problems = problems;
        this.properties = properties;
        this.deadlines = deadlines;
    }

    /** Everything one dashboard shows; the parts a role does not have are empty. */
    record View(BackofficeUser user, Map<String, Long> counts, long submittedToday, long submittedThisWeek,
                ApplicationPage myQueue, Map<String, Long> teamQueue, List<IntegrationProblems.Problem> problems,
                Map<String, Deadline.Counts> deadlinesByTeam, List<Deadline.OfApplication> breached) {
    }

    View of(String username) {
        BackofficeUser user = users.find(username).orElseThrow(() -> new AccessDeniedException("Unknown user"));
        LocalDate today = LocalDate.now(properties.zone());
        var startOfToday = today.atStartOfDay(properties.zone()).toOffsetDateTime();
        var startOfWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(properties.zone()).toOffsetDateTime();
        var counts = search.search(username, new ApplicationFilter(null, null, null, null, true, 1, null)).counts();
        ApplicationPage myQueue = user.role().isBackOffice()
                ? search.search(username, ApplicationFilter.pendingOf(List.of(username), QUEUE_PREVIEW))
                : null;
        Map<String, Long> teamQueue = new LinkedHashMap<>();
        if (user.role() == Role.MANAGER) {
            List<String> team = users.team(username);
            Map<String, Long> pending = applications.pendingCounts(team);
            team.forEach(member -> teamQueue.put(member, pending.getOrDefault(member, 0L)));
        }
        boolean followsDeadlines = user.role() == Role.ADMIN || user.role() == Role.MANAGER;
        return new View(user, counts, search.submittedSince(username, startOfToday),
                search.submittedSince(username, startOfWeek), myQueue, teamQueue,
                problems.visibleTo(username, PROBLEMS_SHOWN),
                followsDeadlines ? byTeam(user, deadlines.countsByAssignee(username)) : Map.of(),
                followsDeadlines ? deadlines.list(username, DeadlineState.BREACHED, null,
                        Paging.of(0, PROBLEMS_SHOWN)).items() : List.of());
    }

    /**
     * A manager sees his reviewers one by one; an admin sees teams, each under its manager's name (what no team has:
     * an application nobody has, or one with an admin or a reviewer without a manager, under "nobody").
     */
    private Map<String, Deadline.Counts> byTeam(BackofficeUser viewer, Map<String, Deadline.Counts> byAssignee) {
        Map<String, Deadline.Counts> rows = new TreeMap<>();
        byAssignee.forEach((assignee, counts) -> {
            String row = viewer.role() == Role.MANAGER ? String.valueOf(assignee) : teamOf(assignee);
            rows.merge(row, counts, Deadline.Counts::plus);
        });
        return rows;
    }

    private String teamOf(String assignee) {
        return Optional.ofNullable(assignee).flatMap(users::find).map(BackofficeUser::teamLead).orElse("nobody");
    }
}
