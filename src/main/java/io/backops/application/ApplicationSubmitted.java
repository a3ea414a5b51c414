package io.backops.application;

/** Published inside the submitting transaction: the review module starts the flow in the same transaction. */
public record ApplicationSubmitted(String applicationId, String distributorArn) {
}
