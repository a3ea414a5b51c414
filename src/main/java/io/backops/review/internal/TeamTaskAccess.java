package io.backops.review.internal;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import static io.backops.review.OnboardingProcess.Elements.USER_REVIEW;

import io.backops.application.ApplicationLifecycle;
import io.backops.application.ApplicationManagement;
import io.backops.identity.BackofficeUser;
import io.backops.identity.Role;
import io.backops.identity.TeamChanged;
import io.backops.identity.UserManagement;
import io.backops.review.OnboardingProcess;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who may see and work a task besides the admins (docs/roles-and-scopes.md): its assignee and the assignee's manager,
 * nobody else. Runs on every assignment, whatever made it (the flow, Tasklist, engine REST, a reassignment), and when a
 * user changes teams, so a previous assignee or manager loses the task the moment it moves. Camunda itself only
 * grants the new assignee and leaves the old one's grant behind; that is why this exists.
 */
@Component
class TeamTaskAccess {

    private final UserManagement users;
    private final ApplicationLifecycle lifecycle;
    private final AuthorizationService authorizations;
    private final TaskService tasks;

    TeamTaskAccess(UserManagement users, ApplicationLifecycle lifecycle, AuthorizationService authorizations,
                   TaskService tasks) {
        this.users = users;
        this.lifecycle = lifecycle;
        this.authorizations = authorizations;
        this.tasks = tasks;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_ASSIGNMENT + "'")
    void onAssignment(DelegateTask task) {
        if (!USER_REVIEW.equals(task.getTaskDefinitionKey())) {
            // An approval task is taken by its checker; the application stays with the reviewer who decided.
            return;
        }
        if (task.getAssignee() == null && task.getExecution() != null) {
            throw new RefusedTaskChange(409, "An application under review keeps an assignee: reassign it instead");
        }
        // The application follows its task, whichever surface moved it (an admin in Tasklist, say). A task outside
        // any flow (Tasklist's "create task") has no application.
        if (task.getExecution() != null) {
            var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            lifecycle.assign(task.getExecution().getProcessBusinessKey(), task.getAssignee(),
                    authentication != null ? authentication.getUserId() : ApplicationManagement.SYSTEM);
            // "Back to the same reviewer" after a draft means the reviewer who had it last, however it reached him.
            // Set only when it changes: the review preparation has set it already for a fresh task, and every
            // write of a variable is a row written and its history updated.
            if (!task.getAssignee().equals(task.getExecution().getVariable(OnboardingProcess.Variables.ASSIGNEE))
                    && users.find(task.getAssignee()).filter(user -> user.role() == Role.REVIEWER).isPresent()) {
                task.getExecution().setVariable(OnboardingProcess.Variables.ASSIGNEE, task.getAssignee());
            }
        }
        // The person assigning may not manage authorizations; this rule may.
        Context.getCommandContext().runWithoutAuthorization(() -> {
            regrant(task.getId(), task.getAssignee());
            return null;
        });
    }

    @EventListener
    void onTeamChanged(TeamChanged change) {
        tasks.createTaskQuery().taskAssignee(change.username()).list()
                .forEach(task -> regrant(task.getId(), change.username()));
    }

    private void regrant(String taskId, String assignee) {
        String manager = assignee == null ? null : users.find(assignee).map(BackofficeUser::manager).orElse(null);
        Set<String> keep = new HashSet<>();
        keep.add(assignee);
        keep.add(manager);
        // One query for the task's grants: those to drop, and whether the manager's is among those kept.
        var grants = authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId).list();
        grants.stream()
                .filter(grant -> grant.getUserId() != null && !keep.contains(grant.getUserId()))
                .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
        boolean managerGranted = manager != null
                && grants.stream().anyMatch(grant -> manager.equals(grant.getUserId()));
        if (manager != null && !managerGranted) {
            var grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            grant.setUserId(manager);
            grant.setResource(Resources.TASK);
            grant.setResourceId(taskId);
            grant.addPermission(Permissions.READ);
            grant.addPermission(TaskPermissions.TASK_WORK);
            authorizations.saveAuthorization(grant);
        }
    }
}
