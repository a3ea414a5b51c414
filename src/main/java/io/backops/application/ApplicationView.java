package io.backops.application;

import io.backops.shared.KraStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An application as a principal in scope sees it: PAN and mobile masked, Aadhaar reduced to its last four digits.
 * Distributors see their channel's applications without the back office's internals (assignee, risk rule).
 */
public record ApplicationView(String id, ApplicationStatus status, KraStatus kraStatus, RiskClass riskClass,
                              String riskRule, String assignee, boolean escalated, String distributor, String amc,
                              String applicationType, OffsetDateTime submittedAt, Applicant applicant,
                              List<Document> documents, DecisionView decision) {

    public record Applicant(String name, String maskedPan, LocalDate dateOfBirth, String email, String mobile,
                            String aadhaarLast4) {
    }

    public record Document(String id, String type, String fileName, String contentType, int sizeBytes) {
    }

    public record DecisionView(ApplicationStatus outcome, String decidedBy, OffsetDateTime decidedAt, String reason) {
    }
}
