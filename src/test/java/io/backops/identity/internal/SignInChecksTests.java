package io.backops.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class SignInChecksTests {

    /** Spring's dummy is the hash of this constant; a guesser who knows it must not learn anything from it. */
    private static final String SPRINGS_DUMMY_PASSWORD = "userNotFoundPassword";

    @Test
    void anUnknownNameIsHashedAgainstADummyNoKnownPasswordMatches() {
        var bcrypt = new BCryptPasswordEncoder(4);
        List<String> hashesChecked = new ArrayList<>();
        PasswordEncoder recording = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return bcrypt.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                hashesChecked.add(encoded);
                return bcrypt.matches(raw, encoded);
            }
        };
        var provider = SignInChecks.provider(username -> {
            throw new UsernameNotFoundException(username);
        }, recording);

        for (String name : List.of("nobody", "")) {
            for (String password : List.of(SPRINGS_DUMMY_PASSWORD, "anything")) {
                assertThatThrownBy(() -> provider.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(name, password)))
                        .isInstanceOf(BadCredentialsException.class);
            }
        }

        assertThat(hashesChecked).hasSize(4).allSatisfy(hash -> {
            assertThat(hash).startsWith("$2a$");
            assertThat(bcrypt.matches(SPRINGS_DUMMY_PASSWORD, hash)).isFalse();
        });
    }
}
