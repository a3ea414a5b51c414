package io.backops.portal;

import io.backops.shared.web.WebPage;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the posted form. */
@Controller
@WebPage
class SignInController {

    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String linkSpent,
                  HttpSession session, Model model) {
        if (linkSpent != null) {
            model.addAttribute("failure", "This sign-in link is used up or expired. Sign in with your password, "
                    + "or ask for a new link.");
        }
        if (error != null) {
            Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            // Which of username or password was wrong is not told; a lock is, so the person knows to wait.
            model.addAttribute("failure", failure instanceof LockedException
                    ? "This account is locked after too many failed sign-ins. Try again later or ask your IT admin."
                    : "Wrong username or password.");
        }
        return "sign-in";
    }
}
