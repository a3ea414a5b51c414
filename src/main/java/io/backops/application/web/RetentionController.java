package io.backops.application.web;

import io.backops.application.ApplicationRetention;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Retention", description = "How long personal data is kept, and its erasure")
class RetentionController {

    private final ApplicationRetention retention;

    RetentionController(ApplicationRetention retention) {
        this.retention = retention;
    }

    @Operation(description = "The retention policy, this node's last and next run of the erasure job, and how many "
            + "applications are due, held back by a legal hold, and erased (IT admins).")
    @GetMapping("/api/retention")
    ApplicationRetention.Report report(Principal principal) {
        return retention.report(principal.getName());
    }

    /** The PAN travels in the body, never in a URL that access logs would keep. */
    record RelationshipEndRequest(String pan, LocalDate endedOn, String reason) {
    }

    record WithdrawalRequest(String pan, String reason) {
    }

    @Operation(description = "Records that an investor's relationship with the AMC ended, or corrects the date (IT "
            + "admins). Five years later (PMLA) his accepted applications are erased like any other. 201 with the "
            + "masked PAN, the date the records are kept until and the applications; 404 when no accepted application "
            + "has this PAN; 422 naming each bad field.")
    @PostMapping("/api/retention/relationship-ends")
    ResponseEntity<ApplicationRetention.RelationshipEnd> recordRelationshipEnd(
            @RequestBody RelationshipEndRequest request, Principal principal) {
        return ResponseEntity.status(HttpStatus.CREATED).body(retention.recordRelationshipEnd(request.pan(),
                request.endedOn(), request.reason(), principal.getName()));
    }

    @Operation(description = "Withdraws a recorded end of an investor's relationship (recorded by mistake, or the "
            + "investor came back) (IT admins). 204; 404 when none is recorded; 422 naming each bad field.")
    @PostMapping("/api/retention/relationship-ends/withdrawal")
    ResponseEntity<Void> withdrawRelationshipEnd(@RequestBody WithdrawalRequest request, Principal principal) {
        retention.withdrawRelationshipEnd(request.pan(), request.reason(), principal.getName());
        return ResponseEntity.noContent().build();
    }

    /** The body of an erasure request: why (required, at most 1,000 characters). */
    record ErasureRequest(String reason) {
    }

    @Operation(description = "Erases the application's personal data now (IT admins); 409 naming why while the law "
            + "or a legal hold keeps it, or while it is still in progress.")
    @PostMapping("/api/applications/{id}/erasure")
    ResponseEntity<Void> erase(@PathVariable String id, @RequestBody ErasureRequest request, Principal principal) {
        retention.requestErasure(id, principal.getName(), request.reason());
        return ResponseEntity.noContent().build();
    }
}
