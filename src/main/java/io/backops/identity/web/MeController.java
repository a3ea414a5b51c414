package io.backops.identity.web;

import io.backops.identity.Role;
import io.backops.identity.UserManagement;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

@RestController
class MeController {

    private final UserManagement users;

    MeController(UserManagement users) {
        this.users = users;
    }

    @GetMapping("/api/me")
    Me me(Principal principal) {
        var user = users.find(principal.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        List<String> team = user.role() == Role.MANAGER ? users.team(user.username()) : List.of();
        return new Me(user.username(), user.name(), user.role(), user.manager(), team);
    }

    record Me(String username, String name, Role role, String manager, List<String> team) {
    }
}
