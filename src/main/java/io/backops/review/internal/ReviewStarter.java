package io.backops.review.internal;

import static io.backops.review.OnboardingProcess.Variables.*;

import io.backops.application.ApplicationManagement;
import io.backops.application.ApplicationSubmitted;
import io.backops.review.OnboardingProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the onboarding flow of a submitted application, inside the submitting transaction: an application is
 * never stored without its flow, nor a flow started for an application that was rolled back.
 */
@Component
class ReviewStarter {

    private static final Logger log = LoggerFactory.getLogger(ReviewStarter.class);

    private final ApplicationManagement applications;
    private final RoundRobinAssignment assignment;
    private final RuntimeService runtime;

    ReviewStarter(ApplicationManagement applications, RoundRobinAssignment assignment, RuntimeService runtime) {
        this.applications = applications;
        this.assignment = assignment;
        this.runtime = runtime;
    }

    @EventListener
    void on(ApplicationSubmitted submitted) {
        String id = submitted.applicationId();
        String assignee = assignment.next().orElse(null);
        if (assignee == null) {
            log.warn("No active reviewer: {} waits unassigned for a manager or admin", id);
        } else {
            applications.assign(id, assignee);
        }
        var facts = applications.reviewFacts(id);
        runtime.startProcessInstanceByKey(OnboardingProcess.KEY, id, Variables.createVariables()
                .putValue(APPLICATION_ID, id)
                .putValue(ASSIGNEE, assignee)
                .putValue(APPLICANT_NAME, facts.applicantName())
                .putValue(MASKED_PAN, facts.maskedPan())
                .putValue(DISTRIBUTOR, facts.distributorArn())
                .putValue(DOCUMENT_COUNT, facts.documentCount()));
    }
}
