package io.backops.review.internal;

import static io.backops.review.OnboardingProcess.Variables.*;

import io.backops.application.ApplicationLifecycle;
import io.backops.application.ApplicationStatus;
import io.backops.application.Decision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code service_decide_automatically}: classification sent the application straight to accepted or rejected. */
@Component("decideAutomatically")
class DecideAutomatically implements JavaDelegate {

    private final ApplicationLifecycle applications;

    DecideAutomatically(ApplicationLifecycle applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var bucket = ApplicationStatus.valueOf((String) execution.getVariable(STARTING_BUCKET));
        Decision decision = bucket == ApplicationStatus.ACCEPTED ? Decision.ACCEPT : Decision.REJECT;
        String reason = "Classified " + execution.getVariable(RISK_CLASS) + ": " + execution.getVariable(RISK_RULE);
        applications.decideAutomatically(execution.getProcessBusinessKey(), decision, reason);
        execution.setVariable(DECISION, decision.name());
        execution.setVariable(REASON, reason);
    }
}
