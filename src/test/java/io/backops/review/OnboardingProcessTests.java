package io.backops.review;

import static io.backops.review.OnboardingProcess.Elements.*;
import static io.backops.review.OnboardingProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of {@code bpmn/individual-onboarding.bpmn}, on a plain engine with the beans mocked. */
@Deployment(resources = {"bpmn/individual-onboarding.bpmn", "forms/review-application.form"})
class OnboardingProcessTests {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-tests.camunda.cfg.xml").build();

    private final List<String> decisionsRecorded = new ArrayList<>();
    private final List<String> kraCalls = new ArrayList<>();

    @BeforeEach
    void registerBeans() {
        init(engine.getProcessEngine());
        Mocks.register("onboardingTimers", new Timers());
        Mocks.register("recordDecision", (TaskListener) task -> decisionsRecorded.add((String) task.getVariable(DECISION)));
        kraAnswers("UNDER_PROCESS", false, "VALIDATED", true);
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
    }

    @Test
    void reviewTaskGoesToTheAssigneeWithTheDeployedForm() {
        ProcessInstance instance = start("ravi");

        assertThat(instance).isWaitingAt(USER_REVIEW);
        assertThat(task(instance)).isAssignedTo("ravi");
        var form = engine.getProcessEngine().getFormService().getDeployedTaskForm(task(instance).getId());
        org.assertj.core.api.Assertions.assertThat(form).asString(java.nio.charset.StandardCharsets.UTF_8)
                .contains("\"id\": \"review-application\"", "\"key\": \"reason\"");
    }

    @Test
    void acceptedApplicationIsPushedAndFollowedUntilTheKraStatusIsFinal() {
        ProcessInstance instance = start("ravi");

        complete(task(instance), withVariables(DECISION, "ACCEPT"));
        assertThat(instance).isWaitingAt(SERVICE_PUSH_KRA);
        execute(job(instance));
        assertThat(instance).isWaitingAt(TIMER_KRA_POLL).variables().containsEntry(KRA_STATUS, "UNDER_PROCESS");
        execute(job(instance));
        assertThat(instance).isWaitingAt(SERVICE_POLL_KRA);
        execute(job(instance));

        assertThat(instance).isEnded().hasPassed(SERVICE_PUSH_KRA, SERVICE_POLL_KRA, END_KRA_FINAL);
        org.assertj.core.api.Assertions.assertThat(decisionsRecorded).containsExactly("ACCEPT");
        org.assertj.core.api.Assertions.assertThat(kraCalls).containsExactly("push", "poll");
    }

    @Test
    void pushThatEndsFinalNeedsNoPolling() {
        kraAnswers("FAILED", true, "unused", true);
        ProcessInstance instance = start("ravi");

        complete(task(instance), withVariables(DECISION, "ACCEPT"));
        execute(job(instance));

        assertThat(instance).isEnded().hasPassed(END_KRA_FINAL).hasNotPassed(TIMER_KRA_POLL);
    }

    @Test
    void rejectedApplicationEndsWithoutAPush() {
        ProcessInstance instance = start("ravi");

        complete(task(instance), withVariables(DECISION, "REJECT", REASON, "PAN image unreadable"));

        assertThat(instance).isEnded().hasPassed(END_REJECTED).hasNotPassed(SERVICE_PUSH_KRA);
        org.assertj.core.api.Assertions.assertThat(kraCalls).isEmpty();
    }

    @Test
    void draftEndsTheFlowForNow() {
        ProcessInstance instance = start("ravi");

        complete(task(instance), withVariables(DECISION, "DRAFT", REASON, "Address proof missing"));

        assertThat(instance).isEnded().hasPassed(END_DRAFTED).hasNotPassed(SERVICE_PUSH_KRA);
    }

    @Test
    void failingPushIsRetriedAndEndsInAnIncident() {
        Mocks.register("pushToKra", (JavaDelegate) execution -> {
            throw new IllegalStateException("KRA down");
        });
        ProcessInstance instance = start("ravi");
        complete(task(instance), withVariables(DECISION, "ACCEPT"));

        var management = engine.getProcessEngine().getManagementService();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> management.executeJob(job(instance).getId())).hasMessageContaining("KRA down");
        }

        assertThat(instance).isWaitingAt(SERVICE_PUSH_KRA);
        org.assertj.core.api.Assertions.assertThat(job(instance).getRetries()).isZero();
        org.assertj.core.api.Assertions.assertThat(
                runtimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
    }

    private ProcessInstance start(String assignee) {
        return runtimeService().startProcessInstanceByKey(OnboardingProcess.KEY, "APP-2026-000001", Map.of(
                APPLICATION_ID, "APP-2026-000001", ASSIGNEE, assignee, APPLICANT_NAME, "ASHA RAO",
                MASKED_PAN, "******234K", DISTRIBUTOR, "ARN-12345", DOCUMENT_COUNT, 2));
    }

    private void kraAnswers(String pushStatus, boolean pushFinal, String pollStatus, boolean pollFinal) {
        Mocks.register("pushToKra", (JavaDelegate) execution -> {
            kraCalls.add("push");
            execution.setVariable(KRA_STATUS, pushStatus);
            execution.setVariable(KRA_FINAL, pushFinal);
        });
        Mocks.register("pollKra", (JavaDelegate) execution -> {
            kraCalls.add("poll");
            execution.setVariable(KRA_STATUS, pollStatus);
            execution.setVariable(KRA_FINAL, pollFinal);
        });
    }

    /** Stands in for the {@code onboardingTimers} bean; a retry cycle of three immediate-ish attempts. */
    public static class Timers {
        public String getKraPollInterval() {
            return "PT1H";
        }

        public String getKraRetryCycle() {
            return "R3/PT1M";
        }
    }
}
