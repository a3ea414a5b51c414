package io.backops.review.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Timings of the onboarding flow: how often the KRA status is polled (ISO-8601 duration), the retry cycle of a failed
 * push (Camunda's list form, e.g. {@code PT1M,PT5M,PT30M,PT2H}), and the review SLA in business days with the
 * holidays that do not count; how long after an upload the KRA's status is still asked for before a person must
 * look ({@code kraGiveUpAfter}).
 */
@ConfigurationProperties("backops.review")
record ReviewProperties(String kraPollInterval, String kraRetryCycle,
                        @DefaultValue("2") int slaBusinessDays,
                        @DefaultValue Set<LocalDate> holidays,
                        @DefaultValue("P10D") Duration kraGiveUpAfter) {
}
