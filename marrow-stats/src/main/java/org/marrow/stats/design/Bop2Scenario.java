package org.marrow.stats.design;

/**
 * A scenario at which a BOP2 design's operating characteristics are computed, by exact sums over
 * the looks.
 *
 * @param kind which hypothesis the rates represent
 * @param efficacy the true response rate
 * @param toxicity the true toxicity rate (NaN when toxicity is not monitored)
 * @param probabilityGo the probability of a "go" (the treatment declared promising) at the end
 * @param probabilityEarlyStop the probability of stopping at an interim look
 * @param expectedSampleSize the expected number of evaluable patients
 */
public record Bop2Scenario(
        Kind kind,
        double efficacy,
        double toxicity,
        double probabilityGo,
        double probabilityEarlyStop,
        double expectedSampleSize) {

    /** The hypotheses of Zhou, Lee and Yuan (2017) and, with toxicity, of Chen et al. (2024). */
    public enum Kind {
        /** Efficacy only: the null response rate. Its probability of go is the type I error. */
        NULL,
        /** The alternative: efficacious (and, with toxicity, safe). Its probability of go is the power. */
        ALTERNATIVE,
        /** With toxicity: futile but safe (null response rate, alternative toxicity rate). */
        FUTILE_SAFE,
        /** With toxicity: efficacious but toxic (alternative response rate, null toxicity rate). */
        EFFECTIVE_TOXIC,
        /** With toxicity: futile and toxic (both null rates). */
        FUTILE_TOXIC;

        /**
         * Whether the scenario is a null hypothesis, whose probability of go is a type I error.
         *
         * @return true for every kind but {@link #ALTERNATIVE}
         */
        public boolean isNull() {
            return this != ALTERNATIVE;
        }
    }
}
