package io.backops.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backops.identity.Role;
import io.backops.shared.ConflictException;
import io.backops.shared.KraStatus;
import io.backops.shared.ValidationException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Every transition of the lifecycle, allowed and refused, without Spring. */
class InvestorApplicationTests {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-01T10:00:00+05:30");
    static final Actor RAVI = new Actor("ravi", Role.REVIEWER, "meera");
    static final Actor SARA = new Actor("sara", Role.REVIEWER, "meera");
    static final Actor MEERA = new Actor("meera", Role.MANAGER, null);
    static final Actor OTHER_MANAGER = new Actor("omar", Role.MANAGER, null);
    static final Actor ADMIN = new Actor("admin", Role.ADMIN, null);
    static final Actor ADMIN_TWO = new Actor("anita", Role.ADMIN, null);
    static final Actor DISTRIBUTOR = new Actor("sunrise", Role.DISTRIBUTOR, null);
    static final FourEyes ACCEPT_RISKY = new FourEyes(List.of(new FourEyes.Rule(Decision.ACCEPT, Set.of(RiskClass.RISKY))));

    static InvestorApplication pending(RiskClass riskClass) {
        var application = InvestorApplication.submitted(new ApplicationSubmitted("APP-2026-000001", "ARN-1",
                ApplicationType.NEW,
                riskClass, "rule", ApplicationStatus.PENDING, "sunrise", NOW));
        application.assign("ravi", Actor.SYSTEM, NOW);
        application.clearEvents();
        return application;
    }

    static InvestorApplication decided(Decision decision) {
        var application = pending(RiskClass.SAFE);
        application.decide(decision, decision.requiresReason() ? "a reason" : null, RAVI, FourEyes.NONE, NOW);
        application.clearEvents();
        return application;
    }

    @Nested
    class Submission {

        @Test
        void aSubmissionIsPendingAndNotPushedAndSaysSo() {
            var application = InvestorApplication.submitted(new ApplicationSubmitted("APP-2026-000001", "ARN-1",
                    ApplicationType.NEW, RiskClass.SAFE, "rule", ApplicationStatus.PENDING, "sunrise", NOW));

            assertThat(application.status()).isEqualTo(ApplicationStatus.PENDING);
            assertThat(application.kraStatus()).isEqualTo(KraStatus.NOT_PUSHED);
            assertThat(application.events()).singleElement().isInstanceOf(ApplicationSubmitted.class);
            assertThat(application.events().get(0).timelineEntry().event()).isEqualTo(TimelineEvent.SUBMITTED);
        }
    }

    @Nested
    class Review {

        @Test
        void assigningToAnotherPersonIsRecordedAndToTheSameIsNot() {
            var application = pending(RiskClass.SAFE);

            application.assign("ravi", MEERA, NOW);
            assertThat(application.changed()).isFalse();
            application.assign("sara", MEERA, NOW);

            assertThat(application.assignee()).isEqualTo("sara");
            assertThat(application.events()).singleElement().isEqualTo(
                    new AssigneeChanged("APP-2026-000001", "ravi", "sara", "meera", NOW));
        }

        @Test
        void aDecidedApplicationCannotBeAssigned() {
            var application = decided(Decision.REJECT);

            assertThatThrownBy(() -> application.assign("sara", MEERA, NOW)).isInstanceOf(ConflictException.class);
        }

        @Test
        void escalationHandsTheReviewToTheManager() {
            var application = pending(RiskClass.SAFE);

            application.escalate("meera", "not decided within 2 business days", NOW);

            assertThat(application.assignee()).isEqualTo("meera");
            assertThat(application.escalated()).isTrue();
            assertThat(application.events()).singleElement().isInstanceOf(ReviewEscalated.class);
        }

        @Test
        void aDecidedApplicationIsNotEscalated() {
            var application = decided(Decision.ACCEPT);

            assertThatThrownBy(() -> application.escalate("meera", "late", NOW)).isInstanceOf(ConflictException.class);
        }

