package io.backops.application.web;

import io.backops.application.ApplicationLifecycle;
import io.backops.application.ApplicationManagement;
import io.backops.application.ApplicationView;
import io.backops.application.InvestorApplication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reversals: an admin or manager asks to put a decided application back to review (202: nothing changes yet), and a
 * second person approves (the application is PENDING again) or refuses (the decision stands).
 */
@Tag(name = "Applications")
@RestController
@RequestMapping("/api/applications/{id}/reversal")
class ReversalController {

    private final ApplicationLifecycle lifecycle;
    private final ApplicationManagement applications;

    ReversalController(ApplicationLifecycle lifecycle, ApplicationManagement applications) {
        this.lifecycle = lifecycle;
        this.applications = applications;
    }

    @Operation(description = "Asks for a decided application to go back to review; a second person approves.")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping
    ResponseEntity<ApplicationView> request(@PathVariable String id, @Valid @RequestBody ReversalRequest request,
                                            Principal principal) {
        lifecycle.requestReversal(id, request.reason(), principal.getName());
        return ResponseEntity.accepted().body(applications.view(id, principal.getName()));
    }

    @Operation(description = "Approves or refuses a requested reversal.")
    @PostMapping("/approval")
    ApplicationView approve(@PathVariable String id, @Valid @RequestBody CheckRequest request, Principal principal) {
        lifecycle.checkReversal(id, request.approve(), request.reason(), principal.getName());
        return applications.view(id, principal.getName());
    }

    record ReversalRequest(@Size(max = InvestorApplication.MAX_REASON_LENGTH) String reason) {
    }

    /** A second person's answer: approve or refuse, with a reason (required to refuse). */
    record CheckRequest(@NotNull Boolean approve, @Size(max = InvestorApplication.MAX_REASON_LENGTH) String reason) {
    }
}
