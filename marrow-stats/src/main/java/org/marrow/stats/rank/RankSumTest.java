package org.marrow.stats.rank;

import java.util.Arrays;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;

/**
 * The Wilcoxon rank-sum (Mann-Whitney) test of two independent samples, two-sided, as R
 * {@code wilcox.test(x, y)} with its defaults.
 *
 * <p>{@code W} is the rank sum of the first sample minus {@code n1 (n1 + 1) / 2} (midranks for ties).
 * The p-value is exact when both samples have fewer than 50 values and no value occurs twice in the
 * pooled sample; otherwise it comes from the normal approximation with the tie correction of the
 * variance and a continuity correction of 0.5. When every value is the same the variance is 0 and
 * the p-value is NaN (R's NA). The computation is Apache Commons Statistics {@link MannWhitneyUTest};
 * this class chooses the method by R's rule.
 */
public final class RankSumTest {
    /** R uses the exact distribution only when both samples are smaller than this. */
    public static final int EXACT_LIMIT = 50;

    private RankSumTest() {}

    /**
     * Tests whether two samples come from distributions with the same location.
     *
     * @param x the first sample (its rank sum gives W)
     * @param y the second sample
     * @return W, the two-sided p-value and whether it is exact
     * @throws IllegalArgumentException if a sample is null or empty, or holds a value that is not
     *     finite (R drops such values; Marrow asks for them to be removed)
     */
    public static RankSumResult test(double[] x, double[] y) {
        check("first", x);
        check("second", y);
        boolean ties = hasTies(x, y);
        boolean exact = x.length < EXACT_LIMIT && y.length < EXACT_LIMIT && !ties;
        MannWhitneyUTest.Result r = MannWhitneyUTest.withDefaults()
                .with(exact ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC)
                .with(ContinuityCorrection.ENABLED)
                .test(x, y);
        return new RankSumResult(r.getStatistic(), r.getPValue(), exact, ties, x.length, y.length);
    }

    private static void check(String which, double[] sample) {
        if (sample == null || sample.length == 0) {
            throw new IllegalArgumentException("The " + which + " sample is empty, expected at least one value");
        }
        for (int i = 0; i < sample.length; i++) {
            if (!Double.isFinite(sample[i])) {
                throw new IllegalArgumentException("Value " + (i + 1) + " of the " + which + " sample (" + sample[i]
                        + ") must be a finite number");
            }
        }
    }

    private static boolean hasTies(double[] x, double[] y) {
        double[] all = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, all, x.length, y.length);
        Arrays.sort(all);
        for (int i = 1; i < all.length; i++) {
            if (all[i] == all[i - 1]) {
                return true;
            }
        }
        return false;
    }
}
