package io.backops.review.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Timings of the onboarding flow: how often the KRA status is polled (ISO-8601 duration) and the retry cycle of a
 * failed push (Camunda's list form, e.g. {@code PT1M,PT5M,PT30M,PT2H}).
 */
@ConfigurationProperties("backops.review")
record ReviewProperties(String kraPollInterval, String kraRetryCycle) {
}
