package io.backops.review.internal;

import static io.backops.review.OnboardingProcess.Variables.*;

import io.backops.application.ApplicationLifecycle;
import io.backops.application.ApplicationManagement;
import io.backops.identity.UserManagement;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code service_prepare_review}: the reviewer (the one who had it, while still active, else the next in turn) and
 * the facts the review form shows, fresh after a resubmission.
 */
@Component("prepareReview")
class PrepareReview implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(PrepareReview.class);

    private final ApplicationManagement applications;
    private final ApplicationLifecycle lifecycle;
    private final UserManagement users;
    private final RoundRobinAssignment rotation;

    PrepareReview(ApplicationManagement applications, ApplicationLifecycle lifecycle, UserManagement users,
                  RoundRobinAssignment rotation) {
        this.applications = applications;
        this.lifecycle = lifecycle;
        this.users = users;
        this.rotation = rotation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String id = execution.getProcessBusinessKey();
        String previous = (String) execution.getVariable(ASSIGNEE);
        String assignee = previous != null && users.activeReviewers().contains(previous)
                ? previous
                : rotation.next().orElse(null);
        if (assignee == null) {
            log.warn("No active reviewer: {} waits unassigned for a manager or admin", id);
        } else {
            lifecycle.assign(id, assignee, ApplicationManagement.SYSTEM);
        }
        var facts = applications.reviewFacts(id);
        execution.setVariable(ASSIGNEE, assignee);
        execution.setVariable(APPLICANT_NAME, facts.applicantName());
        execution.setVariable(MASKED_PAN, facts.maskedPan());
        execution.setVariable(DISTRIBUTOR, facts.distributorArn());
        execution.setVariable(DOCUMENT_COUNT, facts.documentCount());
    }
}
