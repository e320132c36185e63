package org.marrow.stats.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * A toxicity stopping boundary: at the look with {@code looks[k]} patients, stop (the treatment is
 * too toxic) if more than {@code maxAcceptable[k]} had the toxicity.
 *
 * @param looks the cumulative numbers of patients at the looks, increasing
 * @param maxAcceptable the largest acceptable number of toxicities at each look; n means the look
 *     cannot stop
 */
public record ToxicityBoundary(List<Integer> looks, List<Integer> maxAcceptable) {

    /**
     * Checks and copies the boundary.
     *
     * @param looks the looks
     * @param maxAcceptable the bounds
     * @throws IllegalArgumentException if the lists are empty or of different lengths, the looks do
     *     not increase from 1, or a bound is not in 0..n
     */
    public ToxicityBoundary {
        looks = List.copyOf(looks);
        maxAcceptable = List.copyOf(maxAcceptable);
        int[] n = looks.stream().mapToInt(Integer::intValue).toArray();
        Check.looks(n);
        if (maxAcceptable.size() != n.length) {
            throw new IllegalArgumentException(
                    "Bounds (" + maxAcceptable.size() + ") must be one per look (" + n.length + ")");
        }
        for (int k = 0; k < n.length; k++) {
            int r = maxAcceptable.get(k);
            if (r < 0 || r > n[k]) {
                throw new IllegalArgumentException("Toxicity bound at n = " + n[k] + " (" + r + ") must be in 0..n");
            }
        }
    }

    /**
     * The crossing probabilities and expected sample size at a true toxicity rate, exactly as
     * {@code clinfun::bdrycross.prob(looks, maxAcceptable, rate)}.
     *
     * @param rate the true toxicity rate, in [0, 1]
     * @return the characteristics
     * @throws IllegalArgumentException if the rate is not in [0, 1]
     */
    public ToxicityCharacteristics characteristics(double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("Toxicity rate (" + rate + ") must be in [0, 1]");
        }
        int[] n = looks.stream().mapToInt(Integer::intValue).toArray();
        int[] r = maxAcceptable.stream().mapToInt(Integer::intValue).toArray();
        return crossing(n, r, rate);
    }

    /**
     * The characteristics at several rates.
     *
     * @param rates the true toxicity rates
     * @return one row per rate
     * @throws IllegalArgumentException if a rate is not in [0, 1]
     */
    public List<ToxicityCharacteristics> characteristics(double... rates) {
        List<ToxicityCharacteristics> out = new ArrayList<>();
        for (double p : rates) {
            out.add(characteristics(p));
        }
        return out;
    }

    /** clinfun's bdrycross.prob for one rate: pcur holds P(not stopped, j toxicities), j = 0..r[k]. */
    static ToxicityCharacteristics crossing(int[] n, int[] r, double p) {
        int dn = n[0];
        double[] cur = new double[r[0] + 1];
        BinomialDistribution b = BinomialDistribution.of(dn, p);
        for (int j = 0; j <= r[0]; j++) {
            cur[j] = b.probability(j);
        }
        double stop = 1 - b.cumulativeProbability(r[0]);
        double ess = n[0] * stop;
        double stopHere = stop;
        for (int i = 1; i < n.length; i++) {
            dn = n[i] - n[i - 1];
            b = BinomialDistribution.of(dn, p);
            stopHere = 0;
            for (int k = r[i - 1]; k >= 0; k--) {
                int j = r[i] - k;
                if (j >= dn) {
                    continue; // P(more than dn toxicities among dn) = 0
                }
                stopHere += cur[k] * (j < 0 ? 1.0 : 1 - b.cumulativeProbability(j));
            }
            stop += stopHere;
            ess += n[i] * stopHere;
            double[] next = new double[r[i] + 1];
            for (int j = 0; j <= r[i]; j++) {
                for (int k = Math.max(0, j - dn); k <= Math.min(j, r[i - 1]); k++) {
                    next[j] += cur[k] * b.probability(j - k);
                }
            }
            cur = next;
        }
        ess += n[n.length - 1] * (1 - stop);
        return new ToxicityCharacteristics(p, stop, stop - stopHere, ess);
    }

    @Override
    public String toString() {
        return "ToxicityBoundary" + Arrays.toString(looks.toArray()) + Arrays.toString(maxAcceptable.toArray());
    }
}
