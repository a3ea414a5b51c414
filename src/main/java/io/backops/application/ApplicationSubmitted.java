package io.backops.application;

/**
 * Published inside the submitting transaction: the review module starts the flow in the same transaction.
 * {@code startingBucket} is where classification puts it: PENDING for review, or straight to ACCEPTED or REJECTED.
 */
public record ApplicationSubmitted(String applicationId, String distributorArn, RiskClass riskClass, String riskRule,
                                   ApplicationStatus startingBucket) {
}
