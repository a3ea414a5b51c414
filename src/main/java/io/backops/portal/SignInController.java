package io.backops.portal;

import io.backops.identity.CorporateSignIn;
import io.backops.shared.web.WebPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page (with the company sign-in's button when it is on); Spring Security handles the posted form. */
@Controller
@WebPage
class SignInController {

    private final CorporateSignIn corporate;

    SignInController(CorporateSignIn corporate) {
        this.corporate = corporate;
    }

    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String linkSpent,
                  Model model) {
        if (linkSpent != null) {
            model.addAttribute("failure", "This sign-in link is used up or expired. Sign in with your password, "
                    + "or ask for a new link.");
        }
        if (error != null) {
            // Every failure reads the same: telling a locked or inactive account apart would tell that the name
            // exists. A locked account's owner learns it from his IT admin (the lock is in the audit and on Users).
            model.addAttribute("failure", "Wrong username or password.");
        }
        if (corporate.offered()) {
            model.addAttribute("corporateSignIn", CorporateSignIn.START_PATH);
        }
        return "sign-in";
    }
}
