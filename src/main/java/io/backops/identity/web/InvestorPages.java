package io.backops.identity.web;

import io.backops.identity.UserStatus;
import io.backops.identity.internal.InvestorCredentials;
import io.backops.shared.ConflictException;
import io.backops.shared.ValidationException;
import io.backops.shared.web.FormProblems;
import io.backops.shared.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Investor logins as a page for admins and managers: the list, a form that creates one and shows its password and
 * links this once (never in a redirect, which would keep them in the session), and switching a login off or on.
 */
@Controller
@WebPage
class InvestorPages {

    private final InvestorCredentials investors;
    private final PublicAddress address;

    InvestorPages(InvestorCredentials investors, PublicAddress address) {
        this.investors = investors;
        this.address = address;
    }

    @GetMapping("/investors")
    String list(Principal principal, Model model) {
        return page(principal, model, new InvestorCredentials.Request("", "", "", "", "", "NEW"));
    }

    @PostMapping("/investors")
    String create(InvestorCredentials.Request request, Principal principal, Model model, HttpServletResponse response) {
        try {
            var issued = investors.create(principal.getName(), request);
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
            model.addAttribute("issued", InvestorController.answer(issued, address));
            model.addAttribute("notice", "Investor login " + issued.username() + " created. Hand over the password "
                    + "and links below now: they are not shown again.");
            return page(principal, model, new InvestorCredentials.Request("", "", "", "", "", "NEW"));
        } catch (ValidationException e) {
            FormProblems.show(e.fieldErrors(), HttpStatus.UNPROCESSABLE_ENTITY, model, response);
            return page(principal, model, request);
        } catch (ConflictException e) {
            FormProblems.show(Map.of("username", "is taken"), HttpStatus.CONFLICT, model, response);
            return page(principal, model, request);
        }
    }

    @PostMapping("/investors/{username}/status")
    String status(@PathVariable String username, @RequestParam UserStatus status, Principal principal,
                  RedirectAttributes redirect) {
        investors.setStatus(principal.getName(), username, status);
        redirect.addFlashAttribute("notice", username + (status == UserStatus.ACTIVE ? " can sign in again."
                : " can no longer sign in; the applications stay."));
        return "redirect:/investors";
    }

    private String page(Principal principal, Model model, InvestorCredentials.Request form) {
        model.addAttribute("investors", investors.list(principal.getName()));
        model.addAttribute("form", form);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "identity/investors";
    }
}
