package io.backops.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class RecentlyVerifiedPasswordsTests {

    private final AtomicInteger slowChecks = new AtomicInteger();
    private final PasswordEncoder slow = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return "hash-of-" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            slowChecks.incrementAndGet();
            return encoded.equals("hash-of-" + raw);
        }
    };
    private final MutableClock clock = new MutableClock();
    private final RecentlyVerifiedPasswords passwords = new RecentlyVerifiedPasswords(slow, Duration.ofMinutes(5), clock);

    @Test
    void aVerifiedPasswordIsNotCheckedSlowlyAgainForAWhile() {
        assertThat(passwords.matches("Secret-Pass-1", "hash-of-Secret-Pass-1")).isTrue();
        assertThat(passwords.matches("Secret-Pass-1", "hash-of-Secret-Pass-1")).isTrue();
        assertThat(slowChecks).hasValue(1);

        clock.advance(Duration.ofMinutes(6));
        assertThat(passwords.matches("Secret-Pass-1", "hash-of-Secret-Pass-1")).isTrue();
        assertThat(slowChecks).hasValue(2);
    }

    @Test
    void wrongPasswordsAreAlwaysCheckedSlowly() {
        passwords.matches("Secret-Pass-1", "hash-of-Secret-Pass-1");
        assertThat(passwords.matches("guess-1", "hash-of-Secret-Pass-1")).isFalse();
        assertThat(passwords.matches("guess-1", "hash-of-Secret-Pass-1")).isFalse();
        assertThat(slowChecks).hasValue(3);
    }

    @Test
    void aChangedPasswordNeverMatchesTheOldOne() {
        passwords.matches("Secret-Pass-1", "hash-of-Secret-Pass-1");
        assertThat(passwords.matches("Secret-Pass-1", "hash-of-New-Pass-2")).isFalse();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-26T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
