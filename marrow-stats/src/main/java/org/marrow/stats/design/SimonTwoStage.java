package org.marrow.stats.design;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Simon's two-stage designs for single-arm phase II trials (Simon 1989, Controlled Clinical Trials
 * 10:1-10): the search for optimal, minimax and admissible designs, the operating characteristics
 * of a given design, and enrolment inflated for dropout.
 *
 * <p>Decision rule: treat n1 patients and stop for futility if at most r1 respond; otherwise treat
 * n - n1 more and declare the treatment promising if more than r of the n respond.
 */
public final class SimonTwoStage {
    /** The largest nmax that {@code clinfun::ph2simon} accepts. */
    public static final int MAX_NMAX = 1000;

    private SimonTwoStage() {}

    /**
     * Searches the designs exactly as {@code clinfun::ph2simon(p0, p1, alpha, beta, nmax)} (clinfun
     * 1.1.5) and {@code clinfun::twostage.admissible} do.
     *
     * <p>For each total n from 2 to nmax, ph2simon considers every n1 in 1..n-1, every r1 in
     * -1..n1-1 and every r in r1..r1+n2; a design is feasible if {@code P(reject | p0) < alpha} and
     * {@code 1 - P(reject | p1) < beta} (both strict); the design kept for n is the one of smallest
     * EN0, the first in the order (n1 ascending, r1 descending, r descending) among equals, so the
     * largest feasible r. The minimax design is the one of smallest n; the optimal design the
     * first (smallest n) of smallest EN0. The admissible designs are those on the lower convex hull
     * of (n, EN0) from minimax to optimal (Jung et al. 2004), found by clinfun's slope walk.
     *
     * @param p0 the unacceptable response rate (clinfun's {@code pu})
     * @param p1 the desirable response rate (clinfun's {@code pa}), greater than p0
     * @param alpha the type I error bound ({@code ep1})
     * @param beta the type II error bound ({@code ep2}), 1 - power
     * @param nmax the largest total sample size considered
     * @return the designs, or empty if no design within nmax meets the error rates
     * @throws IllegalArgumentException if p0 or p1 is not in (0, 1), if {@code p1 <= p0}, if alpha
     *     or beta is not in (0, 1), or if nmax is not in 2..1000
     */
    public static Optional<SimonDesigns> search(double p0, double p1, double alpha, double beta, int nmax) {
        checkRates(p0, p1);
        checkOpenUnit("Type I error alpha", alpha);
        checkOpenUnit("Type II error beta", beta);
        if (nmax < 2 || nmax > MAX_NMAX) {
            throw new IllegalArgumentException("Maximum sample size nmax (" + nmax + ") must be in 2.." + MAX_NMAX);
        }
        List<SimonDesign> rows = SimonSearch.bestBySampleSize(p0, p1, alpha, beta, nmax);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        int optimal = 0;
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).en0() < rows.get(optimal).en0()) {
                optimal = i;
            }
        }
        return Optional.of(new SimonDesigns(rows, rows.get(0), rows.get(optimal), admissible(rows, optimal)));
    }

    /** clinfun's {@code twostage.admissible}: from each hull point, the next is the first of least slope. */
    private static List<AdmissibleDesign> admissible(List<SimonDesign> rows, int optimal) {
        List<SimonDesign> hull = new ArrayList<>();
        int start = 0;
        hull.add(rows.get(0));
        while (start < optimal) {
            SimonDesign from = rows.get(start);
            int next = -1;
            double least = Double.NaN;
            for (int j = start + 1; j <= optimal; j++) {
                SimonDesign d = rows.get(j);
                double slope = (d.en0() - from.en0()) / (d.n() - from.n());
                if (next < 0 || slope < least) {
                    least = slope;
                    next = j;
                }
            }
            hull.add(rows.get(next));
            start = next;
        }
        List<AdmissibleDesign> out = new ArrayList<>();
        for (int i = 0; i < hull.size(); i++) {
            double qLow = i + 1 < hull.size() ? weight(hull.get(i), hull.get(i + 1)) : 0.0;
            double qHigh = i > 0 ? weight(hull.get(i - 1), hull.get(i)) : 1.0;
            out.add(new AdmissibleDesign(hull.get(i), qLow, qHigh));
        }
        return out;
    }

    /** The weight q at which two neighbouring hull designs have equal {@code q n + (1 - q) EN0}. */
    private static double weight(SimonDesign a, SimonDesign b) {
        double dEn = b.en0() - a.en0();
        double dN = b.n() - a.n();
        return new BigDecimal(dEn / (dEn - dN))
                .setScale(3, RoundingMode.HALF_EVEN)
                .doubleValue();
    }

    /**
     * The operating characteristics of the design (n1, r1, n, r) at p0 and p1, by exact binomial
     * sums: {@code P(reject | p) = sum over x1 > r1 of P(X1 = x1) P(X2 > r - x1)}, as
     * {@code clinfun::oc.twostage.bdry}.
     *
     * @param n1 the stage-1 sample size
     * @param r1 the stage-1 futility bound (stop if responses {@code <= r1}); -1, which ph2simon's
     *     search includes, means no early stop
     * @param n the total sample size
     * @param r the final bound (promising if responses {@code > r})
     * @param p0 the unacceptable response rate
     * @param p1 the desirable response rate
     * @return the error rates, early-termination probabilities and expected sample sizes
     * @throws IllegalArgumentException if p0 or p1 is not in (0, 1), if {@code p1 <= p0}, if
     *     {@code n1 < 1}, {@code r1 < -1}, {@code r1 >= n1}, {@code n1 >= n}, {@code r < r1} or
     *     {@code r >= n}
     */
    public static OperatingCharacteristics operatingCharacteristics(
            int n1, int r1, int n, int r, double p0, double p1) {
        checkRates(p0, p1);
        checkDesign(n1, r1, n, r);
        double[] a = rejectAndStop(n1, r1, n, r, p0);
        double[] b = rejectAndStop(n1, r1, n, r, p1);
        return new OperatingCharacteristics(
                a[0], b[0], a[1], n1 + (1 - a[1]) * (n - n1), b[1], n1 + (1 - b[1]) * (n - n1));
    }

    private static double[] rejectAndStop(int n1, int r1, int n, int r, double p) {
        BinomialDistribution first = BinomialDistribution.of(n1, p);
        BinomialDistribution second = BinomialDistribution.of(n - n1, p);
        // x1 > r needs no second-stage response: its mass is the stage-1 tail
        double reject = first.survivalProbability(r);
        for (int x1 = Math.min(r, n1); x1 > r1; x1--) {
            reject += first.probability(x1) * second.survivalProbability(r - x1);
        }
        return new double[] {reject, first.cumulativeProbability(r1)};
    }

    /**
     * The number of patients to enrol so that n remain after an expected dropout fraction:
     * {@code ceil(n / (1 - dropout))}, computed in decimal so that, e.g., 7 with 0.3 gives 10,
     * not 11. Trial document 002 (NCT05660785): 43 with a 20% dropout rate gives 54.
     *
     * @param n the number of evaluable patients needed
     * @param dropout the expected dropout fraction, in [0, 1)
     * @return the number to enrol
     * @throws IllegalArgumentException if {@code n < 1} or dropout is not in [0, 1)
     */
    public static int enrolment(int n, double dropout) {
        if (n < 1) {
            throw new IllegalArgumentException("Sample size n (" + n + ") must be >= 1");
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("Dropout fraction (" + dropout + ") must be in [0, 1)");
        }
        BigDecimal kept = BigDecimal.ONE.subtract(BigDecimal.valueOf(dropout));
        return BigDecimal.valueOf(n).divide(kept, 0, RoundingMode.CEILING).intValueExact();
    }

    private static void checkRates(double p0, double p1) {
        checkOpenUnit("Response rate p0", p0);
        checkOpenUnit("Response rate p1", p1);
        if (!(p1 > p0)) {
            throw new IllegalArgumentException("Response rate p1 (" + p1 + ") must be > p0 (" + p0 + ")");
        }
    }

    private static void checkOpenUnit(String what, double x) {
        if (!(x > 0 && x < 1)) {
            throw new IllegalArgumentException(what + " (" + x + ") must be in (0, 1)");
        }
    }

    private static void checkDesign(int n1, int r1, int n, int r) {
        if (n1 < 1) {
            throw new IllegalArgumentException("Stage-1 sample size n1 (" + n1 + ") must be >= 1");
        }
        if (r1 < -1 || r1 >= n1) {
            throw new IllegalArgumentException("Stage-1 bound r1 (" + r1 + ") must be in -1..n1-1 (n1 = " + n1 + ")");
        }
        if (n <= n1) {
            throw new IllegalArgumentException("Total sample size n (" + n + ") must be > n1 (" + n1 + ")");
        }
        if (r < r1 || r >= n) {
            throw new IllegalArgumentException(
                    "Final bound r (" + r + ") must be in r1..n-1 (r1 = " + r1 + ", n = " + n + ")");
        }
    }
}
