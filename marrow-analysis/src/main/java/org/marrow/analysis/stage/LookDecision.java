package org.marrow.analysis.stage;

/**
 * The decision at a look of a monitoring rule: Bayesian monitoring of the response rate (BOP2, Zhou,
 * Lee and Yuan 2017; predictive probability, Lee and Liu 2008) or a toxicity stopping rule. At the last
 * look of efficacy monitoring, go means the treatment is promising and stop for futility that it is not.
 */
public enum LookDecision {
    /** The look is passed: the trial goes on (at the last look: promising; for toxicity: acceptable). */
    GO,
    /** Too few responses, whatever the subjects still to be evaluated show. */
    STOP_FOR_FUTILITY,
    /** Too many subjects with the toxicity. */
    STOP_FOR_TOXICITY,
    /** Not yet decided: subjects of the look are still to be evaluated. */
    PENDING;

    /**
     * Whether the trial stops here.
     *
     * @return true for the two stops
     */
    public boolean stops() {
        return this == STOP_FOR_FUTILITY || this == STOP_FOR_TOXICITY;
    }
}
