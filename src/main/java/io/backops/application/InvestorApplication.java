package io.backops.application;

import io.backops.shared.ConflictException;
import io.backops.shared.KraStatus;
import io.backops.shared.ValidationException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;

/**
 * An investor's KYC application and its lifecycle. Every change of status is one method here: it checks the current
 * state and the actor's right, changes the state, and registers the past-tense event that says what happened (and
 * how the timeline records it). Persistence writes the whole state back guarded by {@link #version()}, so two
 * transitions that started from the same state cannot both land.
 *
 * <p>Whether the actor may see the application at all (his scope) is checked before it is loaded: outside it, the
 * application does not exist for him. What is checked here is what no scope grants: that only the back office
 * decides, that the second person of a four-eyes pair is another person with the right to be it, and which
 * transitions the current state allows.
 */
public class InvestorApplication {

    public static final int MAX_REASON_LENGTH = 1000;

    public record Id(String value) {
        public Id {
            Objects.requireNonNull(value);
        }

        @Override
        public String toString() {
            return value;
        }
    }

    /** A decision that took effect. */
    public record Outcome(ApplicationStatus status, String decidedBy, OffsetDateTime decidedAt, String reason) {
    }

    /** A reviewer's decision held back by a four-eyes rule until a checker approves or refuses it. */
    public record PendingApproval(Decision decision, String reason, String maker, OffsetDateTime at) {
    }

    /** A request to put a decided application back to review, waiting for its second person. */
    public record PendingReversal(String requestedBy, String reason, OffsetDateTime at) {
    }

    private final Id id;
    private final String distributorArn;
    private final RiskClass riskClass;
    private final long version;
    private ApplicationStatus status;
    private KraStatus kraStatus;
    private String assignee;
    private boolean escalated;
    private Outcome outcome;
    private PendingApproval approval;
    private PendingReversal reversal;
    private OffsetDateTime droppedOffAt;
    private OffsetDateTime kraPushClaimedAt;
    private OffsetDateTime erasedAt;
    private final List<ApplicationEvent> events = new ArrayList<>();
    /** A change of state that the timeline does not show (the KRA push's claim). */
    private boolean quietlyChanged;

    /** The state as stored; use {@link #submitted} for a new one. */
    public InvestorApplication(Id id, String distributorArn, RiskClass riskClass, ApplicationStatus status,
                               KraStatus kraStatus, String assignee, boolean escalated, Outcome outcome,
                               PendingApproval approval, PendingReversal reversal, OffsetDateTime droppedOffAt,
                               OffsetDateTime kraPushClaimedAt, OffsetDateTime erasedAt, long version) {
        this.id = id;
        this.distributorArn = distributorArn;
        this.riskClass = riskClass;
        this.status = status;
        this.kraStatus = kraStatus;
        this.assignee = assignee;
        this.escalated = escalated;
        this.outcome = outcome;
        this.approval = approval;
        this.reversal = reversal;
        this.droppedOffAt = droppedOffAt;
        this.kraPushClaimedAt = kraPushClaimedAt;
        this.erasedAt = erasedAt;
        this.version = version;
    }

    public static InvestorApplication submitted(ApplicationSubmitted submitted) {
        var application = new InvestorApplication(new Id(submitted.applicationId()), submitted.distributorArn(),
                submitted.riskClass(), ApplicationStatus.PENDING, KraStatus.NOT_PUSHED, null, false, null, null, null,
                null, null, null, -1);
        application.events.add(submitted);
        return application;
    }

    // --- review -------------------------------------------------------------------------------------------------

    /** The review moves to another person; nothing is recorded when it stays where it is. */
    public void assign(String to, Actor by, OffsetDateTime at) {
        requireReviewOpen("reassigned");
        if (!Objects.equals(assignee, to)) {
            events.add(new AssigneeChanged(id.value(), assignee, to, by.username(), at));
            assignee = to;
        }
    }

    /** The review outlived its SLA: the reviewer's manager takes it over. */
    public void escalate(String manager, String detail, OffsetDateTime at) {
        requireStatus(ApplicationStatus.PENDING, "escalated");
        events.add(new ReviewEscalated(id.value(), assignee, manager, detail, at));
        assignee = manager;
        escalated = true;
    }

    /** A four-eyes decision waited past its SLA: the checker's manager (or the admins) are told. */
    public void escalateApproval(String notified, String detail, OffsetDateTime at) {
        if (approval == null) {
            throw new ConflictException("Application " + id + " has no decision awaiting approval");
        }
        events.add(new ApprovalEscalated(id.value(), approval.maker(), notified, detail, at));
    }

