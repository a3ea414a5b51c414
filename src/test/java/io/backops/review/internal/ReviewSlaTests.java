package io.backops.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.backops.settings.ProductSettings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewSlaTests {

    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    private final ReviewSla sla = new ReviewSla(() -> new ProductSettings.Sla(2, List.of(LocalDate.of(2026, 12, 25))),
            () -> 1, Clock.systemDefaultZone());

    @Test
    void twoBusinessDaysFromThursdaySkipTheWeekend() {
        ZonedDateTime thursday = ZonedDateTime.of(2026, 11, 26, 15, 30, 0, 0, IST);
        assertThat(sla.due(thursday)).isEqualTo(ZonedDateTime.of(2026, 11, 30, 15, 30, 0, 0, IST));
    }

    @Test
    void holidaysDoNotCount() {
        ZonedDateTime christmasEve = ZonedDateTime.of(2026, 12, 24, 10, 0, 0, 0, IST);
        // 25th is a holiday, 26th and 27th the weekend: Monday the 28th and Tuesday the 29th count.
        assertThat(sla.due(christmasEve)).isEqualTo(ZonedDateTime.of(2026, 12, 29, 10, 0, 0, 0, IST));
    }
}
