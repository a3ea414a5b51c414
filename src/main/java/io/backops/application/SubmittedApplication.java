package io.backops.application;

import io.backops.shared.KraStatus;
import java.time.OffsetDateTime;

/** The answer to a submission or resubmission (DESIGN.md §5.1). */
public record SubmittedApplication(String id, ApplicationStatus status, RiskClass riskClass, String assignee,
                                   KraStatus kraStatus, OffsetDateTime submittedAt) {
}
