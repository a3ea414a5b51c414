package io.backops.identity.internal;

import io.backops.identity.UserStatus;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Spring Security reads users from Backops' own table: the one user store. */
@Component
class BackofficeUserDetailsService implements UserDetailsService {

    private final BackofficeUsers users;

    BackofficeUserDetailsService(BackofficeUsers users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.credentials(username)
                .map(credentials -> User.withUsername(credentials.username())
                        .password(credentials.passwordHash())
                        .roles(credentials.role().name())
                        .disabled(credentials.status() == UserStatus.INACTIVE)
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