    /**
     * A person's decision. Where a four-eyes rule holds for it, it waits for a checker instead of taking effect;
     * the answer says which happened.
     */
    public DecisionResult decide(Decision decision, String reason, Actor by, FourEyes fourEyes, OffsetDateTime at) {
        if (!by.isBackOffice()) {
            throw new AccessDeniedException("Only the back office decides on applications");
        }
        requireReviewOpen("decided");
        requireReason(decision.requiresReason(), reason, "reason", "is required to " + decision.name().toLowerCase());
        if (fourEyes.requiresApproval(decision, riskClass)) {
            approval = new PendingApproval(decision, reason, by.username(), at);
            events.add(new DecisionAwaitingApproval(id.value(), decision, reason, by.username(), at));
            return DecisionResult.AWAITING_APPROVAL;
        }
        takeEffect(decision, reason, by.username(), null, at);
        return DecisionResult.DECIDED;
    }

    /** What the flow decides by itself where classification sends an application straight to a bucket. */
    public void decideAutomatically(Decision decision, String reason, OffsetDateTime at) {
        requireReviewOpen("decided");
        takeEffect(decision, reason, Actor.SYSTEM.username(), null, at);
    }

    /**
     * Refuses, as approving would, an actor who may not check the waiting decision; for surfaces that must answer
     * before they touch the approval task (whose authorizations would hide it from the maker as "not found").
     */
    public void requireChecker(Actor checker, String makersManager) {
        requireApproval(checker, makersManager);
    }

    /** The checker approves a four-eyes decision: it takes effect as its maker made it. */
    public void approveDecision(Actor checker, String makersManager, OffsetDateTime at) {
        PendingApproval pending = requireApproval(checker, makersManager);
        takeEffect(pending.decision(), pending.reason(), pending.maker(), checker.username(), at);
    }

    /** The checker refuses a four-eyes decision: back to its maker's review, with the checker's reason. */
    public void refuseDecision(Actor checker, String makersManager, String reason, OffsetDateTime at) {
        PendingApproval pending = requireApproval(checker, makersManager);
        requireReason(true, reason, "reason", "is required to refuse a decision");
        approval = null;
        events.add(new DecisionRefused(id.value(), pending.decision(), pending.maker(), checker.username(), reason, at));
    }

    // --- the channel --------------------------------------------------------------------------------------------

    /** Corrected data came back for a draft; it goes back to review, once. */
    public void resubmit(String by, String changes, OffsetDateTime at) {
        if (status != ApplicationStatus.DRAFT) {
            throw new ConflictException("Application " + id + " is " + status + ", not a draft to resubmit");
        }
        if (droppedOffAt != null) {
            throw new ConflictException("Application " + id
                    + " dropped off: it was not resubmitted in time; submit a new application");
        }
        reopen();
        events.add(new ApplicationResubmitted(id.value(), distributorArn, by, changes, at));
    }

    /** A draft was not resubmitted in time. False when it is no waiting draft (a late timer after a resubmission). */
    public boolean dropOff(String detail, OffsetDateTime at) {
        if (status != ApplicationStatus.DRAFT || droppedOffAt != null) {
            return false;
        }
        droppedOffAt = at;
        events.add(new ApplicationDroppedOff(id.value(), distributorArn, detail, at));
        return true;
    }

    // --- the KRA ------------------------------------------------------------------------------------------------

    /**
     * The push claims the application before it calls any KRA, in a transaction of its own: from then on the KRA may
     * hold the record and a reversal is refused. A reversal that landed first makes this a conflict, and the push
     * does not call the KRA at all.
     */
    public void claimKraPush(OffsetDateTime at) {
        if (status != ApplicationStatus.ACCEPTED) {
            throw new ConflictException("Application " + id + " is " + status + ": nothing to push to a KRA");
        }
        if (kraPushClaimedAt == null) {
            kraPushClaimedAt = at;
            quietlyChanged = true;
        }
    }

    /** A push that failed before any KRA took the record gives its claim back, so a reversal is possible again. */
    public void releaseKraPush() {
        if (kraPushClaimedAt != null && (kraStatus == KraStatus.NOT_PUSHED || kraStatus == KraStatus.PUSH_PENDING)) {
            kraPushClaimedAt = null;
            quietlyChanged = true;
        }
    }

