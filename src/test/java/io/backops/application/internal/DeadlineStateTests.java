package io.backops.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.backops.application.DeadlineState;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DeadlineStateTests {

    private static final OffsetDateTime DUE = OffsetDateTime.parse("2026-12-03T10:00:00+05:30");
    private static final Duration A_DAY = Duration.ofHours(24);

    @Test
    void aRunningClockIsOnTrackThenDueSoonThenBreached() {
        assertThat(DeadlineRecords.state(DUE, null, DUE.minusHours(25), A_DAY)).isEqualTo(DeadlineState.ON_TRACK);
        assertThat(DeadlineRecords.state(DUE, null, DUE.minusHours(23), A_DAY)).isEqualTo(DeadlineState.DUE_SOON);
        assertThat(DeadlineRecords.state(DUE, null, DUE, A_DAY)).isEqualTo(DeadlineState.DUE_SOON);
        assertThat(DeadlineRecords.state(DUE, null, DUE.plusSeconds(1), A_DAY)).isEqualTo(DeadlineState.BREACHED);
    }

    @Test
    void aStoppedClockIsMetEvenWhenItStoppedLate() {
        assertThat(DeadlineRecords.state(DUE, DUE.minusHours(1), DUE.plusDays(3), A_DAY)).isEqualTo(DeadlineState.MET);
        assertThat(DeadlineRecords.state(DUE, DUE.plusHours(1), DUE.plusDays(3), A_DAY)).isEqualTo(DeadlineState.MET);
    }
}
