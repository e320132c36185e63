package org.marrow.stats.design;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.HypergeometricDistribution;

/**
 * Inference on the response rate after a Simon two-stage trial, respecting its stopping rule:
 * the p-value and exact confidence interval by stage-wise ordering (Koyama and Chen 2008,
 * Statistics in Medicine 27:3145-3154), the UMVUE (Jung and Kim 2004, Statistics in Medicine
 * 23:881-896) and the median unbiased estimate.
 *
 * <p>Immutable options: {@code TwoStageInference.withDefaults().withConfidenceLevel(0.9)
 * .with(Interval.KOYAMA_CHEN)}; the default level is 0.95 (two-sided), the default interval {@link
 * Interval#EXACT}.
 *
 * <p><b>Stage-wise ordering.</b> An outcome is (stage stopped, responses in all). Every outcome
 * that went on to stage 2 is more extreme than every outcome that stopped after stage 1; within a
 * stage, more responses are more extreme. For an outcome t and a response rate p:
 *
 * <ul>
 *   <li>{@code P_p(T >= t)} is {@code P(X1 >= x1)} after an early stop, and
 *       {@code sum over k = r1+1..n1 of P(X1 = k) P(X2 >= x - k)} after stage 2, with X1 ~ Bin(n1,
 *       p) and X2 ~ Bin(n - n1, p). At p0 it is the p-value, the same sum as
 *       {@code clinfun::twostage.inference} (clinfun 1.1.5) and {@code
 *       OneArmPhaseTwoStudy::get_p_KC}.
 *   <li>the lower limit solves {@code P_p(T >= t) = (1 - level) / 2} (0 for the smallest
 *       outcome, a stop with no response); the upper limit solves {@code P_p(T <= t) = (1 -
 *       level) / 2} (1 for the largest outcome, every patient responding). After an early stop the
 *       interval is the Clopper-Pearson interval of x1 of n1.
 *   <li>the median unbiased estimate solves {@code P_p(T >= t) = 1/2}.
 * </ul>
 *
 * <p>The upper limit of Koyama and Chen's own R code ({@code TwoStageInf}), of {@code
 * twostage.inference} and of {@code get_CI} solves {@code P_p(T >= t) = 1 - (1 - level) / 2}
 * instead, which is the exact upper limit of the outcome just below t; its coverage falls below the
 * level (for trial document 000's design, 22 / 8 / 43, on rates 0.005 apart, a nominal 95% interval
 * covers some rates between 0.6 and 0.7 only 90.8% of the time, where the exact interval never
 * covers less than 95.3%). {@link Interval#EXACT}, the default, is therefore the exact limit of t itself; {@link
 * Interval#KOYAMA_CHEN} reproduces the packages after stage 2. After an early stop both give the
 * Clopper-Pearson interval, R's {@code binom.test(x1, n1)$conf.int} (Koyama and Chen's code gives
 * none). Roots are found by bisection to a few ulps, not on the packages' grids.
 *
 * <p><b>An attained size different from the planned one.</b> The outcome carries the attained
 * stage-1 size n1 and total n; the stage-wise ordering and the UMVUE are computed with the attained
 * stage-2 size {@code n - n1} in place of the planned one, as if it had been planned: this is what
 * {@code clinfun::twostage.inference} and {@code OneArmPhaseTwoStudy} compute when given the
 * attained n. The planned total and final bound play no part. The UMVUE stays unbiased, and the
 * p-value and interval exact, provided that the stage-2 size was not chosen in the light of the
 * stage-1 responses beyond the decision to continue (Porcher and Desseaux 2012, BMC Medical
 * Research Methodology 12:117, found the UMVUE performs well under such deviations). Koyama and
 * Chen's conditional adaptation, which maps the attained stage 2 onto the planned one through its
 * conditional p-value, is not implemented.
 */
public final class TwoStageInference {
    /** The definition of the interval's upper limit after stage 2. */
    public enum Interval {
        /** The exact limit: {@code P_p(T <= t) = (1 - level) / 2}; coverage at least the level. */
        EXACT,
        /**
         * Koyama and Chen's limit as their R code, clinfun and OneArmPhaseTwoStudy compute it:
         * {@code P_p(T >= t) = 1 - (1 - level) / 2}.
         */
        KOYAMA_CHEN
    }

    private static final TwoStageInference DEFAULTS = new TwoStageInference(0.95, Interval.EXACT);

    private final double confidenceLevel;
    private final Interval interval;

    private TwoStageInference(double confidenceLevel, Interval interval) {
        this.confidenceLevel = confidenceLevel;
        this.interval = interval;
    }

    /**
     * Inference with a two-sided 95% interval.
     *
     * @return the default inference
     */
    public static TwoStageInference withDefaults() {
        return DEFAULTS;
    }

