package io.backops.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An open session speaks for its account only while the account is as it was at sign-in. Deactivation, a lock,
 * a new role, team or status, or a password changed in another session end the session on its next request, on
 * whichever node serves it (the account is read from the database, like the session). The request then goes on
 * unauthenticated: a page is sent to the sign-in form, an API call answers 401. HTTP Basic calls carry no session
 * and are checked by the sign-in itself on each call.
 */
class OpenSessionCheck extends OncePerRequestFilter {

    private final AccountStamps accounts;

    OpenSessionCheck(AccountStamps accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var session = request.getSession(false);
        if (session != null && authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && !stillValid(user)) {
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(SignedInUser user) {
        return accounts.current(user.getUsername())
                .filter(AccountStamps.Account::mayWork)
                .filter(account -> account.stamp().equals(user.accountStamp()))
                .isPresent();
    }
}
