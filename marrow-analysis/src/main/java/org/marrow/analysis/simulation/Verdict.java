package org.marrow.analysis.simulation;

/** What a gate's rule says at a look of a simulated trial, in terms common to Simon's and Bayesian gates. */
enum Verdict {
    /** Not yet decided. */
    PENDING,
    /** An interim look passed: enrol for the next one. */
    PASS,
    /** Stop for futility at an interim look. */
    STOP_FOR_FUTILITY,
    /** Stop for toxicity. */
    STOP_FOR_TOXICITY,
    /** The last look: the treatment is promising (the null hypothesis rejected). */
    PROMISING,
    /** The last look: not promising. */
    NOT_PROMISING,
    /** The last look: every patient evaluated, and the protocol states no final bound. */
    COMPLETE
}
