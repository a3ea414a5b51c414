package io.backops.application;

/** A review outlived its SLA and went to the reviewer's manager. Published inside the escalating transaction. */
public record ReviewEscalated(String applicationId, String previousAssignee, String manager, String detail) {
}
