package io.backops.kra;

/** The three calls Backops makes to a KRA, as recorded on every attempt and counted in {@code backops_kra_calls}. */
public enum KraOperation {
    /** Does the KRA already hold this PAN? Asked before an upload, to choose between upload and nothing. */
    INQUIRE,
    /** Insert or update the investor's KYC record. */
    UPLOAD,
    /** Where the KRA has got to with an uploaded record (the hourly poll, or "Check KRA status now"). */
    STATUS
}
