package io.backops.identity.web;

import io.backops.identity.Role;
import io.backops.identity.UserManagement;
import io.backops.identity.internal.SignedInUsers;
import io.backops.identity.internal.UserAdministration;
import io.backops.identity.internal.UserRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@Tag(name = "Me", description = "The signed-in person: who they are, their password and second factor")
@RestController
class MeController {

    private final UserManagement users;
    private final UserAdministration administration;
    private final SignedInUsers signedIn;

    MeController(UserManagement users, UserAdministration administration, SignedInUsers signedIn) {
        this.users = users;
        this.administration = administration;
        this.signedIn = signedIn;
    }

    @Operation(description = "Who is signed in: username, name, role, manager and team.")
    @GetMapping("/api/me")
    Me me(Principal principal) {
        var user = users.find(principal.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        List<String> team = user.role() == Role.MANAGER ? users.team(user.username()) : List.of();
        return new Me(user.username(), user.name(), user.role(), user.manager(), team);
    }

    /** Changes the caller's own password; the session (if any) then drops the "must change" mark. */
    @Operation(description = "Changes the caller's own password (a one-time one first of all); other sessions of the "
            + "account end.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/api/me/password")
    ResponseEntity<Void> changePassword(@Valid @RequestBody UserRequests.PasswordChange change, Principal principal,
                                        HttpServletRequest request, HttpServletResponse response) {
        administration.changeOwnPassword(principal.getName(), change);
        signedIn.refresh(principal.getName(), request, response);
        return ResponseEntity.noContent().build();
    }

    record Me(String username, String name, Role role, String manager, List<String> team) {
    }
}