    public void recordKraStatus(KraStatus next, OffsetDateTime at) {
        if (kraStatus != next) {
            events.add(new KraStatusChanged(id.value(), kraStatus, next, at));
            kraStatus = next;
        }
    }

    // --- erasure ------------------------------------------------------------------------------------------------

    /**
     * The application's personal data goes (docs/retention.md): for an application that has ended (rejected, or
     * dropped off as a draft), or that made an investor whose records the law no longer keeps (five years after his
     * relationship ended: {@code investorKeptUntil}), asked for by an IT admin or done by the retention job.
     * Refused while the law or a legal hold requires keeping it, or while the application is still in progress.
     */
    public void erase(Actor by, String reason, Optional<String> legalHold, Optional<LocalDate> investorKeptUntil,
                      OffsetDateTime at) {
        if (!by.isAdmin() && !by.isSystem()) {
            throw new AccessDeniedException("Only IT admins erase applications");
        }
        requireReason(true, reason, "reason", "is required to erase an application");
        if (erasedAt != null) {
            throw new ConflictException("Application " + id + " was erased already");
        }
        legalHold.ifPresent(hold -> {
            throw new ConflictException("Application " + id + " is under a legal hold (" + hold + "): it is kept");
        });
        if (status == ApplicationStatus.ACCEPTED) {
            LocalDate keptUntil = investorKeptUntil.orElseThrow(() -> new ConflictException("Application " + id
                    + " made an investor: the law (PMLA) keeps his records while the relationship lasts and for five "
                    + "years after it ends, and no end of his relationship is recorded"));
            if (!at.toLocalDate().isAfter(keptUntil)) {
                throw new ConflictException("Application " + id + " made an investor whose records the law (PMLA) "
                        + "keeps until " + keptUntil + ", five years after his relationship ended");
            }
        }
        if (status == ApplicationStatus.PENDING || (status == ApplicationStatus.DRAFT && droppedOffAt == null)) {
            throw new ConflictException("Application " + id + " is still in progress (" + status + "): it can be "
                    + "erased once it is rejected or dropped off");
        }
        erasedAt = at;
        events.add(new ApplicationErased(id.value(), by.username(), reason, at));
    }

    // --- reversal -----------------------------------------------------------------------------------------------

    /** An admin or manager asks to put a decided application back to review. Nothing changes until a second agrees. */
    public void requestReversal(Actor by, String reason, OffsetDateTime at) {
        if (!by.supervises()) {
            throw new AccessDeniedException("Only admins and managers ask for reversals");
        }
        requireReason(true, reason, "reason", "is required to ask for a reversal");
        requireReversible();
        if (reversal != null) {
            throw new ConflictException("Application " + id + " already has a reversal waiting for approval");
        }
        reversal = new PendingReversal(by.username(), reason, at);
        events.add(new ReversalRequested(id.value(), status, by.username(), reason, at));
    }

    /** The second person approves: the application is PENDING again and its flow starts a fresh review. */
    public void approveReversal(Actor checker, String requestersManager, String reason, OffsetDateTime at) {
        PendingReversal pending = requireReversal(checker, requestersManager);
        requireReason(false, reason, "reason", null);
        requireReversible();
        ApplicationStatus from = status;
        reopen();
        reversal = null;
        events.add(new ApplicationReversed(id.value(), distributorArn, from, assignee, pending.requestedBy(),
                pending.reason(), checker.username(), reason, at));
    }

    /** The second person refuses: the decision stands. */
    public void refuseReversal(Actor checker, String requestersManager, String reason, OffsetDateTime at) {
        PendingReversal pending = requireReversal(checker, requestersManager);
        requireReason(true, reason, "reason", "is required to refuse a reversal");
        reversal = null;
        events.add(new ReversalRefused(id.value(), pending.requestedBy(), checker.username(), reason, at));
    }

    // --- rules --------------------------------------------------------------------------------------------------

    private void takeEffect(Decision decision, String reason, String decidedBy, String approvedBy,
                            OffsetDateTime at) {
        status = decision.resultingStatus();
        outcome = new Outcome(status, decidedBy, at, reason);
        approval = null;
        events.add(new ApplicationDecided(id.value(), distributorArn, status, reason, decidedBy, at, approvedBy));
    }

    private void reopen() {
        status = ApplicationStatus.PENDING;
        outcome = null;
        approval = null;
        escalated = false;
        droppedOffAt = null;
    }

