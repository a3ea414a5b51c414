package io.backops.review.internal;

import static io.backops.review.OnboardingProcess.Variables.*;

import io.backops.application.ApplicationManagement;
import io.backops.application.Decision;
import io.backops.shared.ConflictException;
import io.backops.shared.NotFoundException;
import io.backops.shared.ValidationException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Runs when the review task completes, whichever surface completed it (Tasklist, engine REST, the API): the decision
 * is recorded by the application module under the same rules everywhere, or the completion fails and nothing changes.
 * Problems are raised as {@link RefusedTaskChange}, which engine REST answers with a 4xx.
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
        if (task.getExecution() == null) {
            // Another completion of this very task got there first (two decisions at once): it has moved on.
            throw new RefusedTaskChange(409, "The application was decided by someone else just now");
        }
        // The business key, not a variable: whoever completes the task can send variables, but not move the
        // decision onto another application.
        String applicationId = task.getExecution().getProcessBusinessKey();
        Decision decision = decision(task.getVariable(DECISION));
        if (task.getVariable(REASON) != null && !(task.getVariable(REASON) instanceof String)) {
            throw new RefusedTaskChange(422, "reason must be text", java.util.Map.of(REASON, "must be text"));
        }
        String reason = (String) task.getVariable(REASON);
        String actor = actor(task);
        try {
            applications.recordDecision(applicationId, decision, reason, actor);
        } catch (ValidationException e) {
            throw new RefusedTaskChange(422, e.fieldErrors().entrySet().stream()
                    .map(error -> error.getKey() + " " + error.getValue())
                    .collect(Collectors.joining("; ")), e.fieldErrors());
        } catch (NotFoundException | AccessDeniedException e) {
            throw new RefusedTaskChange(403, actor + " may not decide on " + applicationId);
        } catch (ConflictException e) {
            throw new RefusedTaskChange(409, e.getMessage());
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
            throw new RefusedTaskChange(422, "decision must be one of " + Arrays.toString(Decision.values()));
        }
    }
}
