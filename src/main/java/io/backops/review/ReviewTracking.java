package io.backops.review;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Where an application's flow stands in the engine, for links into Tasklist and Cockpit and for the review's SLA.
 * Callers check scope first: this answers about any application.
 */
@Service
public class ReviewTracking {

    private final ProcessEngine engine;

    ReviewTracking(ProcessEngine engine) {
        this.engine = engine;
    }

    /** The running flow: its instance, the open review task if any, and when that review escalates. */
    public record Tracking(String engineName, String processInstanceId, String reviewTaskId, OffsetDateTime slaDue) {
    }

    public Optional<Tracking> of(String applicationId) {
        RuntimeService runtime = engine.getRuntimeService();
        TaskService tasks = engine.getTaskService();
        ManagementService management = engine.getManagementService();
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(applicationId)
                .active().listPage(0, 1).stream().findFirst();
        if (instance.isEmpty()) {
            return Optional.empty();
        }
        String instanceId = instance.get().getId();
        Task review = tasks.createTaskQuery().processInstanceId(instanceId)
                .taskDefinitionKey(OnboardingProcess.Elements.USER_REVIEW).singleResult();
        Job sla = management.createJobQuery().processInstanceId(instanceId)
                .activityId(OnboardingProcess.Elements.TIMER_REVIEW_SLA).timers().singleResult();
        OffsetDateTime slaDue = sla == null || sla.getDuedate() == null
                ? null : sla.getDuedate().toInstant().atOffset(ZoneOffset.UTC);
        return Optional.of(new Tracking(engine.getName(), instanceId, review == null ? null : review.getId(), slaDue));
    }
}
