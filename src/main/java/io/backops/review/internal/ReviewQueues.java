package io.backops.review.internal;

import static io.backops.review.OnboardingProcess.Elements.USER_REVIEW;
import static io.backops.review.OnboardingProcess.Variables.ASSIGNEE;

import io.backops.application.ApplicationLifecycle;
import io.backops.application.ApplicationManagement;
import io.backops.identity.PendingWork;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewers' queues as the identity module sees them: how much waits on whom, and moving it. A move changes
 * the application's assignee and its review task's assignee together, in one transaction.
 */
@Component
class ReviewQueues implements PendingWork {

    private final ApplicationManagement applications;
    private final ApplicationLifecycle lifecycle;
    private final TaskService tasks;
    private final RuntimeService runtime;

    ReviewQueues(ApplicationManagement applications, ApplicationLifecycle lifecycle, TaskService tasks,
                 RuntimeService runtime) {
        this.applications = applications;
        this.lifecycle = lifecycle;
        this.tasks = tasks;
        this.runtime = runtime;
    }

    @Override
    public Map<String, Long> pendingCounts(Collection<String> usernames) {
        return applications.pendingCounts(usernames);
    }

    @Override
    @Transactional
    public List<Reassignment> reassign(String from, Supplier<String> nextAssignee, String actor) {
        List<Reassignment> moved = new ArrayList<>();
        for (String applicationId : applications.pendingAssignedTo(from)) {
            String to = nextAssignee.get();
            lifecycle.assign(applicationId, to, actor);
            var task = tasks.createTaskQuery().processInstanceBusinessKey(applicationId)
                    .taskDefinitionKey(USER_REVIEW).singleResult();
            if (task != null) {
                tasks.setAssignee(task.getId(), to);
                // Keeps "back to the same reviewer" (after a draft) pointing at the one who has it now.
                runtime.setVariable(task.getProcessInstanceId(), ASSIGNEE, to);
            }
            moved.add(new Reassignment(applicationId, from, to));
        }
        return moved;
    }
}
