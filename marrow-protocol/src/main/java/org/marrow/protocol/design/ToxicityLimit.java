package org.marrow.protocol.design;

/**
 * How a toxicity stopping rule draws its boundary: a Bayesian beta-binomial rule ({@link
 * BayesianToxicityLimit}) or Pocock-type repeated significance testing ({@link
 * SequentialToxicityLimit}). The boundaries are computed by marrow-analysis from marrow-stats; each kind
 * hands itself to a {@link Visitor}.
 */
public sealed interface ToxicityLimit permits BayesianToxicityLimit, SequentialToxicityLimit {

    /**
     * Hands this limit to the visitor method of its kind.
     *
     * @param visitor the visitor
     * @param <R> what the visitor returns
     * @return the visitor's result
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * The fewest looks the limit can work with.
     *
     * @return 1 for a Bayesian rule, 2 for a sequential boundary (clinfun's toxbdry needs an early look)
     */
    int minimumLooks();

    /**
     * One method per kind of limit.
     *
     * @param <R> what the visit returns
     */
    interface Visitor<R> {
        /**
         * Visits a Bayesian limit.
         *
         * @param limit the limit
         * @return the result
         */
        R bayesian(BayesianToxicityLimit limit);

        /**
         * Visits a sequential limit.
         *
         * @param limit the limit
         * @return the result
         */
        R sequential(SequentialToxicityLimit limit);
    }
}
