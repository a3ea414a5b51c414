package io.backops.portal;

import io.backops.shared.web.WebPage;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what waits, what came in, what went wrong. */
@Controller
@WebPage
class DashboardController {

    private final Dashboard dashboard;

    DashboardController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/")
    String dashboard(Principal principal, Model model) {
        model.addAttribute("dashboard", dashboard.of(principal.getName()));
        return "portal/dashboard";
    }
}
