package org.marrow.analysis.stage;

/**
 * The decision of a stage of Simon's two-stage design (Simon R. Optimal two-stage designs for phase
 * II clinical trials. Control Clin Trials 1989;10:1-10): stop after stage 1 if at most r1 of the
 * first n1 respond; the treatment is promising if more than r of n respond.
 */
public enum StageDecision {
    /** Stage 1: more than r1 responses, go on to stage 2. */
    CONTINUE,
    /** Stage 1: at most r1 responses even if every subject still to be evaluated responds. */
    STOP,
    /** Stage 1: not yet decided. */
    PENDING,
    /** Stage 2: more than r responses. */
    PROMISING,
    /** Stage 2: at most r responses even if every subject still to be evaluated responds. */
    NOT_PROMISING,
    /** Stage 2: not yet decided. */
    ENROLLING,
    /** Stage 2: every subject evaluated, and the protocol states no final bound r. */
    COMPLETE
}
