package io.backops.review;

import static io.backops.review.OnboardingProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The engine's history cleanup as Backops configures it (a nightly window, the flows' historyTimeToLive of 180
 * days) and the filter that keeps the applicant's name out of the history, on the real onboarding flow with the
 * clock moved forward.
 */
@Deployment(resources = {"bpmn/individual-onboarding.bpmn", "forms/review-application.form"})
class HistoryCleanupTests {

    @RegisterExtension
    ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .configurationResource("history-cleanup-tests.camunda.cfg.xml").build();

    private final List<String> calls = new ArrayList<>();
    private ProcessEngine engine;

    @BeforeEach
    void beans() {
        engine = extension.getProcessEngine();
        FlowMocks.register(calls);
        // As the real prepareReview does: the review form shows the applicant's name and masked PAN.
        Mocks.register("prepareReview", (JavaDelegate) execution -> {
            execution.setVariable(ASSIGNEE, "ravi");
            execution.setVariable(APPLICANT_NAME, "ASHA RAO");
            execution.setVariable(MASKED_PAN, "ABCPR****K");
        });
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void theApplicantsNameIsShownToTheReviewerButNeverWrittenToTheHistory() {
        ProcessInstance instance = start("APP-2026-100001");

        assertThat(engine.getRuntimeService().getVariable(instance.getId(), APPLICANT_NAME)).isEqualTo("ASHA RAO");
        var history = engine.getHistoryService();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
                .extracting("name").contains(APPLICATION_ID, ASSIGNEE).doesNotContain(APPLICANT_NAME, MASKED_PAN);
        // History level audit (docs/adr/0014): no variable's earlier values are kept at all.
        assertThat(history.createHistoricDetailQuery().processInstanceId(instance.getId()).list()).isEmpty();
    }

    @Test
    void finishedInstancesLoseTheirHistoryInTheNightlyWindowOnceTheirTimeToLiveHasPassed() {
        LocalDateTime start = LocalDateTime.of(2026, 1, 10, 11, 0);
        at(start);
        ProcessInstance old = start("APP-2026-100002");
        reject(old);
        at(start.plusDays(100));
        ProcessInstance recent = start("APP-2026-100003");
        reject(recent);
        ProcessInstance running = start("APP-2026-100004");
        var history = engine.getHistoryService();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(old.getId()).count()).isPositive();

        // 181 days after the first ended, in the small hours: inside the window, past its time to live only.
        at(start.plusDays(181).withHour(2));
        runHistoryCleanup();

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(old.getId()).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(old.getId()).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(old.getId()).count()).isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(old.getId()).count()).isZero();
        assertThat(history.createHistoricDetailQuery().processInstanceId(old.getId()).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(recent.getId()).count()).isOne();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(recent.getId()).count()).isPositive();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(running.getId()).count()).isOne();
    }

    @Test
    void outsideTheWindowTheCleanupWaitsForTheNextNight() {
        at(LocalDateTime.of(2026, 3, 2, 14, 30));

        var job = engine.getHistoryService().cleanUpHistoryAsync();

        LocalDateTime due = LocalDateTime.ofInstant(job.getDuedate().toInstant(), ZoneId.systemDefault());
        assertThat(due).isEqualTo(LocalDateTime.of(2026, 3, 3, 1, 0));
        assertThat(engine.getHistoryService().findHistoryCleanupJobs()).hasSize(1);
    }

    private void runHistoryCleanup() {
        var job = engine.getHistoryService().cleanUpHistoryAsync(true);
        engine.getManagementService().executeJob(job.getId());
    }

    private ProcessInstance start(String applicationId) {
        return engine.getRuntimeService().startProcessInstanceByKey(OnboardingProcess.KEY, applicationId, Map.of(
                APPLICATION_ID, applicationId, STARTING_BUCKET, "PENDING", RISK_CLASS, "SAFE",
                RISK_RULE, "all checks passed"));
    }

    private void reject(ProcessInstance instance) {
        var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        engine.getTaskService().complete(task.getId(), Map.of(DECISION, "REJECT", REASON, "AML screening match"));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
                .count()).isZero();
    }

    private static void at(LocalDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.atZone(ZoneId.systemDefault()).toInstant()));
    }
}
