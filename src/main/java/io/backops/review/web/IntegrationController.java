package io.backops.review.web;

import io.backops.application.ApplicationManagement;
import io.backops.identity.Role;
import io.backops.identity.UserManagement;
import io.backops.review.IntegrationStatus;
import io.backops.review.IntegrationStatuses;
import io.backops.review.KraRepush;
import io.backops.review.KraStatusCheck;
import io.backops.settings.Grant;
import io.backops.settings.Settings;
import io.backops.shared.KraStatus;
import io.backops.shared.ListPage;
import io.backops.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** KRA integration status (docs/api.md): per application in scope, and across applications for admins and managers. */
@Tag(name = "KRA", description = "The KRA integration: status, attempts, re-push and polling")
@RestController
class IntegrationController {

    private static final int SCOPE_CHECK_CHUNK = 1_000;

    private final IntegrationStatuses statuses;
    private final KraStatusCheck statusCheck;
    private final KraRepush repush;
    private final ApplicationManagement applications;
    private final UserManagement users;
    private final Settings settings;

    IntegrationController(IntegrationStatuses statuses, KraStatusCheck statusCheck, KraRepush repush,
                          ApplicationManagement applications, UserManagement users, Settings settings) {
        this.settings = settings;
        this.statuses = statuses;
        this.statusCheck = statusCheck;
        this.repush = repush;
        this.applications = applications;
        this.users = users;
    }

    /** Every attempt from the first one, and while the KRA is down the retry or incident of the engine's job. */
    @Operation(description = "The application's KRA status and attempts (the status only, for its channel).")
    @GetMapping("/api/applications/{id}/integration")
    IntegrationStatus integration(@PathVariable String id, Principal principal) {
        settings.require(Grant.INTEGRATION);
        applications.requireInScope(id, principal.getName());
        boolean backOffice = users.isBackOffice(principal.getName());
        var integration = statuses.of(id).orElseGet(() ->
                new IntegrationStatus(id, null, KraStatus.NOT_PUSHED, null, null, null, null, null, List.of()));
        return backOffice ? integration : integration.statusOnly();
    }

    /** "Check KRA status now": 200 with the status after asking; {@code answered} false when the KRA did not answer. */
    @Operation(description = "Asks the KRA for the application's status now; recorded as an attempt naming the caller.")
    @PostMapping("/api/applications/{id}/kra/poll")
    KraStatusCheck.Checked poll(@PathVariable String id, Principal principal) {
        return statusCheck.checkNow(id, principal.getName());
    }

    @Operation(description = "Gives a failed KRA push new retries; 409 when there is nothing to re-push.")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping("/api/applications/{id}/kra/repush")
    ResponseEntity<Map<String, String>> repush(@PathVariable String id, Principal principal) {
        repush.repush(id, principal.getName());
        return ResponseEntity.accepted().body(Map.of("applicationId", id, "status", "re-push scheduled"));
    }

    /**
     * {@code ?kra=&status=&page=&size=}: newest change first; a manager sees his team's. The sources are read in that
     * order only as far as the page needs; for a manager, further while other teams' rows fill what was read.
     */
    @Operation(description = "KRA integration status across applications, newest change first, paged; a manager sees "
            + "his team's.")
    @GetMapping("/api/integrations")
    ListPage<IntegrationStatus> integrations(@RequestParam(required = false) String kra,
                                             @RequestParam(required = false) KraStatus status,
                                             @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size,
                                             Principal principal) {
        var role = users.find(principal.getName()).map(user -> user.role()).orElse(null);
        if (role != Role.ADMIN && role != Role.MANAGER) {
            throw new AccessDeniedException("Only admins and managers watch integrations");
        }
        Paging paging = Paging.of(page, size);
        int rows = paging.rowsToRead();
        while (true) {
            var read = statuses.list(kra, status, rows);
            var items = read;
            if (role == Role.MANAGER) {
                var inScope = inScope(read, principal.getName());
                items = read.stream().filter(item -> inScope.contains(item.applicationId())).toList();
            }
            boolean sourceExhausted = read.size() < rows;
            if (items.size() >= paging.rowsToRead() || sourceExhausted || rows >= Paging.MAX_REACH) {
                return paging.of(items);
            }
            rows = Math.min(rows * 4, Paging.MAX_REACH);
        }
    }

    /** Asked a thousand at a time: a database takes only so many parameters in one statement. */
    private Set<String> inScope(List<IntegrationStatus> items, String viewer) {
        Set<String> inScope = new HashSet<>();
        List<String> ids = items.stream().map(IntegrationStatus::applicationId).toList();
        for (int from = 0; from < ids.size(); from += SCOPE_CHECK_CHUNK) {
            inScope.addAll(applications.inScope(ids.subList(from, Math.min(from + SCOPE_CHECK_CHUNK, ids.size())),
                    viewer));
        }
        return inScope;
    }
}
