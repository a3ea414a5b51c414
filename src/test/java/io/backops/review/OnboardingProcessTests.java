package io.backops.review;

import static io.backops.review.OnboardingProcess.Elements.*;
import static io.backops.review.OnboardingProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.Test;

/** Every path of {@code bpmn/individual-onboarding.bpmn}, on a plain engine with the beans mocked. */
@Deployment(resources = {"bpmn/individual-onboarding.bpmn", "forms/review-application.form",
        "forms/approve-decision.form"})
class OnboardingProcessTests extends ApprovalAndReversalPaths {

    @Test
    void reviewTaskGoesToThePickedReviewerWithTheDeployedForm() {
        ProcessInstance instance = start("PENDING");

        assertThat(instance).isWaitingAt(USER_REVIEW).hasPassed(SERVICE_PREPARE_REVIEW);
        assertThat(task(instance)).isAssignedTo("ravi");
        var form = engine.getProcessEngine().getFormService().getDeployedTaskForm(task(instance).getId());
        org.assertj.core.api.Assertions.assertThat(form).asString(StandardCharsets.UTF_8)
                .contains("\"id\": \"review-application\"", "\"key\": \"reason\"");
    }

    @Test
    void acceptedApplicationIsPushedAndFollowedUntilTheKraStatusIsFinal() {
        ProcessInstance instance = start("PENDING");

        complete(task(instance), withVariables(DECISION, "ACCEPT"));
        assertThat(instance).isWaitingAt(SERVICE_PUSH_KRA);
        execute(job(SERVICE_PUSH_KRA, instance));
        assertThat(instance).isWaitingAt(TIMER_KRA_POLL).variables().containsEntry(KRA_STATUS, "UNDER_PROCESS");
        execute(job(TIMER_KRA_POLL, instance));
        assertThat(instance).isWaitingAt(SERVICE_POLL_KRA);
        execute(job(SERVICE_POLL_KRA, instance));

        assertThat(instance).isEnded().hasPassed(SERVICE_PUSH_KRA, SERVICE_POLL_KRA, END_KRA_FINAL);
        org.assertj.core.api.Assertions.assertThat(calls).containsExactly("prepared", "decided ACCEPT", "push", "poll");
    }

    @Test
    void pushThatEndsFinalNeedsNoPolling() {
        kraAnswers("FAILED", true, "unused", true);
        ProcessInstance instance = start("PENDING");

        complete(task(instance), withVariables(DECISION, "ACCEPT"));
        execute(job(SERVICE_PUSH_KRA, instance));

        assertThat(instance).isEnded().hasPassed(END_KRA_FINAL).hasNotPassed(TIMER_KRA_POLL);
    }

    @Test
    void rejectedApplicationEndsWithoutAPush() {
        ProcessInstance instance = start("PENDING");

        complete(task(instance), withVariables(DECISION, "REJECT", REASON, "PAN image unreadable"));

        assertThat(instance).isEnded().hasPassed(END_REJECTED).hasNotPassed(SERVICE_PUSH_KRA);
        org.assertj.core.api.Assertions.assertThat(calls).doesNotContain("push");
    }

    @Test
    void draftWaitsForTheResubmissionAndGoesBackToReview() {
        ProcessInstance instance = start("PENDING");

        complete(task(instance), withVariables(DECISION, "DRAFT", REASON, "Address proof missing"));
        assertThat(instance).isWaitingAt(EVT_AWAIT_RESUBMISSION);

        runtimeService().createMessageCorrelation(OnboardingProcess.RESUBMITTED_MESSAGE)
                .processInstanceBusinessKey("APP-2026-000001").correlate();
        assertThat(instance).isWaitingAt(USER_REVIEW);
        complete(task(instance), withVariables(DECISION, "ACCEPT"));

        assertThat(instance).isWaitingAt(SERVICE_PUSH_KRA).hasPassed(MESSAGE_RESUBMITTED);
        org.assertj.core.api.Assertions.assertThat(calls)
                .containsExactly("prepared", "decided DRAFT", "prepared", "decided ACCEPT");
    }

    @Test
    void draftNotResubmittedInTimeDropsOff() {
        ProcessInstance instance = start("PENDING");
        complete(task(instance), withVariables(DECISION, "DRAFT", REASON, "Address proof missing"));
        assertThat(instance).isWaitingAt(EVT_AWAIT_RESUBMISSION);

        execute(job(TIMER_DROP_OFF, instance));

        assertThat(instance).isEnded().hasPassed(SERVICE_RECORD_DROP_OFF, END_DROPPED_OFF).hasNotPassed(MESSAGE_RESUBMITTED);
        org.assertj.core.api.Assertions.assertThat(calls).containsExactly("prepared", "decided DRAFT", "dropped off");
    }

    @Test
    void reviewPastItsSlaIsEscalatedAndStaysOpen() {
        ProcessInstance instance = start("PENDING");

        execute(job(TIMER_REVIEW_SLA, instance));

        assertThat(instance).isWaitingAt(USER_REVIEW).hasPassed(SERVICE_ESCALATE_REVIEW, END_ESCALATED);
        complete(task(instance), withVariables(DECISION, "REJECT", REASON, "Name mismatch"));
        assertThat(instance).isEnded().hasPassed(END_REJECTED);
        org.assertj.core.api.Assertions.assertThat(calls).contains("escalated");
    }

    @Test
    void classificationCanAcceptWithoutAReview() {
        ProcessInstance instance = start("ACCEPTED");

        assertThat(instance).isWaitingAt(SERVICE_PUSH_KRA).hasPassed(SERVICE_DECIDE_AUTOMATICALLY)
                .hasNotPassed(USER_REVIEW);
        org.assertj.core.api.Assertions.assertThat(calls).containsExactly("automatically ACCEPT");
    }

    @Test
    void classificationCanRejectWithoutAReview() {
        ProcessInstance instance = start("REJECTED");

        assertThat(instance).isEnded().hasPassed(SERVICE_DECIDE_AUTOMATICALLY, END_REJECTED).hasNotPassed(USER_REVIEW);
    }

    @Test
    void failingPushIsRetriedAndEndsInAnIncident() {
        Mocks.register("pushToKra", (JavaDelegate) execution -> {
            throw new IllegalStateException("KRA down");
        });
        ProcessInstance instance = start("PENDING");
        complete(task(instance), withVariables(DECISION, "ACCEPT"));

        var management = engine.getProcessEngine().getManagementService();
        String jobId = job(SERVICE_PUSH_KRA, instance).getId();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining("KRA down");
        }

        assertThat(instance).isWaitingAt(SERVICE_PUSH_KRA);
        org.assertj.core.api.Assertions.assertThat(job(SERVICE_PUSH_KRA, instance).getRetries()).isZero();
        org.assertj.core.api.Assertions.assertThat(
                runtimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
    }

    @Override
    protected ProcessInstance start(String startingBucket, String riskClass) {
        return runtimeService().startProcessInstanceByKey(OnboardingProcess.KEY, "APP-2026-000001", Map.of(
                APPLICATION_ID, "APP-2026-000001", STARTING_BUCKET, startingBucket, RISK_CLASS, riskClass,
                RISK_RULE, "all checks passed"));
    }

    private void kraAnswers(String pushStatus, boolean pushFinal, String pollStatus, boolean pollFinal) {
        FlowMocks.kraAnswers(calls, pushStatus, pushFinal, pollStatus, pollFinal);
    }
}
