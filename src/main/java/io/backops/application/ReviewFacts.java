package io.backops.application;

/** What a reviewer sees on the review task, PII already masked. */
public record ReviewFacts(String applicationId, String applicantName, String maskedPan, String distributorArn,
                          int documentCount) {
}