    private void requireReviewOpen(String what) {
        requireStatus(ApplicationStatus.PENDING, what);
        if (approval != null) {
            throw new ConflictException("Application " + id + " has a decision awaiting approval: it cannot be "
                    + what + " until the checker approves or refuses it");
        }
    }

    private void requireStatus(ApplicationStatus required, String what) {
        if (status != required) {
            throw new ConflictException("Application " + id + " is already decided (" + status + "): it cannot be "
                    + what);
        }
    }

    private PendingApproval requireApproval(Actor checker, String makersManager) {
        if (!checker.supervises()) {
            throw new AccessDeniedException("Only a manager or an admin checks a decision");
        }
        if (approval == null) {
            throw new ConflictException("Application " + id + " has no decision awaiting approval");
        }
        if (checker.isSystem() || checker.username().equals(approval.maker())) {
            throw new AccessDeniedException("The maker of a decision cannot approve or refuse it himself");
        }
        if (!checker.maySecond(approval.maker(), makersManager)) {
            throw new AccessDeniedException("Only " + approval.maker() + "'s manager or an admin checks this decision");
        }
        return approval;
    }

    private PendingReversal requireReversal(Actor checker, String requestersManager) {
        if (!checker.supervises()) {
            throw new AccessDeniedException("Only an admin or a manager approves a reversal");
        }
        if (reversal == null) {
            throw new ConflictException("Application " + id + " has no reversal waiting for approval");
        }
        if (checker.isSystem() || checker.username().equals(reversal.requestedBy())) {
            throw new AccessDeniedException("A reversal needs a second person: its requester cannot approve it");
        }
        if (!checker.maySecond(reversal.requestedBy(), requestersManager)) {
            throw new AccessDeniedException("Only another admin or " + reversal.requestedBy()
                    + "'s manager approves this reversal");
        }
        return reversal;
    }

    /** From REJECTED, from DRAFT (dropped off or not), and from ACCEPTED while no KRA may hold the record. */
    private void requireReversible() {
        if (erasedAt != null) {
            throw new ConflictException("Application " + id + " was erased: without its personal data it cannot be "
                    + "reviewed again");
        }
        switch (status) {
            case PENDING -> throw new ConflictException("Application " + id + " is not decided: nothing to reverse");
            case ACCEPTED -> {
                if (kraPushClaimedAt != null || (kraStatus != KraStatus.NOT_PUSHED
                        && kraStatus != KraStatus.PUSH_PENDING)) {
                    throw new ConflictException("Application " + id + " has been pushed to a KRA (" + kraStatus
                            + "): a KRA may hold the record, so changing it is a modification, not a reversal");
                }
            }
            default -> {
            }
        }
    }

    private static void requireReason(boolean required, String reason, String field, String message) {
        if (required && (reason == null || reason.isBlank())) {
            throw new ValidationException(Map.of(field, message));
        }
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw new ValidationException(Map.of(field, "must be at most " + MAX_REASON_LENGTH + " characters"));
        }
    }

    // --- state --------------------------------------------------------------------------------------------------

    /** What the last transitions registered, in order; the repository publishes them after it saved the state. */
    public List<ApplicationEvent> events() {
        return Collections.unmodifiableList(events);
    }

    public void clearEvents() {
        events.clear();
        quietlyChanged = false;
    }

    /** Whether anything changed since loading, so that a transition that changed nothing writes nothing. */
    public boolean changed() {
        return quietlyChanged || !events.isEmpty();
    }

    public Id id() {
        return id;
    }

    public String distributorArn() {
        return distributorArn;
    }

    public RiskClass riskClass() {
        return riskClass;
    }

    public ApplicationStatus status() {
        return status;
    }

    public KraStatus kraStatus() {
        return kraStatus;
    }

    public String assignee() {
        return assignee;
    }

    public boolean escalated() {
        return escalated;
    }

    public OffsetDateTime erasedAt() {
        return erasedAt;
    }

    public Outcome outcome() {
        return outcome;
    }

    public PendingApproval approval() {
        return approval;
    }

    public PendingReversal reversal() {
        return reversal;
    }

    public OffsetDateTime droppedOffAt() {
        return droppedOffAt;
    }

    public OffsetDateTime kraPushClaimedAt() {
        return kraPushClaimedAt;
    }

    public long version() {
        return version;
    }

    /** Whether a decision took effect (or is held back) as the answer of {@link #decide}. */
    public enum DecisionResult {
        DECIDED, AWAITING_APPROVAL
    }
}
