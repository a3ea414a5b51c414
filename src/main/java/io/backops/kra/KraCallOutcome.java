package io.backops.kra;

/** How one call to a KRA ended, as recorded on the attempt (not where the application stands: that is KraStatus). */
public enum KraCallOutcome {
    /** The KRA answered and took the request. */
    OK,
    /** The KRA answered and refused the record (its code and words are on the attempt). */
    REJECTED,
    /** No usable answer: the KRA was down, timed out or answered an error; the flow retries. */
    ERROR
}
