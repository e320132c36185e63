package org.marrow.protocol.design;

import java.math.BigDecimal;
import java.util.List;

/**
 * Bayesian monitoring of the primary response rate that a protocol declares under {@code
 * design.monitoring}: BOP2 (efficacy, or efficacy and toxicity) or the predictive probability design.
 * The boundaries and operating characteristics are computed by marrow-analysis from marrow-stats;
 * each kind hands itself to a {@link Visitor}.
 */
public sealed interface EfficacyMonitoring permits Bop2Monitoring, PredictiveMonitoring {

    /**
     * The null (unacceptable) response rate.
     *
     * @return p0, strictly between 0 and 1
     */
    BigDecimal p0();

    /**
     * The alternative (desirable) response rate.
     *
     * @return p1, greater than p0
     */
    BigDecimal p1();

    /**
     * The cumulative numbers of evaluable patients at the looks; the last is the maximum.
     *
     * @return the looks, increasing
     */
    List<Integer> looks();

    /**
     * Hands this declaration to the visitor method of its kind.
     *
     * @param visitor the visitor
     * @param <R> what the visitor returns
     * @return the visitor's result
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of monitoring.
     *
     * @param <R> what the visit returns
     */
    interface Visitor<R> {
        /**
         * Visits a BOP2 declaration.
         *
         * @param monitoring the declaration
         * @return the result
         */
        R bop2(Bop2Monitoring monitoring);

        /**
         * Visits a predictive probability declaration.
         *
         * @param monitoring the declaration
         * @return the result
         */
        R predictive(PredictiveMonitoring monitoring);
    }
}
