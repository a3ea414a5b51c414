package io.backops.identity.web;

import io.backops.identity.internal.PrivilegedUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Reports", description = "The MIS export and the summary counts")
@RestController
@RequestMapping("/api/reports/privileged-users")
class PrivilegedUsersController {

    private final PrivilegedUsers privileged;

    PrivilegedUsersController(PrivilegedUsers privileged) {
        this.privileged = privileged;
    }

    @Operation(description = "Admins and managers with their last sign-in, second factor and last review, for the "
            + "periodic privileged-user review (IT admins).")
    @GetMapping
    List<PrivilegedUsers.PrivilegedUser> report(Principal principal) {
        return privileged.report(principal.getName());
    }

    @Operation(description = "Records that an admin or manager's access was reviewed and is still needed (audited).")
    @PostMapping("/{username}/review")
    ResponseEntity<Void> markReviewed(@PathVariable String username, Principal principal) {
        privileged.markReviewed(principal.getName(), username);
        return ResponseEntity.noContent().build();
    }
}
