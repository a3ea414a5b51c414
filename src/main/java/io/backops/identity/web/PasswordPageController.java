package io.backops.identity.web;

import io.backops.identity.internal.SignedInUsers;
import io.backops.identity.internal.UserAdministration;
import io.backops.identity.internal.UserRequests;
import io.backops.shared.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page where a browser user replaces a one-time password (or any password) before going on. */
@Controller
class PasswordPageController {

    private final UserAdministration users;
    private final SignedInUsers signedIn;

    PasswordPageController(UserAdministration users, SignedInUsers signedIn) {
        this.users = users;
        this.signedIn = signedIn;
    }

    @ModelAttribute("rules")
    String rules() {
        return users.passwordRules();
    }

    @GetMapping("/password")
    String page() {
        return "identity/password";
    }

    @PostMapping("/password")
    String change(@RequestParam String currentPassword, @RequestParam String newPassword,
                  @RequestParam String confirmation, Principal principal, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        if (!newPassword.equals(confirmation)) {
            model.addAttribute("errors", Map.of("confirmation", "does not match the new password"));
            return "identity/password";
        }
        try {
            users.changeOwnPassword(principal.getName(), new UserRequests.PasswordChange(currentPassword, newPassword));
        } catch (ValidationException e) {
            model.addAttribute("errors", e.fieldErrors());
            return "identity/password";
        }
        signedIn.refresh(principal.getName(), request, response);
        return "redirect:/?passwordChanged";
    }
}
