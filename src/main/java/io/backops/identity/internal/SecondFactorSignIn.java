package io.backops.identity.internal;

import io.backops.identity.SecurityEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.OffsetDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The second step of a form sign-in. A wrong code counts towards the lock-out like a wrong password (and the
 * password step no longer clears the count for such people, see {@link SignInAudit}), so that knowing the password
 * does not buy unlimited guesses; on lock-out the half-done session ends.
 */
@Component
public class SecondFactorSignIn {

    public enum Outcome { SIGNED_IN, WRONG_CODE, LOCKED }

    private final SecondFactors secondFactors;
    private final BackofficeUsers users;
    private final SecurityAudit audit;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SecondFactorSignIn(SecondFactors secondFactors, BackofficeUsers users, SecurityAudit audit,
                       IdentityProperties properties, ApplicationEventPublisher events) {
        this.secondFactors = secondFactors;
        this.users = users;
        this.audit = audit;
        this.properties = properties;
        this.events = events;
    }

    public Outcome complete(String code, HttpServletRequest request, HttpServletResponse response) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String username = authentication.getName();
        SecondFactors.Check check = secondFactors.check(username, code);
        if (check == SecondFactors.Check.WRONG) {
            audit.recordNow(username, SecurityEvent.SIGN_IN_FAILED, username, "wrong or used second-factor code");
            OffsetDateTime until = OffsetDateTime.now().plus(properties.lockout());
            if (users.recordFailedSignIn(username, properties.maxFailedSignIns(), until)) {
                audit.recordNow(null, SecurityEvent.ACCOUNT_LOCKED, username,
                        properties.maxFailedSignIns() + " failed sign-ins; locked for " + properties.lockout());
                SignInAudit.tellTheOwner(users, events, properties, username, until);
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                return Outcome.LOCKED;
            }
            return Outcome.WRONG_CODE;
        }
        users.clearFailedSignIns(username);
        audit.recordNow(username, SecurityEvent.SIGN_IN_SUCCEEDED, username,
                check == SecondFactors.Check.RECOVERY_CODE ? "second factor: recovery code"
                        : "second factor: authenticator code");
        lift(request, response);
        return Outcome.SIGNED_IN;
    }

    /** Lifts the second-factor marks off the session's sign-in, under a new session id (it is a new privilege). */
    public void lift(HttpServletRequest request, HttpServletResponse response) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecondFactorMarks.lifted(SecurityContextHolder.getContext().getAuthentication()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        sessions.saveContext(context, request, response);
    }

    /** The page first asked for before the second factor, if it was one of ours; used once. */
    public String returnTo(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object target = session == null ? null : session.getAttribute(SecondFactorFilter.RETURN_TO);
        if (session != null) {
            session.removeAttribute(SecondFactorFilter.RETURN_TO);
        }
        return target instanceof String path && path.startsWith("/") && !path.startsWith("//") ? path : "/";
    }
}
