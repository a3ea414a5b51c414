package io.backops.review;

import static io.backops.review.OnboardingProcess.Elements.USER_APPROVE_DECISION;
import static io.backops.review.OnboardingProcess.Elements.USER_REVIEW;
import static io.backops.review.OnboardingProcess.Variables.APPROVE;
import static io.backops.review.OnboardingProcess.Variables.DECISION;
import static io.backops.review.OnboardingProcess.Variables.REASON;
import static io.backops.review.OnboardingProcess.Variables.REQUEST_ID;

import io.backops.application.ApplicationLifecycle;
import io.backops.application.ApplicationManagement;
import io.backops.application.ApplicationView;
import io.backops.application.Decision;
import io.backops.identity.BackofficeUser;
import io.backops.identity.Role;
import io.backops.identity.UserManagement;
import io.backops.identity.UserStatus;
import io.backops.review.internal.RefusedTaskChange;
import io.backops.settings.Grant;
import io.backops.settings.Settings;
import io.backops.shared.ConflictException;
import io.backops.shared.NotFoundException;
import io.backops.shared.RequestId;
import io.backops.shared.ValidationException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API's way to decide, to approve a four-eyes decision and to move a review: it completes or reassigns the very
 * task Tasklist shows, as the signed-in user, so the engine's authorizations and the task's listeners apply exactly
 * as they do there.
 */
@Service
public class Reviews {

    private final TaskService tasks;
    private final IdentityService identity;
    private final ApplicationManagement applications;
    private final ApplicationLifecycle lifecycle;
    private final UserManagement users;
    private final Settings settings;

    Reviews(TaskService tasks, IdentityService identity, ApplicationManagement applications,
            ApplicationLifecycle lifecycle, UserManagement users, Settings settings) {
        this.settings = settings;
        this.tasks = tasks;
        this.identity = identity;
        this.applications = applications;
        this.lifecycle = lifecycle;
        this.users = users;
    }

    /** A reviewer's decision; the answer holds the approval it waits for where a four-eyes rule holds, else null. */
    @Transactional
    public ApplicationView.ApprovalView decide(String applicationId, Decision decision, String reason, String actor) {
        backOffice(actor, "Only the back office decides on applications");
        Task task = taskInScope(applicationId, USER_REVIEW, actor, "is not waiting for a review");
        complete(task, applicationId, actor, Variables.createVariables().putValue(DECISION, decision.name())
                .putValue(REASON, reason).putValue(REQUEST_ID, RequestId.current().orElse(null)));
        // The approval alone: the whole view would read documents, applicant and deadlines only to drop them.
        return applications.pendingApproval(applicationId).map(ApplicationView.ApprovalView::of).orElse(null);
    }

    /** The checker's answer to a four-eyes decision. */
    @Transactional
    public void checkDecision(String applicationId, boolean approve, String reason, String actor) {
        backOffice(actor, "Only the back office approves decisions");
        Task task = taskInScope(applicationId, USER_APPROVE_DECISION, actor, "has no decision awaiting approval");
        // The approval task is not granted to the maker, so the engine would answer him "not found": ask the
        // application's own rule first, for the answer the maker should get (403).
        lifecycle.requireChecker(applicationId, actor);
        complete(task, applicationId, actor, Variables.createVariables().putValue(APPROVE, approve)
                .putValue(REASON, reason).putValue(REQUEST_ID, RequestId.current().orElse(null)));
    }

    /** Gives a pending review to another active back-office user: any for an admin, his team for a manager. */
    @Transactional
    public void reassign(String applicationId, String to, String actor) {
        settings.require(Grant.REASSIGN);
        BackofficeUser user = backOffice(actor, "Only admins and managers assign applications");
        if (user.role() == Role.REVIEWER) {
            throw new AccessDeniedException("Only admins and managers assign applications");
        }
        Task task = taskInScope(applicationId, USER_REVIEW, actor, "is not waiting for a review");
        BackofficeUser target = users.find(to).filter(u -> u.status() == UserStatus.ACTIVE)
                .filter(u -> u.role() == Role.REVIEWER || u.role() == Role.MANAGER)
                .orElseThrow(() -> new ValidationException(Map.of("username", "must be an active reviewer or manager")));
        if (user.role() == Role.MANAGER && !to.equals(actor) && !actor.equals(target.manager())) {
            throw new ValidationException(Map.of("username", "must be you or a member of your team"));
        }
        lifecycle.assign(applicationId, to, actor);
        try {
            tasks.setAssignee(task.getId(), to);
        } catch (OptimisticLockingException e) {
            // Another reassignment or a decision changed the task first; this transaction rolls back whole.
            throw new ConflictException("Application " + applicationId
                    + " was changed by someone else just now; reload it and try again");
        }
    }

    /**
     * Completes a task as the actor. A completion that committed between our finding the task and completing it
     * takes the task, its grants and its execution along, and the engine then fails in whichever way it meets the
     * gap first (authorization, a missing parent execution): if the task is gone, someone else was first.
     */
    private void complete(Task task, String applicationId, String actor, VariableMap variables) {
        identity.setAuthentication(actor, groupsOf(actor));
        try {
            tasks.complete(task.getId(), variables);
        } catch (OptimisticLockingException | NullValueException e) {
            throw doneMeanwhile(applicationId);
        } catch (RuntimeException e) {
            identity.clearAuthentication();
            if (tasks.createTaskQuery().taskId(task.getId()).count() == 0) {
                throw doneMeanwhile(applicationId);
            }
            if (e instanceof AuthorizationException) {
                throw new NotFoundException("No application " + applicationId);
            }
            throw e instanceof ProcessEngineException engine ? translated(engine, applicationId) : e;
        } finally {
            identity.clearAuthentication();
        }
    }

    private Task taskInScope(String applicationId, String taskKey, String actor, String notWaiting) {
        applications.requireInScope(applicationId, actor);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(applicationId)
                .taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new ConflictException("Application " + applicationId + " " + notWaiting);
        }
        return task;
    }

    private BackofficeUser backOffice(String actor, String refusal) {
        BackofficeUser user = users.find(actor).orElseThrow(() -> new AccessDeniedException("Unknown user"));
        if (!user.role().isBackOffice()) {
            throw new AccessDeniedException(refusal);
        }
        return user;
    }

    private static ConflictException doneMeanwhile(String applicationId) {
        return new ConflictException("Application " + applicationId + " was decided by someone else just now");
    }

    private List<String> groupsOf(String actor) {
        return identity.createGroupQuery().groupMember(actor).list().stream().map(Group::getId).toList();
    }

    /** A task listener's refusal, as the API's own problem. */
    private static RuntimeException translated(ProcessEngineException e, String applicationId) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RefusedTaskChange refused) {
                return switch (refused.status()) {
                    case 422 -> new ValidationException(refused.fields());
                    case 409 -> new ConflictException(refused.getMessage());
                    case 403 -> new AccessDeniedException(refused.getMessage());
                    default -> new NotFoundException("No application " + applicationId);
                };
            }
        }
        return e;
    }
}
