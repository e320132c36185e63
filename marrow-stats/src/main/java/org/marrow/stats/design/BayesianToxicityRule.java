package org.marrow.stats.design;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * A Bayesian toxicity stopping rule with a beta-binomial model (Thall, Simon and Estey 1995): with a
 * {@code Beta(a, b)} prior for the toxicity rate p and t toxicities among n patients, stop when
 * {@code Pr(p > limit | t, n) > cutoff}, i.e. {@code 1 - pbeta(limit, a + t, b + n - t) > cutoff}
 * in R.
 *
 * <p>Immutable options: {@code BayesianToxicityRule.withDefaults().withPrior(0.5, 0.5)}. The default
 * prior is {@code Beta(1, 1)} (uniform).
 */
public final class BayesianToxicityRule {
    private static final BayesianToxicityRule DEFAULTS = new BayesianToxicityRule(1, 1);

    private final double a;
    private final double b;

    private BayesianToxicityRule(double a, double b) {
        this.a = a;
        this.b = b;
    }

    /**
     * The rule with a uniform prior.
     *
     * @return the default rule
     */
    public static BayesianToxicityRule withDefaults() {
        return DEFAULTS;
    }

    /**
     * A copy with another Beta prior.
     *
     * @param a the first shape, > 0
     * @param b the second shape, > 0
     * @return the new rule
     * @throws IllegalArgumentException if a shape is not a positive finite number
     */
    public BayesianToxicityRule withPrior(double a, double b) {
        if (!(a > 0 && a < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Prior shape a (" + a + ") must be a finite number > 0");
        }
        if (!(b > 0 && b < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Prior shape b (" + b + ") must be a finite number > 0");
        }
        return new BayesianToxicityRule(a, b);
    }

    /**
     * The posterior probability that the toxicity rate exceeds the limit.
     *
     * @param toxicities the number with the toxicity, 0..n
     * @param n the number of patients, >= 0
     * @param limit the largest acceptable toxicity rate, in (0, 1)
     * @return {@code Pr(p > limit | toxicities, n)}
     * @throws IllegalArgumentException if an argument is out of range
     */
    public double posteriorExcess(int toxicities, int n, double limit) {
        Check.open("Toxicity limit", limit);
        if (n < 0 || toxicities < 0 || toxicities > n) {
            throw new IllegalArgumentException(
                    "Toxicities (" + toxicities + ") must be in 0..n (n = " + n + "), n >= 0");
        }
        return BetaDistribution.of(a + toxicities, b + n - toxicities).survivalProbability(limit);
    }

    /**
     * The boundary at each look: the largest number of toxicities with {@code Pr(p > limit | data)
     * <= cutoff} (stop above it).
     *
     * @param limit the largest acceptable toxicity rate, in (0, 1)
     * @param cutoff the posterior probability above which the trial stops, in (0, 1)
     * @param looks the cumulative numbers of patients at the looks, increasing, at most 1000
     * @return the boundary
     * @throws IllegalArgumentException if an argument is out of range
     */
    public ToxicityBoundary boundary(double limit, double cutoff, int[] looks) {
        Check.open("Toxicity limit", limit);
        Check.open("Posterior probability cutoff", cutoff);
        Check.looks(looks);
        List<Integer> n = new ArrayList<>();
        List<Integer> r = new ArrayList<>();
        for (int m : looks) {
            int acceptable = m;
            for (int t = 0; t <= m; t++) {
                if (posteriorExcess(t, m, limit) > cutoff) {
                    acceptable = t - 1;
                    break;
                }
            }
            n.add(m);
            r.add(Math.max(acceptable, -1));
        }
        // a look where even 0 toxicities stop is refused by ToxicityBoundary: report it plainly
        for (int k = 0; k < r.size(); k++) {
            if (r.get(k) < 0) {
                throw new IllegalArgumentException("With the prior Beta(" + a + ", " + b + "), Pr(p > " + limit
                        + ") exceeds " + cutoff + " with no toxicity among " + n.get(k)
                        + " patients; raise the cutoff or start later");
            }
        }
        return new ToxicityBoundary(n, r);
    }
}
