package io.backops.identity.internal;

import io.backops.identity.AccountLocked;
import io.backops.identity.SecurityEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.OffsetDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.stereotype.Component;

/**
 * Sign-in outcomes: every failure is audited and counted towards the lock-out; a success clears the count.
 * Successful form and company (OIDC) sign-ins are audited; an API client's Basic credentials on each call are not, or the audit would
 * be one row per request.
 */
@Component
class SignInAudit {

    private final BackofficeUsers users;
    private final SecurityAudit audit;
    private final IdentityProperties properties;
    private final MeterRegistry meters;
    private final ApplicationEventPublisher events;

    SignInAudit(BackofficeUsers users, SecurityAudit audit, IdentityProperties properties, MeterRegistry meters,
                ApplicationEventPublisher events) {
        this.users = users;
        this.audit = audit;
        this.properties = properties;
        this.meters = meters;
        this.events = events;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        if (users.find(username).isEmpty()) {
            // Whatever was typed as a name that is none may be a password in the wrong field: keep a digest only.
            String unknown = unknownName(username);
            audit.recordNow(unknown, SecurityEvent.SIGN_IN_FAILED, unknown, reason(event));
            return;
        }
        audit.recordNow(username, SecurityEvent.SIGN_IN_FAILED, username, reason(event));
        meters.counter("backops.sign.in.failures", "reason", reason(event)).increment();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            OffsetDateTime until = OffsetDateTime.now().plus(properties.lockout());
            boolean locked = users.recordFailedSignIn(username, properties.maxFailedSignIns(), until);
            if (locked) {
                meters.counter("backops.accounts.locked.out").increment();
                audit.recordNow(null, SecurityEvent.ACCOUNT_LOCKED, username,
                        properties.maxFailedSignIns() + " failed sign-ins; locked for " + properties.lockout());
                tellTheOwner(users, events, properties, username, until);
            }
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        // With a second factor to come, the count is cleared only once the code is right (SecondFactorSignIn).
        if (!SecondFactorMarks.holds(event.getAuthentication(), SecondFactorMarks.CODE_REQUIRED)) {
            users.clearFailedSignIns(event.getAuthentication().getName());
        }
    }

    @EventListener
    void signedInInteractively(InteractiveAuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        String how;
        if (event.getGeneratedBy() == OAuth2LoginAuthenticationFilter.class) {
            how = CorporateUsers.AUDIT_DETAIL;
        } else if (SecondFactorMarks.holds(event.getAuthentication(), SecondFactorMarks.CODE_REQUIRED)) {
            how = "form sign-in: password, code to follow";
        } else {
            how = "form sign-in";
        }
        audit.recordNow(username, SecurityEvent.SIGN_IN_SUCCEEDED, username, how);
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.recordNow(username, SecurityEvent.SIGNED_OUT, username, null);
    }

    /** The lock-out is told to the account's owner by email, never on the sign-in page (see {@link AccountLocked}). */
    static void tellTheOwner(BackofficeUsers users, ApplicationEventPublisher events, IdentityProperties properties,
                             String username, OffsetDateTime until) {
        users.find(username).filter(user -> user.email() != null && !user.email().isBlank()).ifPresent(user ->
                events.publishEvent(new AccountLocked(username, user.name(), user.email(), properties.maxFailedSignIns(),
                        until)));
    }

    /** A name that is no user's, as the audit keeps it: a short digest that matches repeats but reveals nothing. */
    static String unknownName(String typed) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(typed).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "unknown:" + java.util.HexFormat.of().formatHex(digest, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** The kind of failure, never the credentials that were tried. */
    private static String reason(AbstractAuthenticationFailureEvent event) {
        return switch (event.getException().getClass().getSimpleName()) {
            case "BadCredentialsException" -> "wrong username or password";
            case "LockedException" -> "account locked";
            case "DisabledException" -> "account inactive";
            default -> event.getException().getClass().getSimpleName();
        };
    }
}
