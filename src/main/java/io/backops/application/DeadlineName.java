package io.backops.application;

/**
 * The clocks an application runs against, each in business days from the moment its step began (docs/deadlines.md).
 * The KRA's duty to pass a registered record on to CKYCRR is not among them: no KRA interface tells Backops when
 * that happened, so Backops could only guess whether it was met.
 */
public enum DeadlineName {
    /** The reviewer decides: the review SLA of the product settings. */
    REVIEW,
    /** The checker answers a four-eyes decision: the approval SLA of the product settings. */
    APPROVAL,
    /** Backops uploads an accepted application to a KRA (SEBI: within a few working days of completing KYC). */
    KRA_UPLOAD,
    /** The KRA validates an uploaded record (SEBI: within 2 working days of the upload). */
    KRA_VALIDATION
}
