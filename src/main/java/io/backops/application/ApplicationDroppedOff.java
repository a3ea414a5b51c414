package io.backops.application;

/** A draft was not resubmitted in time and dropped off. Published inside the recording transaction. */
public record ApplicationDroppedOff(String applicationId, String distributorArn) {
}
