package io.backops.application.web;

import io.backops.application.ApplicationRetention;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
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
