package io.backops.identity.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * On each form sign-in, before the browser goes on to its page: the session remembers where it signed in from (for
 * the user page's list), and the person's older sessions beyond the limit end ({@link OpenSessions#keepWithinLimit}).
 * The sign-in has already given the session its new id, so that id is the one kept. (A success handler, not an
 * event listener: only the handler has the request as Spring Session wraps it, with the session.)
 */
class SessionLimit implements AuthenticationSuccessHandler {

    private final OpenSessions sessions;
    private final AuthenticationSuccessHandler next;

    SessionLimit(OpenSessions sessions, AuthenticationSuccessHandler next) {
        this.sessions = sessions;
        this.next = next;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        var session = request.getSession(false);
        if (session != null) {
            session.setAttribute(OpenSessions.SIGNED_IN_FROM, request.getRemoteAddr());
            sessions.keepWithinLimit(authentication.getName(), session.getId());
        }
        next.onAuthenticationSuccess(request, response, authentication);
    }
}
