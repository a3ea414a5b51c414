package io.backops.review.internal;

import static io.backops.review.OnboardingProcess.Variables.*;

import io.backops.application.ApplicationLifecycle;
import io.backops.shared.ValidationException;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Runs when the approval task completes, on every surface: the checker's answer is recorded by the application
 * module (never the maker, only his manager or an admin, a reason to refuse), or the completion fails and nothing
 * changes. The flow follows the recorded answer.
 */
@Component("recordApproval")
class RecordApproval implements TaskListener {

    private final ApplicationLifecycle applications;
    private final IdentityService identity;

    RecordApproval(ApplicationLifecycle applications, IdentityService identity) {
        this.applications = applications;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getExecution() == null) {
            throw new RefusedTaskChange(409, "The decision was approved or refused by someone else just now");
        }
        String applicationId = task.getExecution().getProcessBusinessKey();
        String checker = RecordDecision.actor(identity, task);
        TaskRefusals.refusedAsTaskChanges(() -> {
            boolean approve = approve(task.getVariable(APPROVE));
            applications.checkDecision(applicationId, approve, RecordDecision.text(task.getVariable(REASON), REASON),
                    checker);
            task.getExecution().setVariable(APPROVED, approve);
        });
    }

    /** Tasklist's radio sends "true" or "false"; engine REST and the API a boolean. */
    private static boolean approve(Object value) {
        if (value instanceof Boolean answer) {
            return answer;
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.parseBoolean((String) value);
        }
        throw new ValidationException(Map.of(APPROVE, "must be true (approve) or false (refuse)"));
    }
}
