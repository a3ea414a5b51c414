package io.backops.identity.web;

import io.backops.identity.Role;
import io.backops.identity.UserStatus;
import io.backops.identity.internal.UserAdministration;
import io.backops.identity.internal.UserQuery;
import io.backops.shared.ValidationException;
import io.backops.shared.web.WebPage;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RequestParam;

/** The users an admin manages, or a manager's team: the page form of {@code GET /api/users}, same scope. */
@Controller
@WebPage
class UserListPage {

    private static final String BY_USERNAME = "username,asc";
    private static final int PAGE_SIZE = 50;

    private final UserAdministration users;

    UserListPage(UserAdministration users) {
        this.users = users;
    }

    @InitBinder
    void blanksAreAbsent(WebDataBinder binder) {
        FormErrors.blanksAreAbsent(binder);
    }

    @GetMapping("/users")
    String list(@RequestParam(required = false) Role role, @RequestParam(required = false) UserStatus status,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "" + PAGE_SIZE) int size, Principal principal, Model model) {
        UserQuery query;
        try {
            query = PageRequests.userQuery(role, status, q, BY_USERNAME, page, size);
        } catch (ValidationException e) {
            // Only a hand-edited address gets here: show the first page instead of an error.
            model.addAttribute("problem", "That page does not exist; here is the first one.");
            query = PageRequests.userQuery(role, status, q, BY_USERNAME, 0, PAGE_SIZE);
        }
        model.addAttribute("users", users.list(principal.getName(), query));
        model.addAttribute("role", role);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("roles", Role.values());
        model.addAttribute("statuses", UserStatus.values());
        return "identity/users";
    }
}
