package io.backops.portal;

import io.backops.identity.UserManagement;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final UserManagement users;

    HomeController(UserManagement users) {
        this.users = users;
    }

    @GetMapping("/")
    String home(Principal principal, Model model) {
        users.find(principal.getName()).ifPresent(user -> model.addAttribute("user", user));
        return "home";
    }
}
