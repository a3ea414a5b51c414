package io.backops.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MisColumnsTests {

    private final MisColumns columns = new MisColumns(ZoneId.of("Asia/Kolkata"), Set.of(LocalDate.of(2026, 12, 25)));

    @Test
    void turnaroundInBusinessDaysLeavesOutWeekendsAndHolidaysInTheReadersZone() {
        // Thursday 24 Dec 2026, 10:00 IST; decided Monday 28 Dec: Friday is Christmas, then the weekend.
        var submitted = OffsetDateTime.of(2026, 12, 24, 4, 30, 0, 0, ZoneOffset.UTC);
        var decided = OffsetDateTime.of(2026, 12, 28, 6, 0, 0, 0, ZoneOffset.UTC);

        assertThat(columns.businessDays(submitted, decided)).isEqualTo(1);
        assertThat(columns.businessDays(submitted, submitted.plusHours(5))).isZero();
        // 23:30 UTC on the 23rd is already the 24th in India.
        assertThat(columns.businessDays(OffsetDateTime.of(2026, 12, 23, 19, 0, 0, 0, ZoneOffset.UTC), decided)).isEqualTo(1);
    }
}
