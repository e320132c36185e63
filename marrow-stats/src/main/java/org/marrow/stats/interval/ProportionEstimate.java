package org.marrow.stats.interval;

/**
 * A binomial proportion with its two-sided confidence interval.
 *
 * @param x the number of successes
 * @param n the number of trials
 * @param estimate the observed proportion {@code x / n}
 * @param lower the lower confidence bound (0 when {@code x = 0})
 * @param upper the upper confidence bound (1 when {@code x = n})
 * @param method the interval method
 * @param confidenceLevel the confidence level, e.g. 0.95
 */
public record ProportionEstimate(
        int x, int n, double estimate, double lower, double upper, ProportionInterval method, double confidenceLevel) {}
