package io.backops.reporting.internal;

import java.time.OffsetDateTime;

/** One application in the MIS report, as read; formatting is the writers' business. PAN is already masked. */
public record MisRow(String id, OffsetDateTime submittedAt, String distributorArn, String distributorName, String amc,
                     String applicantName, String maskedPan, String flowDefinition, String riskClass, String status,
                     String assignee, String manager, OffsetDateTime decidedAt, String decidedBy, String reason,
                     boolean escalated, String kra, String kraStatus, String ackNumber, OffsetDateTime firstPush,
                     OffsetDateTime lastPush, long pushAttempts) {
}
