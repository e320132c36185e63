package org.marrow.stats.design;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.combinatorics.LogBinomialCoefficient;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * The predictive probability design for single-arm phase II trials (Lee and Liu 2008, Clinical
 * Trials 5:93-106), monitored continuously or in cohorts, with exact operating characteristics.
 *
 * <p>With a {@code Beta(a, b)} prior for the response rate p, x responses among n patients and N
 * the maximum: the trial will be declared a success at N if {@code Pr(p > p0 | responses of N) >
 * thetaT}. The predictive probability of that is {@code PP = sum over y of Pr(Y = y | x) I(Pr(p >
 * p0 | x + y of N) > thetaT)}, Y the beta-binomial number of responses among the N - n patients to
 * come; it is R's {@code ph2bye::PredP(x, n, N, a, b, p0, thetaT)} (ph2bye 0.1.4). At each look
 * stop for futility if {@code PP < thetaL}, for efficacy if {@code PP > thetaU} (never with the
 * default thetaU = 1); at N the treatment is promising if {@code Pr(p > p0 | x of N) > thetaT}.
 * (ph2bye's {@code PredP.design} uses {@code PP <= theta} for futility and {@code >= thetaT} in PP;
 * the results differ only where a probability equals its threshold exactly.)
 *
 * <p>Immutable options: {@code PredictiveProbability.withDefaults().withPrior(1, 1)
 * .withThresholds(0.9, 0.05, 1)}. Defaults: prior {@code Beta(p0, 1 - p0)} (mean p0, prior sample
 * size 1, as {@link Bop2}); thetaT 0.9, thetaL 0.05, thetaU 1.
 */
public final class PredictiveProbability {
    private static final PredictiveProbability DEFAULTS =
            new PredictiveProbability(Double.NaN, Double.NaN, 0.9, 0.05, 1);

    private final double priorA;
    private final double priorB;
    private final double thetaT;
    private final double thetaL;
    private final double thetaU;

    private PredictiveProbability(double priorA, double priorB, double thetaT, double thetaL, double thetaU) {
        this.priorA = priorA;
        this.priorB = priorB;
        this.thetaT = thetaT;
        this.thetaL = thetaL;
        this.thetaU = thetaU;
    }

    /**
     * The design with prior {@code Beta(p0, 1 - p0)}, thetaT 0.9, thetaL 0.05 and no efficacy stop.
     *
     * @return the defaults
     */
    public static PredictiveProbability withDefaults() {
        return DEFAULTS;
    }

