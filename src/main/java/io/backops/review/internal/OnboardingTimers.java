package io.backops.review.internal;

import org.springframework.stereotype.Component;

/** Exposes the configured timings to the BPMN's expressions ({@code ${onboardingTimers.kraPollInterval}}). */
@Component("onboardingTimers")
public class OnboardingTimers {

    private final ReviewProperties properties;

    OnboardingTimers(ReviewProperties properties) {
        this.properties = properties;
    }

    public String getKraPollInterval() {
        return properties.kraPollInterval();
    }

    public String getKraRetryCycle() {
        return properties.kraRetryCycle();
    }
}
