package io.backops.review.internal;

import static io.backops.review.OnboardingProcess.Elements.USER_APPROVE_DECISION;
import static io.backops.review.OnboardingProcess.Elements.USER_REVIEW;
import static io.backops.review.OnboardingProcess.Variables.APPROVE;
import static io.backops.review.OnboardingProcess.Variables.DECISION;
import static io.backops.review.OnboardingProcess.Variables.REASON;

import io.backops.application.Decision;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractWritableIdentityServiceCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person may do to the engine directly, through engine REST or the webapps (see {@link EngineSurface}):
 * <ul>
 * <li>complete a task with a decision and its reason and nothing else: other variables are dropped (and logged),
 *     so nobody routes the next review or forges who triggered a push; a review's decision is checked here, before
 *     the engine runs, so both surfaces answer a 4xx naming the problem;</li>
 * <li>not write process variables any other way, nor start, modify, message or signal instances;</li>
 * <li>not assign, claim, delegate or re-own a task, nor change its candidates: assignments follow Backops' rules
 *     ({@code PUT /api/applications/{id}/assignee});</li>
 * <li>not change Camunda users, groups, memberships or credentials: Backops owns identity.</li>
 * </ul>
 */
final class EngineSurfaceGuard extends CommandInterceptor {

    private static final Logger log = LoggerFactory.getLogger(EngineSurfaceGuard.class);
    /** What a person sends when completing a task: a decision and its reason, or a checker's answer and its reason. */
    private static final Set<String> FROM_THE_PERSON = Set.of(DECISION, REASON, APPROVE);
    private static final Set<String> VARIABLE_WRITES = Set.of("SetTaskVariablesCmd", "SetExecutionVariablesCmd",
            "PatchTaskVariablesCmd", "PatchExecutionVariablesCmd", "RemoveTaskVariablesCmd",
            "RemoveExecutionVariablesCmd", "ModifyProcessInstanceCmd", "ModifyProcessInstanceAsyncCmd",
            "ProcessInstanceModificationBatchCmd", "StartProcessInstanceCmd", "StartProcessInstanceAtActivitiesCmd",
            "SubmitStartFormCmd", "CorrelateMessageCmd", "CorrelateAllMessageCmd", "MessageEventReceivedCmd",
            "SignalCmd", "SignalEventReceivedCmd", "EvaluateStartConditionCmd", "RestartProcessInstancesCmd",
            "SetVariablesToProcessInstancesBatchCmd");
    private static final Set<String> ASSIGNMENTS = Set.of("AssignTaskCmd", "ClaimTaskCmd", "DelegateTaskCmd",
            "SetTaskOwnerCmd", "AddUserIdentityLinkCmd", "AddGroupIdentityLinkCmd", "DeleteUserIdentityLinkCmd",
            "DeleteGroupIdentityLinkCmd", "AddIdentityLinkForProcessDefinitionCmd",
            "DeleteIdentityLinkForProcessDefinitionCmd");
    private static final Set<String> IDENTITY_WRITES = Set.of("SetUserPictureCmd", "DeleteUserPictureCmd",
            "SetUserInfoCmd", "DeleteUserInfoCmd", "CheckPassword", "UnlockUserCmd");

    private final ProcessEngineConfigurationImpl configuration;

    EngineSurfaceGuard(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (EngineSurface.active()) {
            check(command);
        }
        return next.execute(command);
    }