    /**
     * A copy with another Beta prior.
     *
     * @param a the first shape, > 0
     * @param b the second shape, > 0
     * @return the new design maker
     * @throws IllegalArgumentException if a shape is not a positive finite number
     */
    public PredictiveProbability withPrior(double a, double b) {
        if (!(a > 0 && a < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Prior shape a (" + a + ") must be a finite number > 0");
        }
        if (!(b > 0 && b < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Prior shape b (" + b + ") must be a finite number > 0");
        }
        return new PredictiveProbability(a, b, thetaT, thetaL, thetaU);
    }

    /**
     * A copy with other thresholds.
     *
     * @param thetaT the posterior probability above which the trial succeeds at N, in (0, 1)
     * @param thetaL stop for futility when PP is below this, in [0, 1)
     * @param thetaU stop for efficacy when PP is above this, in (thetaL, 1]; 1 never stops
     * @return the new design maker
     * @throws IllegalArgumentException if a threshold is out of range
     */
    public PredictiveProbability withThresholds(double thetaT, double thetaL, double thetaU) {
        if (!(thetaT > 0 && thetaT < 1)) {
            throw new IllegalArgumentException("Threshold thetaT (" + thetaT + ") must be in (0, 1)");
        }
        if (!(thetaL >= 0 && thetaL < 1)) {
            throw new IllegalArgumentException("Threshold thetaL (" + thetaL + ") must be in [0, 1)");
        }
        if (!(thetaU > thetaL && thetaU <= 1)) {
            throw new IllegalArgumentException(
                    "Threshold thetaU (" + thetaU + ") must be in (thetaL, 1] (thetaL = " + thetaL + ")");
        }
        return new PredictiveProbability(priorA, priorB, thetaT, thetaL, thetaU);
    }

    /**
     * The predictive probability of success at N given x responses among n, R's {@code
     * ph2bye::PredP(x, n, nMax, a, b, p0, thetaT)}.
     *
     * @param x responses so far, 0..n
     * @param n patients so far, 0..nMax
     * @param nMax the maximum number of patients, >= 1
     * @param p0 the null response rate, in (0, 1)
     * @return PP
     * @throws IllegalArgumentException if an argument is out of range
     */
    public double predictiveProbability(int x, int n, int nMax, double p0) {
        Check.open("Response rate p0", p0);
        if (nMax < 1) {
            throw new IllegalArgumentException("Maximum sample size (" + nMax + ") must be >= 1");
        }
        if (n < 0 || n > nMax) {
            throw new IllegalArgumentException("Patients so far n (" + n + ") must be in 0..N (N = " + nMax + ")");
        }
        if (x < 0 || x > n) {
            throw new IllegalArgumentException("Responses x (" + x + ") must be in 0..n (n = " + n + ")");
        }
        return pp(x, n, nMax, p0, successAt(nMax, p0));
    }

    /**
     * The design monitored at nMin, nMin + cohort, ... and nMax, with its characteristics at p0
     * and p1.
     *
     * @param p0 the null response rate, in (0, 1)
     * @param p1 the alternative response rate, in (p0, 1)
     * @param nMin the first look, 1..nMax
     * @param nMax the maximum number of patients, 1..1000
     * @param cohort patients between looks, >= 1
     * @return the design
     * @throws IllegalArgumentException if an argument is out of range
     */
    public PredictiveDesign design(double p0, double p1, int nMin, int nMax, int cohort) {
        Check.ordered("Response rate", "p0", p0, "p1", p1);
        if (nMax < 1 || nMax > 1000) {
            throw new IllegalArgumentException("Maximum sample size (" + nMax + ") must be in 1..1000");
        }
        if (nMin < 1 || nMin > nMax) {
            throw new IllegalArgumentException("First look (" + nMin + ") must be in 1..N (N = " + nMax + ")");
        }
        if (cohort < 1) {
            throw new IllegalArgumentException("Cohort size (" + cohort + ") must be >= 1");
        }
        int success = successAt(nMax, p0);
        List<MonitoringLook> looks = new ArrayList<>();
        for (int n = nMin; ; n = Math.min(n + cohort, nMax)) {
            if (n == nMax) {
                looks.add(new MonitoringLook(n, success - 1, n + 1));
                break;
            }
            int futility = -1;
            int efficacy = n + 1;
            for (int x = 0; x <= n; x++) {
                double pp = pp(x, n, nMax, p0, success);
                if (pp < thetaL) {
                    futility = x;
                }
                if (thetaU < 1 && pp > thetaU && efficacy == n + 1) {
                    efficacy = x;
                }
            }
            looks.add(new MonitoringLook(n, futility, efficacy));
        }
        return new PredictiveDesign(
                looks, SequentialBinomial.characteristics(looks, p0), SequentialBinomial.characteristics(looks, p1));
    }

    /** The smallest number of responses of nMax with {@code Pr(p > p0) > thetaT}, or nMax + 1. */
    private int successAt(int nMax, double p0) {
        for (int s = 0; s <= nMax; s++) {
            if (BetaDistribution.of(a(p0) + s, b(p0) + nMax - s).survivalProbability(p0) > thetaT) {
                return s;
            }
        }
        return nMax + 1;
    }

    private double pp(int x, int n, int nMax, double p0, int success) {
        int m = nMax - n;
        double a = a(p0) + x;
        double b = b(p0) + n - x;
        double norm = LogBeta.value(a, b);
        double sum = 0;
        for (int y = Math.max(0, success - x); y <= m; y++) {
            sum += Math.exp(LogBinomialCoefficient.value(m, y) + LogBeta.value(a + y, b + m - y) - norm);
        }
        return sum;
    }

    private double a(double p0) {
        return Double.isNaN(priorA) ? p0 : priorA;
    }

    private double b(double p0) {
        return Double.isNaN(priorB) ? 1 - p0 : priorB;
    }
}
