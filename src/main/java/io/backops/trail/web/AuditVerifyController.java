package io.backops.trail.web;

import io.backops.shared.web.Callers;
import io.backops.trail.internal.TrailVerification;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditVerifyController {

    private final TrailVerification verification;

    AuditVerifyController(TrailVerification verification) {
        this.verification = verification;
    }

    /** {@code {verified: true, entries, head}} or {@code {verified: false, firstBrokenEntry: {table, id, at}}}. */
    @GetMapping("/api/audit/verify")
    TrailVerification.Result verify(Authentication caller) {
        Callers.requireAdmin(caller, "Only IT admins verify the audit trail");
        return verification.verify();
    }
}
