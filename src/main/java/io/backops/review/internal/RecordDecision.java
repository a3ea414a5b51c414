package io.backops.review.internal;

import static io.backops.review.OnboardingProcess.Variables.*;

import io.backops.application.ApplicationLifecycle;
import io.backops.application.Decision;
import io.backops.application.InvestorApplication;
import io.backops.shared.ValidationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Runs when the review task completes, whichever surface completed it (Tasklist, engine REST, the API): the decision
 * is recorded by the application module under the same rules everywhere, or the completion fails and nothing changes.
 * Whether it waits for a checker (four eyes) is the application's answer, set here for the flow to follow; the
 * person deciding cannot choose it.
 */
@Component("recordDecision")
class RecordDecision implements TaskListener {

    private final ApplicationLifecycle applications;
    private final IdentityService identity;

    RecordDecision(ApplicationLifecycle applications, IdentityService identity) {
        this.applications = applications;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getExecution() == null) {
            // Another completion of this very task got there first (two decisions at once): it has moved on.
            throw new RefusedTaskChange(409, "The application was decided by someone else just now");
        }
        // The business key, not a variable: whoever completes the task can send variables, but not move the
        // decision onto another application.
        String applicationId = task.getExecution().getProcessBusinessKey();
        String actor = actor(identity, task);
        TaskRefusals.refusedAsTaskChanges(() -> {
            Decision decision = Decision.parse(task.getVariable(DECISION));
            String reason = text(task.getVariable(REASON), REASON);
            var result = applications.decide(applicationId, decision, reason, actor);
            task.getExecution().setVariable(APPROVAL_REQUIRED,
                    result == InvestorApplication.DecisionResult.AWAITING_APPROVAL);
        });
    }

    /** The signed-in user who completes the task; the assignee when the engine itself completes it. */
    static String actor(IdentityService identity, DelegateTask task) {
        var authentication = identity.getCurrentAuthentication();
        return authentication != null ? authentication.getUserId() : task.getAssignee();
    }

    /** A reason as the person sent it: text, or nothing. */
    static String text(Object value, String field) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new ValidationException(java.util.Map.of(field, "must be text"));
    }
}
