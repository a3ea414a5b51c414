package io.backops.shared;

/** Where an application stands at the KYC Registration Agency (docs/api.md). */
public enum KraStatus {
    NOT_PUSHED, PUSH_PENDING, UNDER_PROCESS, REGISTERED, VALIDATED, ON_HOLD, KRA_REJECTED, FAILED;

    /** A status the KRA will not change on its own any more: polling can stop. */
    public boolean isFinal() {
        return this == REGISTERED || this == VALIDATED || this == ON_HOLD || this == KRA_REJECTED || this == FAILED;
    }
}
