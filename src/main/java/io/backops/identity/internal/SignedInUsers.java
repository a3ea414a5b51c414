package io.backops.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Re-reads a signed-in user into the session after their account changed (a new password lifts the block). */
@Component
public class SignedInUsers {

    private final BackofficeUserDetailsService userDetails;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SignedInUsers(BackofficeUserDetailsService userDetails) {
        this.userDetails = userDetails;
    }

    public void refresh(String username, HttpServletRequest request, HttpServletResponse response) {
        var details = userDetails.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            sessions.saveContext(context, request, response);
        }
    }
}
