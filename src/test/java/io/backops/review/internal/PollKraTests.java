package io.backops.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

class PollKraTests {

    private static final Instant UPLOADED = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void pollingGoesOnWithinTheGiveUpTime() {
        assertThat(PollKra.givesUp(Date.from(UPLOADED), UPLOADED.plus(Duration.ofDays(9)), Duration.ofDays(10))).isFalse();
    }

    @Test
    void pollingStopsOnceTheGiveUpTimeHasPassed() {
        assertThat(PollKra.givesUp(Date.from(UPLOADED), UPLOADED.plus(Duration.ofDays(11)), Duration.ofDays(10))).isTrue();
    }

    @Test
    void anUploadWithoutATimeIsNeverGivenUp() {
        assertThat(PollKra.givesUp(null, UPLOADED.plus(Duration.ofDays(100)), Duration.ofDays(10))).isFalse();
    }
}
