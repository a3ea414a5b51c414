package io.backops.review.internal;

import io.backops.application.ApplicationLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code service_escalate_approval}: a four-eyes decision waited past the approval SLA. The task stays where it is
 * (the maker's manager and the admins can all take it); the timeline says so and the maker's manager is emailed.
 */
@Component("escalateApproval")
class EscalateApproval implements JavaDelegate {

    private final ApplicationLifecycle applications;
    private final ReviewSla sla;

    EscalateApproval(ApplicationLifecycle applications, ReviewSla sla) {
        this.applications = applications;
        this.sla = sla;
    }

    @Override
    public void execute(DelegateExecution execution) {
        applications.escalateApproval(execution.getProcessBusinessKey(),
                "not approved or refused within " + sla.describeApproval());
    }
}
