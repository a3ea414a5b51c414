package io.backops.review;

import static io.backops.review.OnboardingProcess.Elements.*;
import static io.backops.review.OnboardingProcess.Variables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.backops.review.internal.ReviewRestart;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * The paths every reviewed flow has beside its own: a four-eyes decision approved, refused and escalated, and a
 * reversal from each state it is allowed from. Each flow's process tests inherit them, with its own model deployed.
 */
abstract class ApprovalAndReversalPaths extends FlowProcessTestSupport {

    protected abstract ProcessInstance start(String startingBucket, String riskClass);

    protected ProcessInstance start(String startingBucket) {
        return start(startingBucket, "SAFE");
    }

    @Test
    void fourEyesDecisionWaitsForTheCheckerAndApprovedGoesToTheKra() {
        ProcessInstance instance = start("PENDING", "RISKY");

        complete(task(instance), withVariables(DECISION, "ACCEPT"));
        assertThat(instance).isWaitingAt(USER_APPROVE_DECISION).hasPassed(XOR_APPROVAL_NEEDED)
                .hasNotPassed(SERVICE_PUSH_KRA);
        var form = engine.getProcessEngine().getFormService().getDeployedTaskForm(task(instance).getId());
        org.assertj.core.api.Assertions.assertThat(form).asString(StandardCharsets.UTF_8)
                .contains("\"id\": \"approve-decision\"", "\"key\": \"approve\"");
        complete(task(instance), withVariables(APPROVE, "true"));

        assertThat(instance).isWaitingAt(SERVICE_PUSH_KRA).hasPassed(XOR_APPROVED, XOR_JOIN_DECISION, XOR_DECISION);
        org.assertj.core.api.Assertions.assertThat(calls)
                .containsExactly("prepared", "decided ACCEPT", "approval offered", "approved");
    }

    @Test
    void refusedFourEyesDecisionGoesBackToTheReview() {
        ProcessInstance instance = start("PENDING", "RISKY");
        complete(task(instance), withVariables(DECISION, "ACCEPT"));

        complete(task(instance), withVariables(APPROVE, "false", REASON, "Check the address proof again"));

        assertThat(instance).isWaitingAt(USER_REVIEW).hasNotPassed(SERVICE_PUSH_KRA);
        complete(task(instance), withVariables(DECISION, "REJECT", REASON, "Address proof forged"));
        assertThat(instance).isEnded().hasPassed(END_REJECTED).hasNotPassed(SERVICE_PUSH_KRA);
        org.assertj.core.api.Assertions.assertThat(calls).containsExactly("prepared", "decided ACCEPT",
                "approval offered", "refused", "prepared", "decided REJECT");
    }

    @Test
    void decisionWithoutAFourEyesRuleTakesEffectAtOnce() {
        ProcessInstance instance = start("PENDING", "RISKY");

        complete(task(instance), withVariables(DECISION, "REJECT", REASON, "Name mismatch"));

        assertThat(instance).isEnded().hasPassed(XOR_APPROVAL_NEEDED, END_REJECTED).hasNotPassed(USER_APPROVE_DECISION);
    }

    @Test
    void approvalPastItsSlaIsEscalatedAndStaysOpen() {
        ProcessInstance instance = start("PENDING", "RISKY");
        complete(task(instance), withVariables(DECISION, "ACCEPT"));

        execute(job(TIMER_APPROVAL_SLA, instance));

        assertThat(instance).isWaitingAt(USER_APPROVE_DECISION).hasPassed(SERVICE_ESCALATE_APPROVAL,
                END_APPROVAL_ESCALATED);
        complete(task(instance), withVariables(APPROVE, true));
        assertThat(instance).isWaitingAt(SERVICE_PUSH_KRA);
        org.assertj.core.api.Assertions.assertThat(calls).contains("approval escalated", "approved");
    }

    @Test
    void reversedRejectionStartsAFreshReviewWithTheSameReviewer() {
        ProcessInstance instance = start("PENDING");
        complete(task(instance), withVariables(DECISION, "REJECT", REASON, "Name mismatch"));
        assertThat(instance).isEnded();

        restart("sara");

        var again = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey("APP-2026-000001")
                .singleResult();
        assertThat(again).isWaitingAt(USER_REVIEW).variables().containsEntry(RISK_CLASS, "SAFE");
        org.assertj.core.api.Assertions.assertThat(calls).containsExactly("prepared", "decided REJECT", "prepared");
    }

    @Test
    void reversedDraftLeavesItsWaitAndGoesBackToReview() {
        ProcessInstance instance = start("PENDING");
        complete(task(instance), withVariables(DECISION, "DRAFT", REASON, "Address proof missing"));
        assertThat(instance).isWaitingAt(EVT_AWAIT_RESUBMISSION);

        restart("ravi");

        assertThat(instance).isWaitingAt(USER_REVIEW).isNotWaitingAt(EVT_AWAIT_RESUBMISSION);
        org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery()
                .processInstanceId(instance.getId()).activityId(TIMER_DROP_OFF).count()).isZero();
    }

    @Test
    void reversedDropOffStartsAgain() {
        ProcessInstance instance = start("PENDING");
        complete(task(instance), withVariables(DECISION, "DRAFT", REASON, "Address proof missing"));
        execute(job(TIMER_DROP_OFF, instance));
        assertThat(instance).isEnded().hasPassed(END_DROPPED_OFF);

        restart("ravi");

        var again = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey("APP-2026-000001")
                .singleResult();
        assertThat(again).isWaitingAt(USER_REVIEW);
    }

    @Test
    void reversedAcceptanceBeforeThePushCancelsThePush() {
        ProcessInstance instance = start("PENDING");
        complete(task(instance), withVariables(DECISION, "ACCEPT"));
        assertThat(instance).isWaitingAt(SERVICE_PUSH_KRA);

        restart("ravi");

        assertThat(instance).isWaitingAt(USER_REVIEW).isNotWaitingAt(SERVICE_PUSH_KRA);
        org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery()
                .processInstanceId(instance.getId()).activityId(SERVICE_PUSH_KRA).count()).isZero();
        org.assertj.core.api.Assertions.assertThat(calls).doesNotContain("push");
    }

    private void restart(String reviewer) {
        new ReviewRestart(runtimeService(), historyService()).restart("APP-2026-000001", reviewer);
    }
}
