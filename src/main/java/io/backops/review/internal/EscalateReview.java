package io.backops.review.internal;

import static io.backops.review.OnboardingProcess.Elements.USER_REVIEW;

import io.backops.application.ApplicationLifecycle;
import io.backops.identity.BackofficeUser;
import io.backops.identity.UserManagement;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code service_escalate_review}: the review outran its SLA, so the reviewer's manager takes the task into his own
 * queue; the timeline says so. (Mailing the manager comes with the notifications of the settings module.)
 */
@Component("escalateReview")
class EscalateReview implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(EscalateReview.class);

    private final ApplicationLifecycle applications;
    private final UserManagement users;
    private final TaskService tasks;
    private final ReviewSla sla;

    EscalateReview(ApplicationLifecycle applications, UserManagement users, TaskService tasks, ReviewSla sla) {
        this.applications = applications;
        this.users = users;
        this.tasks = tasks;
        this.sla = sla;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String id = execution.getProcessBusinessKey();
        var task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(USER_REVIEW).singleResult();
        if (task == null) {
            return;
        }
        String reviewer = task.getAssignee();
        String manager = reviewer == null ? null
                : users.find(reviewer).map(BackofficeUser::manager).orElse(null);
        String detail = "not decided within " + sla.describe() + (reviewer == null ? "" : " by " + reviewer);
        if (manager == null) {
            log.warn("{} is past its SLA and {} has no manager to hand it to", id, reviewer);
            applications.escalate(id, reviewer, detail + "; no manager to take it");
            return;
        }
        applications.escalate(id, manager, detail);
        tasks.setAssignee(task.getId(), manager);
        log.info("{} is past its SLA: handed from {} to their manager {}", id, reviewer, manager);
    }
}
