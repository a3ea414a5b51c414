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
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** KRA integration status (docs/api.md): per application in scope, and across applications for admins and managers. */
@RestController
class IntegrationController {

    private static final int LIST_LIMIT = 200;

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
    @PostMapping("/api/applications/{id}/kra/poll")
    KraStatusCheck.Checked poll(@PathVariable String id, Principal principal) {
        return statusCheck.checkNow(id, principal.getName());
    }

    @PostMapping("/api/applications/{id}/kra/repush")
    ResponseEntity<Map<String, String>> repush(@PathVariable String id, Principal principal) {
        repush.repush(id, principal.getName());
        return ResponseEntity.accepted().body(Map.of("applicationId", id, "status", "re-push scheduled"));
    }

    /** {@code ?kra=&status=}: the newest {@value LIST_LIMIT}; a manager sees his team's. */
    @GetMapping("/api/integrations")
    Map<String, List<IntegrationStatus>> integrations(@RequestParam(required = false) String kra,
                                                   @RequestParam(required = false) KraStatus status,
                                                   Principal principal) {
        var role = users.find(principal.getName()).map(user -> user.role()).orElse(null);
        if (role != Role.ADMIN && role != Role.MANAGER) {
            throw new AccessDeniedException("Only admins and managers watch integrations");
        }
        var items = statuses.list(kra, status, LIST_LIMIT);
        if (role == Role.MANAGER) {
            var inScope = applications.inScope(items.stream().map(IntegrationStatus::applicationId).toList(),
                    principal.getName());
            items = items.stream().filter(item -> inScope.contains(item.applicationId())).toList();
        }
        return Map.of("items", items);
    }
}
