package io.backops.identity.web;

import io.backops.identity.internal.SecondFactorSignIn;
import io.backops.identity.internal.SecondFactors;
import io.backops.shared.ValidationException;
import io.backops.shared.web.FormProblems;
import io.backops.shared.web.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of the form sign-in ({@code /login/code}) and a person's own two-factor set-up
 * ({@code /two-factor}): the secret and its QR code are shown while setting up, the recovery codes once after; no
 * later page shows either.
 */
@Controller
@WebPage
class SecondFactorPages {

    private final SecondFactors secondFactors;
    private final SecondFactorSignIn signIn;

    SecondFactorPages(SecondFactors secondFactors, SecondFactorSignIn signIn) {
        this.secondFactors = secondFactors;
        this.signIn = signIn;
    }

    @GetMapping("/login/code")
    String codePage() {
        return "identity/code";
    }

    @PostMapping("/login/code")
    String enterCode(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request,
                     HttpServletResponse response) {
        return switch (signIn.complete(code, request, response)) {
            case SIGNED_IN -> "redirect:" + signIn.returnTo(request);
            case LOCKED -> "redirect:/login?locked";
            case WRONG_CODE -> {
                FormProblems.show(Map.of("code", "is not right, or was used already"), HttpStatus.UNPROCESSABLE_ENTITY,
                        model, response);
                model.addAttribute("problem", "That code did not sign you in.");
                yield "identity/code";
            }
        };
    }

    @GetMapping("/two-factor")
    String page(Authentication caller, Model model) {
        backOffice(caller);
        model.addAttribute("status", secondFactors.status(caller.getName()));
        return "identity/two-factor";
    }

    @PostMapping("/two-factor/enrolment")
    String start(Authentication caller, Model model, HttpServletResponse response) {
        backOffice(caller);
        model.addAttribute("status", secondFactors.status(caller.getName()));
        model.addAttribute("enrolment", secondFactors.start(caller.getName()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return "identity/two-factor";
    }

    @PostMapping("/two-factor/enrolment/confirm")
    String confirm(@RequestParam(defaultValue = "") String code, Authentication caller, Model model,
                   HttpServletRequest request, HttpServletResponse response) {
        backOffice(caller);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try {
            model.addAttribute("recoveryCodes", secondFactors.confirm(caller.getName(), code));
        } catch (ValidationException e) {
            FormProblems.show(e.fieldErrors(), HttpStatus.UNPROCESSABLE_ENTITY, model, response);
            model.addAttribute("status", secondFactors.status(caller.getName()));
            secondFactors.pending(caller.getName()).ifPresent(enrolment -> model.addAttribute("enrolment", enrolment));
            return "identity/two-factor";
        }
        // Setting up proved the second factor: the sign-in is complete.
        signIn.lift(request, response);
        model.addAttribute("status", secondFactors.status(caller.getName()));
        model.addAttribute("continueTo", signIn.returnTo(request));
        return "identity/two-factor";
    }

    /** Distributors and investors sign in otherwise; the set-up is for the back office. */
    private static void backOffice(Authentication caller) {
        boolean backOffice = caller.getAuthorities().stream().map(a -> a.getAuthority())
                .anyMatch(a -> a.equals("ROLE_ADMIN") || a.equals("ROLE_MANAGER") || a.equals("ROLE_REVIEWER"));
        if (!backOffice) {
            throw new AccessDeniedException("Two-factor sign-in is for back-office users");
        }
    }
}
