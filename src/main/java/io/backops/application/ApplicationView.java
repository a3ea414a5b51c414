package io.backops.application;

import io.backops.shared.KraStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An application as an API client in scope sees it: PAN masked, Aadhaar reduced to its last four digits. */
public record ApplicationView(String id, ApplicationStatus status, KraStatus kraStatus, String assignee,
                              String distributor, String amc, String applicationType, OffsetDateTime submittedAt,
                              Applicant applicant, List<Document> documents, DecisionView decision) {

    public record Applicant(String name, String maskedPan, LocalDate dateOfBirth, String email, String mobile,
                            String aadhaarLast4) {
    }

    public record Document(String id, String type, String fileName, String contentType, int sizeBytes) {
    }

    public record DecisionView(ApplicationStatus outcome, String decidedBy, OffsetDateTime decidedAt, String reason) {
    }
}
