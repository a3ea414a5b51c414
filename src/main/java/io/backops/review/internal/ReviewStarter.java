package io.backops.review.internal;

import static io.backops.review.OnboardingProcess.Variables.*;

import io.backops.application.ApplicationResubmitted;
import io.backops.application.ApplicationSubmitted;
import io.backops.review.OnboardingProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the onboarding flow of a submitted application, and wakes a draft's flow when its correction comes in,
 * inside the submitting transaction: an application is never stored without its flow, nor a flow moved for an
 * application that was rolled back.
 */
@Component
class ReviewStarter {

    private final RuntimeService runtime;

    ReviewStarter(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(ApplicationSubmitted submitted) {
        runtime.startProcessInstanceByKey(OnboardingProcess.KEY, submitted.applicationId(),
                Variables.createVariables()
                        .putValue(APPLICATION_ID, submitted.applicationId())
                        .putValue(STARTING_BUCKET, submitted.startingBucket().name())
                        .putValue(RISK_CLASS, submitted.riskClass().name())
                        .putValue(RISK_RULE, submitted.riskRule()));
    }

    @EventListener
    void on(ApplicationResubmitted resubmitted) {
        runtime.createMessageCorrelation(OnboardingProcess.RESUBMITTED_MESSAGE)
                .processInstanceBusinessKey(resubmitted.applicationId())
                .correlate();
    }
}
