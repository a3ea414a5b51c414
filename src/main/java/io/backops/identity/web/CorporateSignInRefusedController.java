package io.backops.identity.web;

import io.backops.identity.internal.CorporateSignInRefusal;
import io.backops.shared.web.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where a company sign-in that Backops refused ends: the reason (kept in the session by the refusal, shown once), and
 * the way back to the sign-in page. The text comes from the session, never from the address, so nobody can make the
 * page say something else.
 */
@Controller
@WebPage
class CorporateSignInRefusedController {

    @GetMapping("/login/refused")
    String refused(HttpServletRequest request, Model model) {
        String reason = CorporateSignInRefusal.takeReason(request);
        model.addAttribute("reason", reason != null ? reason
                : "The sign-in with your company account did not complete. Try again, or sign in with your Backops "
                        + "password.");
        return "identity/sign-in-refused";
    }
}
