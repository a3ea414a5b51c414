package io.backops.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionLifetimeTests {

    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
    private final SessionLifetime lifetime =
            new SessionLifetime(new SessionProperties(Duration.ofMinutes(30), Duration.ofHours(12), 3));

    @Test
    void aSessionUsedWithinTheIdleTimeoutLives() {
        assertThat(lifetime.ending(START, START.plusSeconds(60), START.plus(Duration.ofMinutes(30)))).isEmpty();
    }

    @Test
    void aSessionUnusedForTheIdleTimeoutEnds() {
        assertThat(lifetime.ending(START, START, START.plus(Duration.ofMinutes(30))))
                .contains(SessionLifetime.Ending.IDLE);
        assertThat(lifetime.detail(SessionLifetime.Ending.IDLE)).isEqualTo("idle for longer than PT30M");
    }

    @Test
    void aBusySessionEndsAtItsAbsoluteLifetime() {
        Instant twelveHoursOn = START.plus(Duration.ofHours(12));
        assertThat(lifetime.ending(START, twelveHoursOn.minusSeconds(1), twelveHoursOn.minusMillis(1))).isEmpty();
        assertThat(lifetime.ending(START, twelveHoursOn.minusSeconds(1), twelveHoursOn))
                .contains(SessionLifetime.Ending.ABSOLUTE);
    }
}
