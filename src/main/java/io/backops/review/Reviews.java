package io.backops.review;

import static io.backops.review.OnboardingProcess.Elements.USER_REVIEW;
import static io.backops.review.OnboardingProcess.Variables.DECISION;
import static io.backops.review.OnboardingProcess.Variables.REASON;
import static io.backops.review.OnboardingProcess.Variables.REQUEST_ID;

import io.backops.application.ApplicationManagement;
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
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API's way to decide and to move a review: it completes or reassigns the very task Tasklist shows, as the
 * signed-in user, so the engine's authorizations and the task's listeners apply exactly as they do there.
 */
@Service
public class Reviews {

    private final TaskService tasks;
    private final IdentityService identity;
    private final ApplicationManagement applications;
    private final UserManagement users;
    private final Settings settings;

    Reviews(TaskService tasks, IdentityService identity, ApplicationManagement applications, UserManagement users,
            Settings settings) {
        this.settings = settings;
        this.tasks = tasks;
        this.identity = identity;
        this.applications = applications;
        this.users = users;
    }

    @Transactional
    public void decide(String applicationId, Decision decision, String reason, String actor) {
        backOffice(actor, "Only the back office decides on applications");
        Task task = reviewTaskInScope(applicationId, actor);
        identity.setAuthentication(actor, groupsOf(actor));
        try {
            tasks.complete(task.getId(), Variables.createVariables().putValue(DECISION, decision.name())
                    .putValue(REASON, reason).putValue(REQUEST_ID, RequestId.current().orElse(null)));
        } catch (OptimisticLockingException | NullValueException e) {
            // The task changed under us, or a concurrent decision completed it after we found it.
            throw decidedMeanwhile(applicationId);
        } catch (RuntimeException e) {
            identity.clearAuthentication();
            // A decision that committed between our finding the task and completing it takes the task, its grants
            // and its execution along, and the engine then fails in whichever way it meets the gap first
            // (authorization, a missing parent execution): if the task is gone, someone else decided first.
            if (tasks.createTaskQuery().taskId(task.getId()).count() == 0) {
                throw decidedMeanwhile(applicationId);
            }
            if (e instanceof AuthorizationException) {
                throw new NotFoundException("No application " + applicationId);
            }
            throw e instanceof ProcessEngineException engine ? translated(engine, applicationId) : e;
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Gives a pending review to another active back-office user: any for an admin, his team for a manager. */
    @Transactional
    public void reassign(String applicationId, String to, String actor) {
        settings.require(Grant.REASSIGN);
        BackofficeUser user = backOffice(actor, "Only admins and managers assign applications");
        if (user.role() == Role.USER) {
            throw new AccessDeniedException("Only admins and managers assign applications");
        }
        Task task = reviewTaskInScope(applicationId, actor);
        BackofficeUser target = users.find(to).filter(u -> u.status() == UserStatus.ACTIVE)
                .filter(u -> u.role() == Role.USER || u.role() == Role.MANAGER)
                .orElseThrow(() -> new ValidationException(Map.of("username", "must be an active reviewer or manager")));
        if (user.role() == Role.MANAGER && !to.equals(actor) && !actor.equals(target.manager())) {
            throw new ValidationException(Map.of("username", "must be you or a member of your team"));
        }
        applications.assign(applicationId, to, actor);
        tasks.setAssignee(task.getId(), to);
    }

    private Task reviewTaskInScope(String applicationId, String actor) {
        if (!applications.inScope(applicationId, actor)) {
            throw new NotFoundException("No application " + applicationId);
        }
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(applicationId)
                .taskDefinitionKey(USER_REVIEW).singleResult();
        if (task == null) {
            throw new ConflictException("Application " + applicationId + " is not waiting for a review");
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

    private static ConflictException decidedMeanwhile(String applicationId) {
        return new ConflictException("Application " + applicationId + " was decided by someone else just now");
    }

    private List<String> groupsOf(String actor) {
        return identity.createGroupQuery().groupMember(actor).list().stream().map(Group::getId).toList();
    }

    /** The decision listener's refusal, as the API's own problem. */
    private static RuntimeException translated(ProcessEngineException e, String applicationId) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RefusedTaskChange refused) {
                return switch (refused.status()) {
                    case 422 -> new ValidationException(refused.fields());
                    case 409 -> new ConflictException(refused.getMessage());
                    default -> new NotFoundException("No application " + applicationId);
                };
            }
        }
        return e;
    }
}
