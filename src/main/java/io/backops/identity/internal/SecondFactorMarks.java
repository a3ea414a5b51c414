package io.backops.identity.internal;

import io.backops.identity.Role;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Marks a password sign-in carries until its second factor is done, like the one-time password's mark:
 * {@link #CODE_REQUIRED} for a person with an authenticator, {@link #ENROLMENT_REQUIRED} for one the rule
 * requires to set one up. {@link SecondFactorFilter} lets a marked sign-in do nothing else.
 */
@Component
public class SecondFactorMarks {

    static final String CODE_REQUIRED = "SECOND_FACTOR_CODE_REQUIRED";
    static final String ENROLMENT_REQUIRED = "SECOND_FACTOR_ENROLMENT_REQUIRED";
    private static final Set<String> ALL = Set.of(CODE_REQUIRED, ENROLMENT_REQUIRED);

    private final SecondFactors secondFactors;
    private final TwoFactorRules rules;

    SecondFactorMarks(SecondFactors secondFactors, TwoFactorRules rules) {
        this.secondFactors = secondFactors;
        this.rules = rules;
    }

    List<GrantedAuthority> of(String username, Role role) {
        if (secondFactors.enrolled(username)) {
            return List.of(new SimpleGrantedAuthority(CODE_REQUIRED));
        }
        return rules.requiredFor(role) ? List.of(new SimpleGrantedAuthority(ENROLMENT_REQUIRED)) : List.of();
    }

    static boolean holds(Authentication authentication, String mark) {
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> mark.equals(a.getAuthority()));
    }

    static boolean isMark(GrantedAuthority authority) {
        return ALL.contains(authority.getAuthority());
    }

    /** The same sign-in with its second-factor marks lifted (the code was right, or the app is now set up). */
    static Authentication lifted(Authentication authentication) {
        var token = UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(), null,
                authentication.getAuthorities().stream().filter(a -> !isMark(a)).toList());
        token.setDetails(authentication.getDetails());
        return token;
    }
}
