package io.backops.identity.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * After a company sign-in: the session holds the same sign-in a password would have given (the Backops username, the
 * {@link SignedInUser} with its account stamp, Backops' authorities), not the provider's tokens. So everything
 * downstream (the open-session check, Camunda's single sign-on, the session list) sees no difference, and no token
 * of the provider's is kept. Then, as for a password sign-in, the session limit and the landing page.
 */
final class CorporateSignInSuccess implements AuthenticationSuccessHandler {

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final AuthenticationSuccessHandler next;

    CorporateSignInSuccess(AuthenticationSuccessHandler next) {
        this.next = next;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        Authentication signIn = authentication;
        if (authentication.getPrincipal() instanceof CorporateUser user) {
            var token = UsernamePasswordAuthenticationToken.authenticated(user.signedInUser(), null,
                    user.getAuthorities());
            token.setDetails(authentication.getDetails());
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(token);
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            signIn = token;
        }
        next.onAuthenticationSuccess(request, response, signIn);
    }
}
