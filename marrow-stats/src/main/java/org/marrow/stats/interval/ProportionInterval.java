package org.marrow.stats.interval;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.interval.BinomialConfidenceInterval;
import org.apache.commons.statistics.interval.Interval;

/**
 * Confidence interval methods for a binomial proportion: {@code x} successes (responders) out of
 * {@code n} trials (patients).
 *
 * <p>Each method reproduces an R computation to a relative error of 1e-9, with bounds of exactly 0
 * and 1 where R has them (see the fixture {@code org/marrow/stats/interval/proportion.csv}).
 * Clopper-Pearson and Jeffreys come from Apache Commons Statistics {@link BinomialConfidenceInterval};
 * Wilson follows R's {@code prop.test} formula, because Commons' Wilson bounds at {@code x = 0} and
 * {@code x = n} are off by rounding (e.g. {@code 1.0000000000000002}).
 */
public enum ProportionInterval {
    /**
     * The exact Clopper-Pearson (1934) interval, as R {@code binom.test(x, n, conf.level = conf)$conf.int}:
     * beta quantiles {@code qbeta(a/2, x, n-x+1)} and {@code qbeta(1-a/2, x+1, n-x)}, with lower 0 at
     * {@code x = 0} and upper 1 at {@code x = n}.
     */
    CLOPPER_PEARSON("clopper-pearson", BinomialConfidenceInterval.CLOPPER_PEARSON),
    /**
     * The Wilson (1927) score interval without continuity correction, as R
     * {@code prop.test(x, n, conf.level = conf, correct = FALSE)$conf.int}.
     */
    WILSON("wilson", null),
    /**
     * The equal-tailed Jeffreys interval {@code qbeta(a/2, x+.5, n-x+.5)}, {@code qbeta(1-a/2, x+.5, n-x+.5)},
     * with lower 0 at {@code x = 0} and upper 1 at {@code x = n} (Brown, Cai and DasGupta 2001).
     */
    JEFFREYS("jeffreys", BinomialConfidenceInterval.JEFFREYS);

    private final String label;
    private final BinomialConfidenceInterval delegate;

    ProportionInterval(String label, BinomialConfidenceInterval delegate) {
        this.label = label;
        this.delegate = delegate;
    }

    /**
     * The method's name in lower case with hyphens, as used on the command line and in reports
     * ({@code clopper-pearson}, {@code wilson}, {@code jeffreys}).
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * The method with the given {@link #label()}.
     *
     * @param label a label, e.g. {@code clopper-pearson}
     * @return the method
     * @throws IllegalArgumentException if no method has that label
     */
    public static ProportionInterval fromLabel(String label) {
        for (ProportionInterval m : values()) {
            if (m.label.equals(label)) {
                return m;
            }
        }
        throw new IllegalArgumentException(
                "Unknown proportion interval method '" + label + "'; expected clopper-pearson, wilson or jeffreys");
    }

    /**
     * Estimates a proportion with its two-sided confidence interval.
     *
     * @param x the number of successes
     * @param n the number of trials
     * @param confidenceLevel the confidence level, e.g. 0.95
     * @return the estimate {@code x / n} and the interval
     * @throws IllegalArgumentException if {@code n < 1}, {@code x < 0}, {@code x > n}, or the confidence
     *     level is not strictly between 0 and 1 (NaN included)
     */
    public ProportionEstimate estimate(int x, int n, double confidenceLevel) {
        if (n < 1) {
            throw new IllegalArgumentException("Number of trials (" + n + ") must be >= 1");
        }
        if (x < 0) {
            throw new IllegalArgumentException("Number of successes (" + x + ") must be >= 0");
        }
        if (x > n) {
            throw new IllegalArgumentException(
                    "Number of successes (" + x + ") must be <= number of trials (" + n + ")");
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException(
                    "Confidence level (" + confidenceLevel + ") must be strictly between 0 and 1");
        }
        double estimate = (double) x / n;
        if (delegate == null) {
            return wilson(x, n, estimate, confidenceLevel);
        }
        Interval ci = delegate.fromErrorRate(n, x, 1 - confidenceLevel);
        return new ProportionEstimate(x, n, estimate, ci.getLowerBound(), ci.getUpperBound(), this, confidenceLevel);
    }

    /** R's {@code prop.test(correct = FALSE)} interval, term for term. */
    private ProportionEstimate wilson(int x, int n, double p, double confidenceLevel) {
        double z = NormalDistribution.of(0, 1).inverseCumulativeProbability((1 + confidenceLevel) / 2);
        double z22n = z * z / (2.0 * n);
        double spread = z * Math.sqrt(p * (1 - p) / n + z22n / (2.0 * n));
        double upper = p >= 1 ? 1 : (p + z22n + spread) / (1 + 2 * z22n);
        double lower = p <= 0 ? 0 : (p + z22n - spread) / (1 + 2 * z22n);
        return new ProportionEstimate(x, n, p, Math.max(lower, 0), Math.min(upper, 1), this, confidenceLevel);
    }
}
