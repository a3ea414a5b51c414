package io.backops.identity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * On each form sign-in: the session remembers where it signed in from (for the user page's list), and the person's
 * older sessions beyond the limit end ({@link OpenSessions#keepWithinLimit}). The event comes after the session got
 * its new id, so that id is the one kept.
 */
@Component
class SessionLimit {

    private final OpenSessions sessions;

    SessionLimit(OpenSessions sessions) {
        this.sessions = sessions;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return;
        }
        var request = attributes.getRequest();
        var session = request.getSession(false);
        if (session == null) {
            return;
        }
        session.setAttribute(OpenSessions.SIGNED_IN_FROM, request.getRemoteAddr());
        sessions.keepWithinLimit(event.getAuthentication().getName(), session.getId());
    }
}
