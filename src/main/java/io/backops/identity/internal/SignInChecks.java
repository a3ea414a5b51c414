package io.backops.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every failed sign-in costs the same: the password is checked first, for a locked or inactive account too, and only
 * then the account's state. Checking the state first (Spring's default) answers a locked account without hashing,
 * quickly, and so tells an attacker which names exist. An unknown name is hashed against a dummy, as Spring does.
 */
@Configuration(proxyBeanMethods = false)
class SignInChecks {

    @Bean
    DaoAuthenticationProvider authenticationProvider(BackofficeUserDetailsService users, PasswordEncoder passwords) {
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(user -> {
            // Nothing before the password: see the class comment.
        });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }
}