    private void check(Command<?> command) {
        String name = command.getClass().getSimpleName();
        if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
            completion(command);
        } else if (command instanceof SaveTaskCmd save) {
            taskSave(save);
        } else if (VARIABLE_WRITES.contains(name)) {
            throw new AuthorizationException("Process variables and instances change only through Backops: a person "
                    + "sends a task's decision and its reason when completing it, nothing else");
        } else if (ASSIGNMENTS.contains(name)) {
            throw refusedAssignment();
        } else if (command instanceof AbstractWritableIdentityServiceCmd || IDENTITY_WRITES.contains(name)) {
            throw new AuthorizationException("Users, groups, memberships and passwords change only in Backops "
                    + "(/api/users, /api/me/password), never in the engine");
        }
    }

    private void completion(Command<?> command) {
        String field = command instanceof CompleteTaskCmd ? "variables" : "properties";
        String taskId = (String) read(command, "taskId");
        TaskEntity task = task(taskId);
        if (task == null) {
            throw new RefusedTaskChange(404, "No task " + taskId);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> sent = (Map<String, Object>) read(command, field);
        Map<String, Object> kept = new LinkedHashMap<>();
        Set<String> dropped = new TreeSet<>();
        if (sent != null) {
            sent.forEach((key, value) -> {
                if (fromThePerson(task, key)) {
                    kept.put(key, value);
                } else {
                    dropped.add(key);
                }
            });
        }
        if (!dropped.isEmpty()) {
            // Names only: the values may be anything a person typed.
            log.warn("Dropped variables {} sent with the completion of task {} ({}): only {} come from a person",
                    dropped, taskId, task.getTaskDefinitionKey(), FROM_THE_PERSON);
        }
        if (USER_REVIEW.equals(task.getTaskDefinitionKey())) {
            checkDecision(kept);
        }
        write(command, field, Variables.fromMap(kept));
    }

    /** A review takes a decision, an approval an answer; both a reason. */
    private static boolean fromThePerson(TaskEntity task, String variable) {
        if (REASON.equals(variable)) {
            return true;
        }
        return USER_APPROVE_DECISION.equals(task.getTaskDefinitionKey()) ? APPROVE.equals(variable)
                : DECISION.equals(variable);
    }

    private static void checkDecision(Map<String, Object> variables) {
        Object decision = plain(variables.get(DECISION));
        Object reason = plain(variables.get(REASON));
        Map<String, String> fields = new LinkedHashMap<>();
        if (!(decision instanceof String text) || Arrays.stream(Decision.values()).noneMatch(d -> d.name().equals(text))) {
            fields.put(DECISION, "must be one of " + Arrays.toString(Decision.values()));
        }
        if (reason != null && !(reason instanceof String)) {
            fields.put(REASON, "must be text");
        } else if (fields.isEmpty() && Decision.valueOf((String) decision).requiresReason()
                && (reason == null || ((String) reason).isBlank())) {
            fields.put(REASON, "is required to reject or send back");
        }
        if (!fields.isEmpty()) {
            throw new RefusedTaskChange(422, fields.entrySet().stream()
                    .map(error -> error.getKey() + " " + error.getValue()).reduce((a, b) -> a + "; " + b).orElseThrow(),
                    fields);
        }
    }

    private static Object plain(Object value) {
        return value instanceof TypedValue typed ? typed.getValue() : value;
    }

    /** A task's own fields (name, due date, follow-up) may change; who holds it may not. */
    private void taskSave(SaveTaskCmd save) {
        TaskEntity changed = (TaskEntity) read(save, "task");
        TaskEntity stored = changed.getId() == null ? null : task(changed.getId());
        String assigneeBefore = stored == null ? null : stored.getAssignee();
        String ownerBefore = stored == null ? null : stored.getOwner();
        if (!Objects.equals(assigneeBefore, changed.getAssignee())
                || !Objects.equals(ownerBefore, changed.getOwner())) {
            throw refusedAssignment();
        }
    }

    private static AuthorizationException refusedAssignment() {
        return new AuthorizationException("Tasks are assigned in Backops (PUT /api/applications/{id}/assignee: an "
                + "active reviewer or manager, a manager's own team), not through the engine");
    }

    private TaskEntity task(String taskId) {
        if (taskId == null) {
            return null;
        }
        return configuration.getCommandExecutorTxRequired()
                .execute(context -> context.getTaskManager().findTaskById(taskId));
    }

    private static Object read(Object command, String name) {
        try {
            return field(command.getClass(), name).get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getName(), e);
        }
    }

    private static void write(Object command, String name, Object value) {
        try {
            field(command.getClass(), name).set(command, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot write " + name + " of " + command.getClass().getName(), e);
        }
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> at = type; at != null; at = at.getSuperclass()) {
            try {
                Field field = at.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalStateException(type.getName() + " has no field " + name);
    }
}
