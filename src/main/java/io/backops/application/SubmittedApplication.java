package io.backops.application;

import io.backops.shared.KraStatus;
import java.time.OffsetDateTime;

/** The answer to a submission or resubmission (docs/api.md, "Submitting an application"). */
public record SubmittedApplication(String id, ApplicationStatus status, RiskClass riskClass, String assignee,
                                   KraStatus kraStatus, OffsetDateTime submittedAt) {
}
