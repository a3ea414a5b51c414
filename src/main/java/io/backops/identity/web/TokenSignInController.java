package io.backops.identity.web;

import io.backops.identity.internal.TokenSignIn;
import io.backops.shared.web.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The web auto-login link of an investor ({@code /login/token?t=...}): a valid one-time token signs him in, with a
 * new session id as the sign-in form gives; anything else sends him to the sign-in page saying the link is spent.
 */
@Controller
@WebPage
class TokenSignInController {

    private final TokenSignIn tokens;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    TokenSignInController(TokenSignIn tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/login/token")
    String signIn(@RequestParam(name = "t", required = false) String token, HttpServletRequest request,
                  HttpServletResponse response) {
        var signedIn = tokens.redeem(token);
        if (signedIn.isEmpty()) {
            return "redirect:/login?linkSpent";
        }
        request.getSession(true);
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn.get());
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:/";
    }
}
