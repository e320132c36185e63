package org.marrow.stats.design;

/**
 * The operating characteristics of a two-stage design at the response rates p0 and p1, computed
 * with exact binomial sums (as {@code clinfun::oc.twostage.bdry}, extended to p1).
 *
 * @param typeIError {@code P(X1 > r1 and X1 + X2 > r | p0)}
 * @param power {@code P(X1 > r1 and X1 + X2 > r | p1)}
 * @param pet0 the probability of early termination under p0, {@code P(X1 <= r1 | p0)}
 * @param en0 the expected sample size under p0, {@code n1 + (1 - pet0) (n - n1)}
 * @param pet1 the probability of early termination under p1
 * @param en1 the expected sample size under p1
 */
public record OperatingCharacteristics(
        double typeIError, double power, double pet0, double en0, double pet1, double en1) {

    /**
     * Whether the type I error is below the target, with the strict inequality of
     * {@code clinfun::ph2simon} ({@code typeIError < alpha}).
     *
     * @param alpha the target type I error
     * @return {@code true} if the design meets it
     */
    public boolean meetsAlpha(double alpha) {
        return typeIError < alpha;
    }

    /**
     * Whether the type II error is below the target, with the strict inequality and the form of
     * {@code clinfun::ph2simon} ({@code 1 - power < beta}).
     *
     * @param beta the target type II error, {@code 1 - } the target power
     * @return {@code true} if the design meets it
     */
    public boolean meetsBeta(double beta) {
        return 1 - power < beta;
    }
}
