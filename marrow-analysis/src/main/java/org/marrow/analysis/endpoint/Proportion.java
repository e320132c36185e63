package org.marrow.analysis.endpoint;

import org.marrow.analysis.figure.Rate;
import org.marrow.stats.interval.ProportionEstimate;
import org.marrow.stats.interval.ProportionInterval;

/**
 * A rate with its two-sided Clopper-Pearson confidence interval, as {@code results.json} gives it:
 * {@code {"x":..,"n":..,"estimate":..,"lower":..,"upper":..}}. With no subject in the denominator
 * (an interim cut-off before anyone reached the timepoint) the estimate and bounds are NaN, written
 * as {@code null}.
 *
 * @param x the number of subjects with the outcome
 * @param n the number of subjects in the denominator
 * @param estimate {@code x / n}
 * @param lower the lower confidence bound
 * @param upper the upper confidence bound
 */
public record Proportion(int x, int n, double estimate, double lower, double upper) {

    /**
     * Estimates {@code x / n} with the exact Clopper-Pearson interval (R {@code binom.test(x,
     * n)$conf.int}, document 000 "Statistical analysis").
     *
     * @param x the number with the outcome, 0 to n
     * @param n the denominator, &gt;= 0
     * @param confidenceLevel the level, strictly between 0 and 1
     * @return the rate
     * @throws IllegalArgumentException if n is negative, x is outside 0..n, or the level is not
     *     strictly between 0 and 1 (NaN included)
     */
    public static Proportion clopperPearson(int x, int n, double confidenceLevel) {
        if (n < 0 || x < 0 || x > n) {
            throw new IllegalArgumentException(
                    "Number with the outcome (" + x + ") must be between 0 and the denominator (" + n + "), n >= 0");
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException(
                    "Confidence level (" + confidenceLevel + ") must be strictly between 0 and 1");
        }
        if (n == 0) {
            return new Proportion(0, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        ProportionEstimate e = ProportionInterval.CLOPPER_PEARSON.estimate(x, n, confidenceLevel);
        return new Proportion(x, n, e.estimate(), e.lower(), e.upper());
    }

    /**
     * The rate as the figures take it.
     *
     * @return the figure's rate
     * @throws IllegalArgumentException if n is 0
     */
    public Rate toRate() {
        return new Rate(x, n, estimate, lower, upper);
    }
}
