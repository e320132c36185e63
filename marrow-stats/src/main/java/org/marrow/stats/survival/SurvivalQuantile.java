package org.marrow.stats.survival;

/**
 * A quantile of the survival time read from a Kaplan-Meier curve, with the confidence limits read
 * the same way from the lower and upper confidence curves. NaN is R's NA: the curve (or the
 * confidence curve) never came down to {@code 1 - probability}.
 *
 * @param probability the probability p: the time at which the curve falls to {@code 1 - p}
 * @param time the estimated quantile
 * @param lower the lower confidence limit (from the lower confidence curve)
 * @param upper the upper confidence limit (from the upper confidence curve)
 */
public record SurvivalQuantile(double probability, double time, double lower, double upper) {}
