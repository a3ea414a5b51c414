package io.backops.application;

/**
 * Published inside the submitting transaction: the review module starts the flow in the same transaction.
 * {@code applicationType} is NEW or MODIFY (a change to a record the KRA holds).
 * {@code startingBucket} is where classification puts it: PENDING for review, or straight to ACCEPTED or REJECTED.
 */
public record ApplicationSubmitted(String applicationId, String distributorArn, String applicationType,
                                   RiskClass riskClass, String riskRule, ApplicationStatus startingBucket) {
}