    /**
     * A copy with another two-sided confidence level.
     *
     * @param level the level, strictly between 0 and 1
     * @return the new inference
     * @throws IllegalArgumentException if the level is not in (0, 1) (NaN included)
     */
    public TwoStageInference withConfidenceLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("Confidence level (" + level + ") must be > 0 and < 1");
        }
        return new TwoStageInference(level, interval);
    }

    /**
     * A copy with another definition of the upper limit.
     *
     * @param interval the definition
     * @return the new inference
     * @throws IllegalArgumentException if the interval is null
     */
    public TwoStageInference with(Interval interval) {
        if (interval == null) {
            throw new IllegalArgumentException("Interval (null) must be EXACT or KOYAMA_CHEN");
        }
        return new TwoStageInference(confidenceLevel, interval);
    }

    /**
     * The definition of the upper limit.
     *
     * @return the interval
     */
    public Interval interval() {
        return interval;
    }

    /**
     * The two-sided confidence level.
     *
     * @return the level
     */
    public double confidenceLevel() {
        return confidenceLevel;
    }

    /**
     * The p-value, UMVUE, median unbiased estimate and exact interval for an outcome.
     *
     * @param outcome what the trial observed
     * @param p0 the null response rate, in (0, 1)
     * @return the estimate
     * @throws IllegalArgumentException if the outcome is null or p0 is not in (0, 1)
     */
    public TwoStageEstimate estimate(TwoStageOutcome outcome, double p0) {
        if (outcome == null) {
            throw new IllegalArgumentException("Outcome (null) must be given");
        }
        if (!(p0 > 0 && p0 < 1)) {
            throw new IllegalArgumentException("Response rate p0 (" + p0 + ") must be in (0, 1)");
        }
        return infer(outcome, p0);
    }

    /**
     * The UMVUE, median unbiased estimate and exact interval for an outcome when no null rate is stated
     * (trial document 002 gives only the stage sizes): the p-value and p0 are NaN.
     *
     * @param outcome what the trial observed
     * @return the estimate, without a p-value
     * @throws IllegalArgumentException if the outcome is null
     */
    public TwoStageEstimate estimate(TwoStageOutcome outcome) {
        if (outcome == null) {
            throw new IllegalArgumentException("Outcome (null) must be given");
        }
        return infer(outcome, Double.NaN);
    }

    private TwoStageEstimate infer(TwoStageOutcome outcome, double p0) {
        double tail = (1 - confidenceLevel) / 2;
        boolean smallest = outcome.stoppedEarly() ? outcome.x1() == 0 : outcome.r1() == -1 && outcome.x() == 0;
        boolean largest = !outcome.stoppedEarly() && outcome.x() == outcome.n();
        double lower = smallest ? 0 : Bisection.increasing(p -> atLeast(outcome, p), tail);
        double median = smallest ? 0 : Bisection.increasing(p -> atLeast(outcome, p), 0.5);
        double upper;
        if (largest) {
            upper = 1;
        } else if (interval == Interval.KOYAMA_CHEN && !outcome.stoppedEarly()) {
            upper = Bisection.increasing(p -> atLeast(outcome, p), 1 - tail);
        } else {
            upper = Bisection.decreasing(p -> atMost(outcome, p), tail);
        }
        return new TwoStageEstimate(
                outcome,
                p0,
                (double) outcome.x() / outcome.n(),
                Double.isNaN(p0) ? Double.NaN : atLeast(outcome, p0),
                umvue(outcome),
                median,
                lower,
                upper,
                confidenceLevel,
                interval);
    }

    /** {@code P_p(T >= t)} in the stage-wise ordering. */
    static double atLeast(TwoStageOutcome t, double p) {
        BinomialDistribution first = BinomialDistribution.of(t.n1(), p);
        if (t.stoppedEarly()) {
            return first.survivalProbability(t.x1() - 1);
        }
        BinomialDistribution second = BinomialDistribution.of(t.n2(), p);
        double sum = 0;
        for (int k = t.n1(); k > t.r1(); k--) {
            sum += first.probability(k) * second.survivalProbability(t.x() - k - 1);
        }
        return sum;
    }

    /** {@code P_p(T <= t)} in the stage-wise ordering. */
    static double atMost(TwoStageOutcome t, double p) {
        BinomialDistribution first = BinomialDistribution.of(t.n1(), p);
        if (t.stoppedEarly()) {
            return first.cumulativeProbability(t.x1());
        }
        BinomialDistribution second = BinomialDistribution.of(t.n2(), p);
        double sum = first.cumulativeProbability(t.r1());
        for (int k = t.r1() + 1; k <= t.n1(); k++) {
            sum += first.probability(k) * second.cumulativeProbability(t.x() - k);
        }
        return sum;
    }

    /**
     * Jung and Kim's UMVUE: x1 / n1 after an early stop, otherwise {@code E(X1 / n1 | X1 > r1, S =
     * x)} under the hypergeometric law of X1 given S = x, which is {@code sum C(n1-1, k-1) C(n2,
     * x-k) / sum C(n1, k) C(n2, x-k)} over k from max(r1 + 1, x - n2) to min(x, n1), as {@code
     * clinfun::twostage.inference}.
     */
    static double umvue(TwoStageOutcome t) {
        if (t.stoppedEarly()) {
            return (double) t.x1() / t.n1();
        }
        HypergeometricDistribution h = HypergeometricDistribution.of(t.n(), t.n1(), t.x());
        double mass = 0;
        double mean = 0;
        for (int k = Math.max(t.r1() + 1, t.x() - t.n2()); k <= Math.min(t.x(), t.n1()); k++) {
            double w = h.probability(k);
            mass += w;
            mean += w * k;
        }
        return mean / mass / t.n1();
    }
}
