package io.backops.identity.internal;

import io.backops.identity.SecurityEvent;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an auto-login link's one-time token into a signed-in user, under the same conditions as the sign-in form: the
 * account must be active and not locked. A used, unknown or expired token signs in nobody.
 */
@Service
public class TokenSignIn {

    private final LoginTokens tokens;
    private final BackofficeUserDetailsService userDetails;
    private final SecurityAudit audit;

    TokenSignIn(LoginTokens tokens, BackofficeUserDetailsService userDetails, SecurityAudit audit) {
        this.tokens = tokens;
        this.userDetails = userDetails;
        this.audit = audit;
    }

    @Transactional
    public Optional<Authentication> redeem(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.redeem(token)
                .map(userDetails::loadUserByUsername)
                .filter(user -> user.isEnabled() && user.isAccountNonLocked())
                .map(user -> {
                    audit.recordNow(user.getUsername(), SecurityEvent.SIGN_IN_SUCCEEDED, user.getUsername(),
                            "auto-login link");
                    return authenticated(user);
                });
    }

    /**
     * The link is a one-time credential of its own and the password was not used: the mark that a one-time password
     * must be changed binds sign-ins with that password, not this one.
     */
    private static Authentication authenticated(UserDetails user) {
        var authorities = user.getAuthorities().stream().filter(authority ->
                !BackofficeUserDetailsService.PASSWORD_CHANGE_REQUIRED.equals(authority.getAuthority())).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }
}
