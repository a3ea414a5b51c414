package io.backops.identity.web;

import io.backops.identity.internal.PrivilegedUsers;
import io.backops.shared.web.WebPage;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The privileged-user review as a page (IT admins), linked from the reports page. */
@Controller
@WebPage
@RequestMapping("/reports/privileged-users")
class PrivilegedUsersPage {

    private final PrivilegedUsers privileged;

    PrivilegedUsersPage(PrivilegedUsers privileged) {
        this.privileged = privileged;
    }

    @GetMapping
    String show(Principal principal, Model model) {
        model.addAttribute("users", privileged.report(principal.getName()));
        return "identity/privileged-users";
    }

    @PostMapping("/{username}/review")
    String markReviewed(@PathVariable String username, Principal principal, RedirectAttributes redirect) {
        privileged.markReviewed(principal.getName(), username);
        redirect.addFlashAttribute("notice", "Recorded the review of " + username + ".");
        return "redirect:/reports/privileged-users";
    }
}
