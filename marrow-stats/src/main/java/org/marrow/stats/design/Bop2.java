package org.marrow.stats.design;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * The Bayesian optimal phase II design, BOP2 (Zhou, Lee and Yuan 2017, Statistics in Medicine
 * 36:3302-3314), for a binary efficacy endpoint alone or with a binary toxicity endpoint, with
 * operating characteristics computed by exact sums over the looks (the BOP2 software simulates).
 *
 * <p><b>Rule.</b> At a look with n of the N patients evaluable, with cutoff {@code C(n) = 1 -
 * lambda (n / N)^gamma}, stop if {@code Pr(p_E <= p0 | data) > C(n)}, or, when toxicity is
 * monitored, if {@code Pr(p_T > t0 | data) > C(n)}. At n = N the treatment is promising ("go") when
 * neither holds. Efficacy alone: the prior of the response rate is {@code Beta(p0, 1 - p0)} (prior
 * sample size 1) unless {@link #withPrior(double, double)} says otherwise. With toxicity: the four
 * joint outcomes (response and toxicity, response only, toxicity only, neither) are multinomial
 * with a Dirichlet prior whose parameters are the null cells {@code (p0 t0, p0 (1 - t0), (1 - p0)
 * t0, (1 - p0)(1 - t0))}; the posteriors of p_E and p_T are then Beta with the Dirichlet's
 * aggregated parameters.
 *
 * <p><b>Tuning.</b> lambda and gamma are chosen on a grid (lambda 0.50, 0.51, ..., 0.99; gamma 0,
 * 0.05, ..., 3) to maximise the power (probability of go under the alternative) among the pairs
 * whose type I error (probability of go under the null) is at most alpha; among pairs of equal
 * power the first in grid order (lambda, then gamma, ascending) is kept. With toxicity the type I
 * error is the largest probability of go over the three null scenarios futile-safe (p0, t1),
 * effective-toxic (p1, t0) and futile-toxic (p0, t0), as BOP2-TE (Chen, Zhou, Lee and Yuan 2024)
 * controls it; the scenarios take efficacy and toxicity as independent.
 */
public final class Bop2 {
    private static final Bop2 DEFAULTS = new Bop2(Double.NaN, Double.NaN);
    private static final int LAMBDA_FROM = 50;
    private static final int LAMBDA_TO = 99;
    private static final int GAMMA_STEPS = 60;

    private final double priorA;
    private final double priorB;

    private Bop2(double priorA, double priorB) {
        this.priorA = priorA;
        this.priorB = priorB;
    }

    /**
     * BOP2 with the prior {@code Beta(p0, 1 - p0)} for the response rate.
     *
     * @return the default design maker
     */
    public static Bop2 withDefaults() {
        return DEFAULTS;
    }

    /**
     * A copy with another Beta prior for the response rate (efficacy-only designs).
     *
     * @param a the first shape, > 0
     * @param b the second shape, > 0
     * @return the new design maker
     * @throws IllegalArgumentException if a shape is not a positive finite number
     */
    public Bop2 withPrior(double a, double b) {
        checkShape("Prior shape a", a);
        checkShape("Prior shape b", b);
        return new Bop2(a, b);
    }

    /**
     * The efficacy-only design whose lambda and gamma maximise the power at p1 with type I error at
     * most alpha.
     *
     * @param p0 the null response rate, in (0, 1)
     * @param p1 the alternative response rate, in (p0, 1)
     * @param looks the cumulative numbers of evaluable patients at the looks, increasing; the last
     *     is N
     * @param alpha the largest type I error allowed, in (0, 1)
     * @return the design, or empty if no pair on the grid has type I error at most alpha
     * @throws IllegalArgumentException if an argument is out of range
     */
    public Optional<Bop2Design> efficacy(double p0, double p1, int[] looks, double alpha) {
        Check.ordered("Response rate", "p0", p0, "p1", p1);
        Check.looks(looks);
        Check.open("Type I error alpha", alpha);
        return tune(looks, alpha, efficacyRule(p0, p1, looks));
    }

    /**
     * The efficacy-only design with given lambda and gamma.
     *
     * @param p0 the null response rate, in (0, 1)
     * @param p1 the alternative response rate, in (p0, 1)
     * @param looks the cumulative numbers of evaluable patients at the looks, increasing
     * @param lambda in (0, 1]
     * @param gamma >= 0
     * @return the design
     * @throws IllegalArgumentException if an argument is out of range
     */
    public Bop2Design efficacy(double p0, double p1, int[] looks, double lambda, double gamma) {
        Check.ordered("Response rate", "p0", p0, "p1", p1);
        Check.looks(looks);
        checkTuning(lambda, gamma);
        Rule rule = efficacyRule(p0, p1, looks);
        return rule.evaluate(lambda, gamma, rule.boundaries(lambda, gamma));
    }

    /**
     * The design monitoring efficacy and toxicity whose lambda and gamma maximise the power at (p1,
     * t1) with every null scenario's probability of go at most alpha.
     *
     * @param p0 the null response rate, in (0, 1)
     * @param p1 the alternative response rate, in (p0, 1)
     * @param t0 the unacceptable toxicity rate, in (0, 1)
     * @param t1 the acceptable toxicity rate, in (0, t0)
     * @param looks the cumulative numbers of evaluable patients at the looks, increasing
     * @param alpha the largest type I error allowed, in (0, 1)
     * @return the design, or empty if no pair on the grid meets alpha
     * @throws IllegalArgumentException if an argument is out of range
     */
    public Optional<Bop2Design> efficacyAndToxicity(
            double p0, double p1, double t0, double t1, int[] looks, double alpha) {
        Check.ordered("Response rate", "p0", p0, "p1", p1);
        Check.ordered("Toxicity rate", "t1", t1, "t0", t0);
        Check.looks(looks);
        Check.open("Type I error alpha", alpha);
        return tune(looks, alpha, jointRule(p0, p1, t0, t1, looks));
    }

    /**
     * The design monitoring efficacy and toxicity with given lambda and gamma.
     *
     * @param p0 the null response rate, in (0, 1)
     * @param p1 the alternative response rate, in (p0, 1)
     * @param t0 the unacceptable toxicity rate, in (0, 1)
     * @param t1 the acceptable toxicity rate, in (0, t0)
     * @param looks the cumulative numbers of evaluable patients at the looks, increasing
     * @param lambda in (0, 1]
     * @param gamma >= 0
     * @return the design
     * @throws IllegalArgumentException if an argument is out of range
     */
    public Bop2Design efficacyAndToxicity(
            double p0, double p1, double t0, double t1, int[] looks, double lambda, double gamma) {
        Check.ordered("Response rate", "p0", p0, "p1", p1);
        Check.ordered("Toxicity rate", "t1", t1, "t0", t0);
        Check.looks(looks);
        checkTuning(lambda, gamma);
        Rule rule = jointRule(p0, p1, t0, t1, looks);
        return rule.evaluate(lambda, gamma, rule.boundaries(lambda, gamma));
    }

    /** The boundaries for a (lambda, gamma) pair, and their operating characteristics. */
    private interface Rule {
        List<Bop2Look> boundaries(double lambda, double gamma);

        Bop2Design evaluate(double lambda, double gamma, List<Bop2Look> looks);
    }

    /** Pairs with the same boundaries share their characteristics, computed once. */
    private static Optional<Bop2Design> tune(int[] looks, double alpha, Rule rule) {
        Bop2Design best = null;
        Map<List<Integer>, Bop2Design> seen = new HashMap<>();
        for (int i = LAMBDA_FROM; i <= LAMBDA_TO; i++) {
            double lambda = i / 100.0;
            for (int j = 0; j <= GAMMA_STEPS; j++) {
                double gamma = j / 20.0;
                List<Bop2Look> bounds = rule.boundaries(lambda, gamma);
                Bop2Design oc = seen.computeIfAbsent(key(bounds), k -> rule.evaluate(lambda, gamma, bounds));
                if (oc.typeIError() <= alpha && (best == null || oc.power() > best.power())) {
                    best = new Bop2Design(lambda, gamma, bounds, oc.scenarios(), oc.typeIError(), oc.power());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<Integer> key(List<Bop2Look> looks) {
        List<Integer> key = new ArrayList<>();
        for (Bop2Look l : looks) {
            key.add(l.futility());
            key.add(l.toxicity());
        }
        return key;
    }

    private Rule efficacyRule(double p0, double p1, int[] looks) {
        double a = Double.isNaN(priorA) ? p0 : priorA;
        double b = Double.isNaN(priorB) ? 1 - p0 : priorB;
        int nMax = looks[looks.length - 1];
        return new Rule() {
            @Override
            public List<Bop2Look> boundaries(double lambda, double gamma) {
                List<Bop2Look> out = new ArrayList<>();
                for (int n : looks) {
                    double c = cutoff(n, nMax, lambda, gamma);
                    out.add(new Bop2Look(n, c, futility(a, b, p0, n, c), n + 1));
                }
                return out;
            }

            @Override
            public Bop2Design evaluate(double lambda, double gamma, List<Bop2Look> bounds) {
                List<MonitoringLook> monitoring = new ArrayList<>();
                for (Bop2Look l : bounds) {
                    monitoring.add(new MonitoringLook(l.n(), l.futility(), l.n() + 1));
                }
                MonitoringCharacteristics h0 = SequentialBinomial.characteristics(monitoring, p0);
                MonitoringCharacteristics h1 = SequentialBinomial.characteristics(monitoring, p1);
                List<Bop2Scenario> scenarios =
                        List.of(scenario(Bop2Scenario.Kind.NULL, h0), scenario(Bop2Scenario.Kind.ALTERNATIVE, h1));
                return new Bop2Design(
                        lambda, gamma, bounds, scenarios, h0.probabilityRejectNull(), h1.probabilityRejectNull());
            }
        };
    }

    private static Bop2Scenario scenario(Bop2Scenario.Kind kind, MonitoringCharacteristics m) {
        return new Bop2Scenario(
                kind,
                m.responseRate(),
                Double.NaN,
                m.probabilityRejectNull(),
                m.probabilityEarlyStop(),
                m.expectedSampleSize());
    }

    private static Rule jointRule(double p0, double p1, double t0, double t1, int[] looks) {
        JointRates prior = JointRates.independent(p0, t0);
        double ea = prior.efficacy();
        double eb = 1 - prior.efficacy();
        double ta = prior.toxicity();
        double tb = 1 - prior.toxicity();
        int nMax = looks[looks.length - 1];
        return new Rule() {
            @Override
            public List<Bop2Look> boundaries(double lambda, double gamma) {
                List<Bop2Look> out = new ArrayList<>();
                for (int n : looks) {
                    double c = cutoff(n, nMax, lambda, gamma);
                    out.add(new Bop2Look(n, c, futility(ea, eb, p0, n, c), toxicity(ta, tb, t0, n, c)));
                }
                return out;
            }

            @Override
            public Bop2Design evaluate(double lambda, double gamma, List<Bop2Look> bounds) {
                int[] fut = new int[looks.length];
                int[] tox = new int[looks.length];
                for (int k = 0; k < looks.length; k++) {
                    fut[k] = bounds.get(k).futility();
                    tox[k] = bounds.get(k).toxicity();
                }
                List<Bop2Scenario> scenarios = new ArrayList<>();
                double typeI = 0;
                double power = 0;
                double[][] rates = {{p0, t1}, {p1, t0}, {p0, t0}, {p1, t1}};
                Bop2Scenario.Kind[] kinds = {
                    Bop2Scenario.Kind.FUTILE_SAFE,
                    Bop2Scenario.Kind.EFFECTIVE_TOXIC,
                    Bop2Scenario.Kind.FUTILE_TOXIC,
                    Bop2Scenario.Kind.ALTERNATIVE
                };
                for (int s = 0; s < 4; s++) {
                    double[] r =
                            SequentialBinomial.joint(looks, fut, tox, JointRates.independent(rates[s][0], rates[s][1]));
                    scenarios.add(new Bop2Scenario(kinds[s], rates[s][0], rates[s][1], r[0], r[1], r[2]));
                    if (kinds[s].isNull()) {
                        typeI = Math.max(typeI, r[0]);
                    } else {
                        power = r[0];
                    }
                }
                return new Bop2Design(lambda, gamma, bounds, scenarios, typeI, power);
            }
        };
    }

    /** {@code 1 - lambda (n / N)^gamma}. */
    static double cutoff(int n, int nMax, double lambda, double gamma) {
        return 1 - lambda * Math.pow((double) n / nMax, gamma);
    }

    /** The largest x with {@code Pr(p <= p0 | x of n) > c} under Beta(a, b), or -1. */
    private static int futility(double a, double b, double p0, int n, double c) {
        int f = -1;
        for (int x = 0; x <= n; x++) {
            if (BetaDistribution.of(a + x, b + n - x).cumulativeProbability(p0) > c) {
                f = x;
            } else {
                break;
            }
        }
        return f;
    }

    /** The smallest t with {@code Pr(p > t0 | t of n) > c} under Beta(a, b), or n + 1. */
    private static int toxicity(double a, double b, double t0, int n, double c) {
        for (int t = 0; t <= n; t++) {
            if (BetaDistribution.of(a + t, b + n - t).survivalProbability(t0) > c) {
                return t;
            }
        }
        return n + 1;
    }

    private static void checkShape(String what, double v) {
        if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(what + " (" + v + ") must be a finite number > 0");
        }
    }

    private static void checkTuning(double lambda, double gamma) {
        if (!(lambda > 0 && lambda <= 1)) {
            throw new IllegalArgumentException("Tuning parameter lambda (" + lambda + ") must be in (0, 1]");
        }
        if (!(gamma >= 0 && gamma < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Tuning parameter gamma (" + gamma + ") must be a finite number >= 0");
        }
    }
}