        @Test
        void eachDecisionTakesEffect() {
            for (Decision decision : Decision.values()) {
                var application = pending(RiskClass.SAFE);

                var result = application.decide(decision, "because", RAVI, ACCEPT_RISKY, NOW);

                assertThat(result).isEqualTo(InvestorApplication.DecisionResult.DECIDED);
                assertThat(application.status()).isEqualTo(decision.resultingStatus());
                assertThat(application.outcome().decidedBy()).isEqualTo("ravi");
                assertThat(application.events()).singleElement().isInstanceOf(ApplicationDecided.class);
            }
        }

        @Test
        void rejectAndDraftNeedAReason() {
            for (Decision decision : List.of(Decision.REJECT, Decision.DRAFT)) {
                var application = pending(RiskClass.SAFE);

                assertThatThrownBy(() -> application.decide(decision, " ", RAVI, FourEyes.NONE, NOW))
                        .isInstanceOf(ValidationException.class)
                        .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsKey("reason"));
                assertThat(application.status()).isEqualTo(ApplicationStatus.PENDING);
            }
        }

        @Test
        void aReasonOverTheLimitIsRefusedOnEverySurfaceAlike() {
            var application = pending(RiskClass.SAFE);

            assertThatThrownBy(() -> application.decide(Decision.REJECT, "x".repeat(1001), RAVI, FourEyes.NONE, NOW))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("reason");
        }

