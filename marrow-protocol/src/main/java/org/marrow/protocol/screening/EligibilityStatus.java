package org.marrow.protocol.screening;

/** A candidate's eligibility on a date; missing data is never a pass (ARCHITECTURE.md, principle 2). */
public enum EligibilityStatus {
    /** Every inclusion criterion MET and every exclusion criterion NOT_MET. */
    ELIGIBLE,
    /** Some inclusion criterion NOT_MET or some exclusion criterion MET. */
    NOT_ELIGIBLE,
    /** Nothing excludes, but some criterion is UNKNOWN: missing data is never a pass. */
    INCOMPLETE
}
