package io.backops.review.internal;

import io.backops.settings.Settings;
import org.springframework.stereotype.Component;

/** Exposes the configured timings to the BPMN's expressions ({@code ${onboardingTimers.kraPollInterval}}). */
@Component("onboardingTimers")
public class OnboardingTimers {

    private final ReviewProperties properties;
    private final Settings settings;

    OnboardingTimers(ReviewProperties properties, Settings settings) {
        this.properties = properties;
        this.settings = settings;
    }

    public String getKraPollInterval() {
        return properties.kraPollInterval();
    }

    /** ISO-8601, as the timer reads it. */
    public String getDropOffAfter() {
        return properties.dropOffAfter().toString();
    }

    public String getKraRetryCycle() {
        return settings.current().kra().retryCycle();
    }
}
