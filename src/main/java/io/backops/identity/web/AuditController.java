package io.backops.identity.web;

import io.backops.identity.internal.SecurityAuditQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.OffsetDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Security audit", description = "The append-only audit of sign-ins, lock-outs and user administration")
@RestController
class AuditController {

    private final SecurityAuditQueries audit;

    AuditController(SecurityAuditQueries audit) {
        this.audit = audit;
    }

    /** {@code ?user=&from=&to=&page=&size=}, newest first; {@code from} inclusive, {@code to} exclusive. */
    @Operation(description = "The security audit, newest first, filtered by user and period, paged.")
    @GetMapping("/api/audit")
    SecurityAuditQueries.AuditPage audit(@RequestParam(required = false) String user,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "100") int size,
                                         Principal principal) {
        return audit.find(principal.getName(), user, from, to, page, size);
    }
}
