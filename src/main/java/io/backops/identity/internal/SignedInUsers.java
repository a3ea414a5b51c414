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
        var before = SecurityContextHolder.getContext().getAuthentication();
        // A second factor done in this session stays done: only marks the sign-in still held are kept.
        var authorities = details.getAuthorities().stream()
                .filter(a -> !SecondFactorMarks.isMark(a) || SecondFactorMarks.holds(before, a.getAuthority()))
                .toList();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, authorities));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            sessions.saveContext(context, request, response);
        }
    }
}
