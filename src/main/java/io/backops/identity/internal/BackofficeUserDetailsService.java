package io.backops.identity.internal;

import io.backops.identity.UserStatus;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Spring Security reads users from Backops' own table: the one user store. */
@Component
class BackofficeUserDetailsService implements UserDetailsService {

    /** Held until a one-time password is replaced; {@link PasswordChangeRequiredFilter} acts on it. */
    static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private final BackofficeUsers users;
    private final AccountStamps stamps;
    private final SecondFactorMarks secondFactorMarks;

    BackofficeUserDetailsService(BackofficeUsers users, AccountStamps stamps, SecondFactorMarks secondFactorMarks) {
        this.users = users;
        this.stamps = stamps;
        this.secondFactorMarks = secondFactorMarks;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.credentials(username)
                .map(credentials -> new SignedInUser(credentials.username(), credentials.passwordHash(),
                        credentials.status() != UserStatus.INACTIVE, !credentials.isLocked(OffsetDateTime.now()),
                        authorities(credentials),
                        stamps.current(credentials.username()).map(AccountStamps.Account::stamp).orElse("")))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    private List<GrantedAuthority> authorities(BackofficeUsers.Credentials credentials) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + credentials.role().name()));
        if (credentials.passwordChangeRequired()) {
            authorities.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
        }
        authorities.addAll(secondFactorMarks.of(credentials.username(), credentials.role()));
        return authorities;
    }
}
