package io.backops.application;

import io.backops.shared.KraStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An application as a principal in scope sees it: PAN and mobile masked, Aadhaar reduced to its last four digits.
 * Distributors see their channel's applications without the back office's internals (assignee, risk rule, the
 * approval and reversal waiting, the deadlines).
 */
public record ApplicationView(String id, ApplicationStatus status, KraStatus kraStatus, RiskClass riskClass,
                              String riskRule, String assignee, boolean escalated, String distributor, String amc,
                              ApplicationType applicationType, OffsetDateTime submittedAt, Applicant applicant,
                              List<Document> documents, DecisionView decision, ApprovalView approval,
                              ReversalView reversal, List<Deadline> deadlines) {

    /** A decision held back for a checker (four-eyes); the back office sees it, the channels do not. */
    public record ApprovalView(Decision decision, String reason, String by, OffsetDateTime at, String state) {
        public static ApprovalView of(InvestorApplication.PendingApproval pending) {
            return pending == null ? null
                    : new ApprovalView(pending.decision(), pending.reason(), pending.maker(), pending.at(), "AWAITING");
        }
    }

    /** A reversal waiting for its second person. */
    public record ReversalView(String requestedBy, String reason, OffsetDateTime at, String state) {
        static ReversalView of(InvestorApplication.PendingReversal pending) {
            return pending == null ? null
                    : new ReversalView(pending.requestedBy(), pending.reason(), pending.at(), "AWAITING");
        }
    }

    public record Applicant(String name, String maskedPan, LocalDate dateOfBirth, String email, String mobile,
                            String aadhaarLast4) {
    }

    public record Document(String id, String type, String fileName, String contentType, int sizeBytes) {
    }

    public record DecisionView(ApplicationStatus outcome, String decidedBy, OffsetDateTime decidedAt, String reason) {
    }
}
