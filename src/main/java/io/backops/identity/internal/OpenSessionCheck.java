package io.backops.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An open session speaks for its account only while the account is as it was at sign-in. Deactivation, a lock,
 * a new role, team or status, or a password changed in another session end the session on its next request, on
 * whichever node serves it (the account is read from the database, like the session). The request then goes on
 * unauthenticated: a page is sent to the sign-in form, an API call answers 401. HTTP Basic calls carry no session
 * and are checked by the sign-in itself on each call. A session older than its absolute lifetime ends here too,
 * however busy (audited; its idle timeout is Spring Session's expiry, see {@link OpenSessions}).
 */
class OpenSessionCheck extends OncePerRequestFilter {

    private final AccountStamps accounts;
    private final OpenSessions sessions;

    OpenSessionCheck(AccountStamps accounts, OpenSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var session = request.getSession(false);
        if (session != null && authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            if (sessions.outlived(Instant.ofEpochMilli(session.getCreationTime()))) {
                sessions.expired(user.getUsername(), SessionLifetime.Ending.ABSOLUTE);
                session.invalidate();
                SecurityContextHolder.clearContext();
            } else if (!stillValid(user)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
            }
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
