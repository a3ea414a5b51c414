package io.backops.application;

/** A draft came back corrected; its flow goes back to review. Published inside the resubmitting transaction. */
public record ApplicationResubmitted(String applicationId, String distributorArn) {
}
