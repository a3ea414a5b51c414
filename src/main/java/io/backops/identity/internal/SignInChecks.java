package io.backops.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every failed sign-in costs the same: the password is checked first, for a locked or inactive account too, and only
 * then the account's state. Checking the state first (Spring's default) answers a locked account without hashing,
 * quickly, and so tells an attacker which names exist.
 * <p>
 * An unknown name is checked against a dummy hash of a secret drawn at start. Spring's own dummy is the hash of a
 * constant password ("userNotFoundPassword"): with {@link RecentlyVerifiedPasswords} remembering a match, that
 * password would answer unknown names at once and known ones only after bcrypt.
 */
@Configuration(proxyBeanMethods = false)
class SignInChecks {

    @Bean
    DaoAuthenticationProvider authenticationProvider(BackofficeUserDetailsService users, PasswordEncoder passwords) {
        return provider(users, passwords);
    }

    static DaoAuthenticationProvider provider(UserDetailsService users, PasswordEncoder passwords) {
        String dummyHash = passwords.encode(randomSecret());
        var provider = new DaoAuthenticationProvider(username -> {
            try {
                return users.loadUserByUsername(username);
            } catch (UsernameNotFoundException e) {
                return nobody(dummyHash);
            }
        });
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(user -> {
            // Nothing before the password: see the class comment.
        });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    /**
     * No password matches its hash; were one ever to, the account is disabled all the same. Its name is a constant:
     * what was typed may be empty, which a user may not be, and the failure is reported under what was typed anyway.
     */
    private static UserDetails nobody(String dummyHash) {
        return new User("unknown-user", dummyHash, false, true, true, true, List.of());
    }

    private static String randomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }
}
