package io.backops.kra;

import io.backops.shared.KraStatus;

/** Where a push or a poll left an application at the KRA, with the KRA's own code and words. */
public record KraOutcome(KraStatus status, String ackNumber, String kraCode, String message) {
}
