package io.backops.review.internal;

import static io.backops.review.OnboardingProcess.Variables.*;

import io.backops.application.ApplicationManagement;
import io.backops.application.Decision;
import io.backops.shared.ConflictException;
import io.backops.shared.NotFoundException;
import io.backops.shared.ValidationException;
import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Runs when the review task completes, whichever surface completed it (Tasklist, engine REST, the API): the decision
 * is recorded by the application module under the same rules everywhere, or the completion fails and nothing changes.
 * Problems are raised as Camunda's form validation errors so that Tasklist and engine REST show them as 400s.
 */
@Component("recordDecision")
class RecordDecision implements TaskListener {

    private final ApplicationManagement applications;
    private final IdentityService identity;

    RecordDecision(ApplicationManagement applications, IdentityService identity) {
        this.applications = applications;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        String applicationId = (String) task.getVariable(APPLICATION_ID);
        Decision decision = decision(task.getVariable(DECISION));
        String reason = (String) task.getVariable(REASON);
        String actor = actor(task);
        try {
            applications.recordDecision(applicationId, decision, reason, actor);
        } catch (ValidationException e) {
            var first = e.fieldErrors().entrySet().iterator().next();
            throw new FormFieldValidationException(first.getKey(), first.getKey() + " " + first.getValue());
        } catch (NotFoundException | AccessDeniedException e) {
            throw new AuthorizationException(actor, "TASK_WORK", "Task", task.getId());
        } catch (ConflictException e) {
            throw new FormFieldValidationException(DECISION, e.getMessage());
        }
    }

    /** The signed-in user who completes the task; the assignee when the engine itself completes it. */
    private String actor(DelegateTask task) {
        var authentication = identity.getCurrentAuthentication();
        return authentication != null ? authentication.getUserId() : task.getAssignee();
    }

    private static Decision decision(Object value) {
        try {
            return Decision.valueOf(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new FormFieldValidationException(DECISION,
                    "decision must be one of " + Arrays.toString(Decision.values()));
        }
    }
}
