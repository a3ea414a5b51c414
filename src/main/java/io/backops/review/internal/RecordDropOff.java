package io.backops.review.internal;

import io.backops.application.ApplicationManagement;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The draft's wait ran out ({@code timer_drop_off}): the application drops off and its flow ends. */
@Component("recordDropOff")
class RecordDropOff implements JavaDelegate {

    private final ApplicationManagement applications;
    private final OnboardingTimers timers;

    RecordDropOff(ApplicationManagement applications, OnboardingTimers timers) {
        this.applications = applications;
        this.timers = timers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        applications.recordDropOff(execution.getBusinessKey(), "not resubmitted within " + timers.getDropOffAfter());
    }
}
