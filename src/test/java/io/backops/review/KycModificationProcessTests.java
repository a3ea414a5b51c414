package io.backops.review;

import static io.backops.review.OnboardingProcess.Elements.*;
import static io.backops.review.OnboardingProcess.Variables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/** Every path of {@code bpmn/kyc-modification.bpmn}, on a plain engine with the beans mocked. */
@Deployment(resources = {"bpmn/kyc-modification.bpmn", "forms/review-application.form",
        "forms/approve-decision.form"})
class KycModificationProcessTests extends ApprovalAndReversalPaths {

    @Test
    void aModificationIsReviewedByAPersonEvenWhereClassificationWouldAcceptIt() {
        ProcessInstance instance = start("ACCEPTED");

        assertThat(instance).isWaitingAt(USER_REVIEW).hasPassed(SERVICE_PREPARE_REVIEW);
        assertThat(task(instance)).isAssignedTo("ravi");
        org.assertj.core.api.Assertions.assertThat(calls).containsExactly("prepared");
    }

    @Test
    void acceptedModificationIsPushedAndFollowedUntilFinal() {
        ProcessInstance instance = start("PENDING");

        complete(task(instance), withVariables(DECISION, "ACCEPT"));
        execute(job(SERVICE_PUSH_KRA, instance));
        execute(job(TIMER_KRA_POLL, instance));
        execute(job(SERVICE_POLL_KRA, instance));

        assertThat(instance).isEnded().hasPassed(SERVICE_PUSH_KRA, SERVICE_POLL_KRA, END_KRA_FINAL);
        org.assertj.core.api.Assertions.assertThat(calls).containsExactly("prepared", "decided ACCEPT", "push", "poll");
    }

    @Test
    void rejectedModificationEndsWithoutAPush() {
        ProcessInstance instance = start("PENDING");

        complete(task(instance), withVariables(DECISION, "REJECT", REASON, "New address proof unreadable"));

        assertThat(instance).isEnded().hasPassed(END_REJECTED).hasNotPassed(SERVICE_PUSH_KRA);
    }

    @Test
    void draftWaitsForTheResubmissionAndGoesBackToReview() {
        ProcessInstance instance = start("PENDING");

        complete(task(instance), withVariables(DECISION, "DRAFT", REASON, "Marriage certificate missing"));
        assertThat(instance).isWaitingAt(EVT_AWAIT_RESUBMISSION);
        runtimeService().createMessageCorrelation(OnboardingProcess.RESUBMITTED_MESSAGE)
                .processInstanceBusinessKey("APP-2026-000001").correlate();
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
    }

    @Override
    protected ProcessInstance start(String startingBucket, String riskClass) {
        return runtimeService().startProcessInstanceByKey(OnboardingProcess.MODIFICATION_KEY, "APP-2026-000001",
                Map.of(APPLICATION_ID, "APP-2026-000001", STARTING_BUCKET, startingBucket, RISK_CLASS, riskClass,
                        RISK_RULE, "all checks passed"));
    }
}
