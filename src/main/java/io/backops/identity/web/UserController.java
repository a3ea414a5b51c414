package io.backops.identity.web;

import io.backops.identity.PendingWork;
import io.backops.identity.Role;
import io.backops.identity.UserStatus;
import io.backops.identity.internal.SessionView;
import io.backops.identity.internal.UserAdministration;
import io.backops.identity.internal.UserRequests;
import io.backops.identity.internal.UserView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Users", description = "Back-office users and investor logins: create, change, unlock, reassign")
@RestController
@RequestMapping("/api/users")
class UserController {

    private final UserAdministration users;

    UserController(UserAdministration users) {
        this.users = users;
    }

    /** {@code ?role=&status=&q=&sort=username,asc&page=0&size=50}; managers get their team. */
    @Operation(description = "The users in the caller's scope (admins all, managers their team), filtered, sorted and "
            + "paged.")
    @GetMapping
    UserAdministration.UserPage list(@RequestParam(required = false) Role role,
                                     @RequestParam(required = false) UserStatus status,
                                     @RequestParam(required = false) String q,
                                     @RequestParam(defaultValue = "username,asc") String sort,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "50") int size,
                                     Principal principal) {
        return users.list(principal.getName(), PageRequests.userQuery(role, status, q, sort, page, size));
    }

    @Operation(description = "One user in the caller's scope.")
    @GetMapping("/{username}")
    UserView view(@PathVariable String username, Principal principal) {
        return users.view(principal.getName(), username);
    }

    @Operation(description = "Creates a user; the answer holds a one-time password, shown this once.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<UserAdministration.CreatedUser> create(@Valid @RequestBody UserRequests.NewUser request,
                                                          Principal principal) {
        var created = users.create(principal.getName(), request);
        return ResponseEntity.created(URI.create("/api/users/" + created.user().username())).body(created);
    }

    @Operation(description = "Changes a user's name, email, role, team or status; only the fields sent change.")
    @PatchMapping("/{username}")
    UserView update(@PathVariable String username, @Valid @RequestBody UserRequests.UserPatch patch,
                    Principal principal) {
        return users.update(principal.getName(), username, patch);
    }

    @Operation(description = "Moves a user's open reviews to other reviewers, for someone leaving or on leave.")
    @PostMapping("/{username}/reassign")
    Reassigned reassign(@PathVariable String username, @RequestBody(required = false) UserRequests.Reassign request,
                        Principal principal) {
        var moved = users.reassign(principal.getName(), username, request == null ? null : request.to());
        return new Reassigned(moved.size(), moved);
    }

    @Operation(description = "Lifts a lock-out after failed sign-ins (audited).")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/{username}/unlock")
    ResponseEntity<Void> unlock(@PathVariable String username, Principal principal) {
        users.unlock(principal.getName(), username);
        return ResponseEntity.noContent().build();
    }

    @Operation(description = "The user's open portal sessions: since when, last used, from where (never the session "
            + "id; the reference tells them apart).")
    @GetMapping("/{username}/sessions")
    List<SessionView> sessions(@PathVariable String username, Principal principal) {
        return users.sessions(principal.getName(), username);
    }

    @Operation(description = "Signs the user out everywhere: every open session ends on every node (audited).")
    @PostMapping("/{username}/sessions/end")
    SessionsEnded endSessions(@PathVariable String username, Principal principal) {
        return new SessionsEnded(users.endSessions(principal.getName(), username));
    }

    record SessionsEnded(int ended) {
    }

    record Reassigned(int moved, List<PendingWork.Reassignment> assignments) {
    }
}
