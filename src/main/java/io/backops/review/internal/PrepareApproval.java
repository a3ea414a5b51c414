package io.backops.review.internal;

import static io.backops.review.OnboardingProcess.Variables.*;

import io.backops.application.ApplicationManagement;
import io.backops.identity.BackofficeUser;
import io.backops.identity.UserManagement;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When a four-eyes decision waits: the approval task goes to the maker's manager and is offered to the admins,
 * never to the maker (who is neither its assignee, a candidate, nor granted it). The form shows who
 * decided what and why.
 */
@Component("prepareApproval")
class PrepareApproval implements TaskListener {

    private final ApplicationManagement applications;
    private final UserManagement users;

    PrepareApproval(ApplicationManagement applications, UserManagement users) {
        this.applications = applications;
        this.users = users;
    }

    @Override
    public void notify(DelegateTask task) {
        var approval = applications.pendingApproval(task.getExecution().getProcessBusinessKey()).orElseThrow(
                () -> new IllegalStateException("An approval task without a decision awaiting approval"));
        task.setVariable(MAKER, approval.maker());
        task.setVariable(MAKER_REASON, approval.reason());
        task.setVariable(DECISION, approval.decision().name());
        // Admins may take any approval (in the portal or the API); the maker's manager finds it in his own Tasklist
        // queue, assigned to him (the engine grants an assignee the task), since nobody claims tasks through the engine.
        task.addCandidateGroup(Groups.CAMUNDA_ADMIN);
        users.find(approval.maker()).map(BackofficeUser::manager).ifPresent(task::setAssignee);
    }
}
