package io.backops.review.internal;

import io.backops.application.ApplicationLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The draft's wait ran out ({@code timer_drop_off}): the application drops off and its flow ends. */
@Component("recordDropOff")
class RecordDropOff implements JavaDelegate {

    private final ApplicationLifecycle applications;
    private final OnboardingTimers timers;

    RecordDropOff(ApplicationLifecycle applications, OnboardingTimers timers) {
        this.applications = applications;
        this.timers = timers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        applications.dropOff(execution.getBusinessKey(), "not resubmitted within " + timers.getDropOffAfter());
    }
}
