package io.backops.review.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Timings of the onboarding flow that stay configuration: how often the KRA status is polled (ISO-8601 duration)
 * and how long after an upload the KRA's status is still asked for before a person must look
 * ({@code kraGiveUpAfter}), and how long a draft waits for its resubmission before it drops off ({@code dropOffAfter}). The retry cycle, the SLA and the holidays are product settings (see Settings); their
 * first values come from {@code backops.review.*} too.
 */
@ConfigurationProperties("backops.review")
record ReviewProperties(String kraPollInterval,
                        @DefaultValue("P10D") Duration kraGiveUpAfter,
                        @DefaultValue("P30D") Duration dropOffAfter) {
}
