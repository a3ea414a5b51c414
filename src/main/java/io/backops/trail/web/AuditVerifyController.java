package io.backops.trail.web;

import io.backops.shared.web.Callers;
import io.backops.trail.internal.TrailVerification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Security audit")
@RestController
class AuditVerifyController {

    private final TrailVerification verification;

    AuditVerifyController(TrailVerification verification) {
        this.verification = verification;
    }

    /** {@code {verified: true, entries, head}} or {@code {verified: false, firstBrokenEntry: {table, id, at}}}. */
    @Operation(description = "Walks the audit's and the timelines' hash chains and reports any break.")
    @GetMapping("/api/audit/verify")
    TrailVerification.Result verify(Authentication caller) {
        Callers.requireAdmin(caller, "Only IT admins verify the audit trail");
        return verification.verify();
    }
}
