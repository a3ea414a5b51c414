package io.backops.application;

import java.time.OffsetDateTime;

/**
 * A decision was recorded (by a person or by the flow itself). Published inside the deciding transaction, so that
 * whatever listens (notifications) commits or rolls back with the decision.
 */
public record ApplicationDecided(String applicationId, String distributorArn, ApplicationStatus outcome, String reason,
                                 String decidedBy, OffsetDateTime decidedAt) {
}