        @Test
        void onlyTheBackOfficeDecides() {
            var application = pending(RiskClass.SAFE);

            assertThatThrownBy(() -> application.decide(Decision.ACCEPT, null, DISTRIBUTOR, FourEyes.NONE, NOW))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> application.decide(Decision.ACCEPT, null, Actor.SYSTEM, FourEyes.NONE, NOW))
                    .isInstanceOf(AccessDeniedException.class);
        }

        @Test
        void aSecondDecisionIsAConflict() {
            var application = decided(Decision.ACCEPT);

            assertThatThrownBy(() -> application.decide(Decision.REJECT, "late", RAVI, FourEyes.NONE, NOW))
                    .isInstanceOf(ConflictException.class);
        }

        @Test
        void theFlowDecidesByItselfAsTheSystem() {
            var application = pending(RiskClass.SAFE);

            application.decideAutomatically(Decision.ACCEPT, "Classified SAFE", NOW);

            assertThat(application.outcome().decidedBy()).isEqualTo("system");
        }
    }

    @Nested
    class FourEyesDecisions {

        InvestorApplication awaiting() {
            var application = pending(RiskClass.RISKY);
            var result = application.decide(Decision.ACCEPT, null, RAVI, ACCEPT_RISKY, NOW);
            assertThat(result).isEqualTo(InvestorApplication.DecisionResult.AWAITING_APPROVAL);
            application.clearEvents();
            return application;
        }

        @Test
        void aRuleHoldsTheDecisionBackUntilAChecker() {
            var application = pending(RiskClass.RISKY);

            application.decide(Decision.ACCEPT, null, RAVI, ACCEPT_RISKY, NOW);

            assertThat(application.status()).isEqualTo(ApplicationStatus.PENDING);
            assertThat(application.approval()).isEqualTo(
                    new InvestorApplication.PendingApproval(Decision.ACCEPT, null, "ravi", NOW));
            assertThat(application.events()).singleElement().isInstanceOf(DecisionAwaitingApproval.class);
        }

        @Test
        void aDecisionNoRuleNamesTakesEffect() {
            var application = pending(RiskClass.RISKY);

            application.decide(Decision.REJECT, "forged", RAVI, ACCEPT_RISKY, NOW);

            assertThat(application.status()).isEqualTo(ApplicationStatus.REJECTED);
        }

        @Test
        void theMakersManagerApprovesAndTheDecisionTakesEffectAsMade() {
            var application = awaiting();

            application.approveDecision(MEERA, "meera", NOW);

            assertThat(application.status()).isEqualTo(ApplicationStatus.ACCEPTED);
            assertThat(application.outcome().decidedBy()).isEqualTo("ravi");
            assertThat(application.approval()).isNull();
            assertThat(application.events()).singleElement().isEqualTo(new ApplicationDecided("APP-2026-000001",
                    "ARN-1", ApplicationStatus.ACCEPTED, null, "ravi", NOW, "meera"));
        }

        @Test
        void anAdminApprovesToo() {
            var application = awaiting();

            application.approveDecision(ADMIN, "meera", NOW);

            assertThat(application.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        }

        @Test
        void theMakerCannotApproveOrRefuseHisOwnDecision() {
            var application = awaiting();

            assertThatThrownBy(() -> application.approveDecision(RAVI, "meera", NOW))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> application.refuseDecision(RAVI, "meera", "no", NOW))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(application.approval()).isNotNull();
        }

        @Test
        void anAdminMakerNeedsAnotherAdmin() {
            var application = pending(RiskClass.RISKY);
            application.decide(Decision.ACCEPT, null, ADMIN, ACCEPT_RISKY, NOW);

            assertThatThrownBy(() -> application.approveDecision(ADMIN, null, NOW))
                    .isInstanceOf(AccessDeniedException.class);
            application.approveDecision(ADMIN_TWO, null, NOW);
            assertThat(application.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        }

        @Test
        void anotherReviewerOrAnotherTeamsManagerIsNoChecker() {
            var application = awaiting();

            assertThatThrownBy(() -> application.approveDecision(SARA, "meera", NOW))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> application.approveDecision(OTHER_MANAGER, "meera", NOW))
                    .isInstanceOf(AccessDeniedException.class);
        }

        @Test
        void refusingNeedsAReasonAndSendsItBackToTheMakersReview() {
            var application = awaiting();

            assertThatThrownBy(() -> application.refuseDecision(MEERA, "meera", "", NOW))
                    .isInstanceOf(ValidationException.class);
            application.refuseDecision(MEERA, "meera", "check the address again", NOW);

            assertThat(application.status()).isEqualTo(ApplicationStatus.PENDING);
            assertThat(application.approval()).isNull();
            assertThat(application.assignee()).isEqualTo("ravi");
            assertThat(application.events()).singleElement().isInstanceOf(DecisionRefused.class);
        }

        @Test
        void aSecondApprovalIsAConflict() {
            var application = awaiting();
            application.approveDecision(MEERA, "meera", NOW);

            assertThatThrownBy(() -> application.approveDecision(ADMIN, "meera", NOW))
                    .isInstanceOf(ConflictException.class);
        }

        @Test
        void whileADecisionWaitsNothingElseIsDecidedOrReassigned() {
            var application = awaiting();

            assertThatThrownBy(() -> application.decide(Decision.REJECT, "x", MEERA, FourEyes.NONE, NOW))
                    .isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> application.assign("sara", MEERA, NOW)).isInstanceOf(ConflictException.class);
        }

        @Test
        void anOverdueApprovalIsEscalatedAndStillWaits() {
            var application = awaiting();

            application.escalateApproval("meera", "not approved within 1 business days", NOW);

            assertThat(application.approval()).isNotNull();
            assertThat(application.events()).singleElement().isInstanceOf(ApprovalEscalated.class);
        }

        @Test
        void withoutAWaitingDecisionThereIsNothingToApproveOrEscalate() {
            var application = pending(RiskClass.RISKY);

            assertThatThrownBy(() -> application.approveDecision(MEERA, "meera", NOW))
                    .isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> application.escalateApproval("meera", "late", NOW))
                    .isInstanceOf(ConflictException.class);
        }
    }

    @Nested
    class Channel {

        @Test
        void aDraftIsResubmittedOnce() {
            var application = decided(Decision.DRAFT);

            application.resubmit("sunrise", "corrected", NOW);

            assertThat(application.status()).isEqualTo(ApplicationStatus.PENDING);
            assertThat(application.outcome()).isNull();
            assertThatThrownBy(() -> application.resubmit("sunrise", "again", NOW))
                    .isInstanceOf(ConflictException.class);
        }

        @Test
        void onlyADraftIsResubmitted() {
            var application = decided(Decision.REJECT);

            assertThatThrownBy(() -> application.resubmit("sunrise", "x", NOW)).isInstanceOf(ConflictException.class);
        }

        @Test
        void aDroppedOffDraftCannotComeBack() {
            var application = decided(Decision.DRAFT);

            assertThat(application.dropOff("not resubmitted within P30D", NOW)).isTrue();
            assertThat(application.dropOff("again", NOW)).isFalse();
            assertThatThrownBy(() -> application.resubmit("sunrise", "late", NOW))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("dropped off");
        }

        @Test
        void onlyADraftDropsOff() {
            var application = pending(RiskClass.SAFE);

            assertThat(application.dropOff("late timer", NOW)).isFalse();
            assertThat(application.changed()).isFalse();
        }
    }

    @Nested
    class Kra {

        @Test
        void onlyAnAcceptedApplicationIsClaimedForAPush() {
            assertThatThrownBy(() -> decided(Decision.REJECT).claimKraPush(NOW)).isInstanceOf(ConflictException.class);
            var accepted = decided(Decision.ACCEPT);

            accepted.claimKraPush(NOW);

            assertThat(accepted.kraPushClaimedAt()).isEqualTo(NOW);
            assertThat(accepted.changed()).isTrue();
            assertThat(accepted.events()).isEmpty();
        }

        @Test
        void aPushNoKraTookGivesItsClaimBack() {
            var accepted = decided(Decision.ACCEPT);
            accepted.claimKraPush(NOW);

            accepted.releaseKraPush();

            assertThat(accepted.kraPushClaimedAt()).isNull();
        }

        @Test
        void aClaimStaysOnceAKraHasTheRecord() {
            var accepted = decided(Decision.ACCEPT);
            accepted.claimKraPush(NOW);
            accepted.recordKraStatus(KraStatus.UNDER_PROCESS, NOW);

            accepted.releaseKraPush();

            assertThat(accepted.kraPushClaimedAt()).isEqualTo(NOW);
        }

        @Test
        void aNewKraStatusIsRecordedAndTheSameIsNot() {
            var accepted = decided(Decision.ACCEPT);

            accepted.recordKraStatus(KraStatus.NOT_PUSHED, NOW);
            assertThat(accepted.changed()).isFalse();
            accepted.recordKraStatus(KraStatus.VALIDATED, NOW);

            assertThat(accepted.events()).singleElement().isEqualTo(new KraStatusChanged("APP-2026-000001",
                    KraStatus.NOT_PUSHED, KraStatus.VALIDATED, NOW));
        }
    }

    @Nested
    class Reversal {

        @Test
        void aRejectionADraftADropOffAndAnUnpushedAcceptanceAreReversible() {
            var dropped = decided(Decision.DRAFT);
            dropped.dropOff("late", NOW);
            for (var application : List.of(decided(Decision.REJECT), decided(Decision.DRAFT), dropped,
                    decided(Decision.ACCEPT))) {
                ApplicationStatus from = application.status();
                application.clearEvents();

                application.requestReversal(MEERA, "wrong decision", NOW);
                assertThat(application.status()).as("nothing changes before approval").isEqualTo(from);
                application.approveReversal(ADMIN, null, "agreed", NOW);

                assertThat(application.status()).isEqualTo(ApplicationStatus.PENDING);
                assertThat(application.outcome()).isNull();
                assertThat(application.droppedOffAt()).isNull();
                assertThat(application.reversal()).isNull();
                assertThat(application.events()).hasSize(2).last().isEqualTo(new ApplicationReversed(
                        "APP-2026-000001", "ARN-1", from, "ravi", "meera", "wrong decision", "admin", "agreed", NOW));
            }
        }

        @Test
        void aPendingApplicationHasNothingToReverse() {
            assertThatThrownBy(() -> pending(RiskClass.SAFE).requestReversal(ADMIN, "x", NOW))
                    .isInstanceOf(ConflictException.class);
        }

        @Test
        void anAcceptanceAKraMayHoldIsAModificationNotAReversal() {
            var claimed = decided(Decision.ACCEPT);
            claimed.claimKraPush(NOW);
            var uploaded = decided(Decision.ACCEPT);
            uploaded.recordKraStatus(KraStatus.UNDER_PROCESS, NOW);

            for (var application : List.of(claimed, uploaded)) {
                assertThatThrownBy(() -> application.requestReversal(ADMIN, "x", NOW))
                        .isInstanceOf(ConflictException.class).hasMessageContaining("modification");
            }
        }

        @Test
        void aPushThatStartsAfterTheRequestStopsTheApproval() {
            var application = decided(Decision.ACCEPT);
            application.requestReversal(ADMIN, "wrong", NOW);
            application.claimKraPush(NOW);

            assertThatThrownBy(() -> application.approveReversal(ADMIN_TWO, null, null, NOW))
                    .isInstanceOf(ConflictException.class);
            assertThat(application.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        }

        @Test
        void onlyAdminsAndManagersAskAndAReasonIsRequired() {
            var application = decided(Decision.REJECT);

            assertThatThrownBy(() -> application.requestReversal(RAVI, "x", NOW))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> application.requestReversal(MEERA, null, NOW))
                    .isInstanceOf(ValidationException.class);
        }

        @Test
        void theRequesterIsNeverTheSecondPerson() {
            var application = decided(Decision.REJECT);
            application.requestReversal(ADMIN, "wrong", NOW);

            assertThatThrownBy(() -> application.approveReversal(ADMIN, null, null, NOW))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> application.approveReversal(MEERA, null, null, NOW))
                    .as("a manager is no second person to an admin").isInstanceOf(AccessDeniedException.class);
            application.approveReversal(ADMIN_TWO, null, null, NOW);
            assertThat(application.status()).isEqualTo(ApplicationStatus.PENDING);
        }

        @Test
        void aManagersReversalIsApprovedByHisManagerOrAnAdmin() {
            var application = decided(Decision.REJECT);
            var seniorManager = new Actor("vikram", Role.MANAGER, null);
            application.requestReversal(MEERA, "wrong", NOW);

            assertThatThrownBy(() -> application.approveReversal(OTHER_MANAGER, "vikram", null, NOW))
                    .isInstanceOf(AccessDeniedException.class);
            application.approveReversal(seniorManager, "vikram", null, NOW);
            assertThat(application.status()).isEqualTo(ApplicationStatus.PENDING);
        }

        @Test
        void aRefusedReversalLeavesTheDecisionStandingAndNeedsAReason() {
            var application = decided(Decision.REJECT);
            application.requestReversal(MEERA, "wrong", NOW);

            assertThatThrownBy(() -> application.refuseReversal(ADMIN, null, " ", NOW))
                    .isInstanceOf(ValidationException.class);
            application.refuseReversal(ADMIN, null, "the rejection was right", NOW);

            assertThat(application.status()).isEqualTo(ApplicationStatus.REJECTED);
            assertThat(application.reversal()).isNull();
        }

        @Test
        void oneReversalWaitsAtATimeAndNoneIsApprovedTwice() {
            var application = decided(Decision.REJECT);
            application.requestReversal(MEERA, "wrong", NOW);

            assertThatThrownBy(() -> application.requestReversal(ADMIN, "again", NOW))
                    .isInstanceOf(ConflictException.class);
            application.approveReversal(ADMIN, null, null, NOW);
            assertThatThrownBy(() -> application.approveReversal(ADMIN_TWO, null, null, NOW))
                    .isInstanceOf(ConflictException.class);
        }
    }
}
