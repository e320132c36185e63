package org.marrow.protocol.design;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The predictive probability design (Lee and Liu 2008) as a protocol declares it: looks at {@code
 * nMin}, {@code nMin + cohort}, ... and {@code nMax} evaluable patients; stop for futility when the
 * predictive probability of success at nMax is below {@code thetaL}; at nMax the treatment is promising
 * if {@code Pr(p > p0 | data) > thetaT}.
 *
 * @param p0 the null response rate
 * @param p1 the alternative response rate, greater than p0 (for the operating characteristics)
 * @param nMin the first look
 * @param nMax the maximum number of evaluable patients, at most 1000
 * @param cohort patients between looks (1: continuous monitoring)
 * @param thetaT the posterior probability above which the trial succeeds at nMax, in (0, 1)
 * @param thetaL the predictive probability below which the trial stops for futility, in [0, 1)
 * @param prior the Beta prior of the response rate; empty for Beta(p0, 1 - p0)
 */
public record PredictiveMonitoring(
        BigDecimal p0,
        BigDecimal p1,
        int nMin,
        int nMax,
        int cohort,
        BigDecimal thetaT,
        BigDecimal thetaL,
        Optional<BetaPrior> prior)
        implements EfficacyMonitoring {

    /**
     * Checks the declaration.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException unless {@code 0 < p0 < p1 < 1}, {@code 1 <= nMin <= nMax <=
     *     1000}, {@code cohort >= 1}, thetaT in (0, 1) and thetaL in [0, 1)
     */
    public PredictiveMonitoring {
        Rates.ordered("p0", p0, "p1", p1);
        Rates.open("theta_t", thetaT);
        Objects.requireNonNull(thetaL, "thetaL");
        Objects.requireNonNull(prior, "prior");
        if (thetaL.signum() < 0 || thetaL.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException(
                    "theta_l (" + thetaL.toPlainString() + ") must be at least 0 and below 1");
        }
        if (nMax < 1 || nMax > 1000) {
            throw new IllegalArgumentException("n_max (" + nMax + ") must be 1 to 1000");
        }
        if (nMin < 1 || nMin > nMax) {
            throw new IllegalArgumentException("n_min (" + nMin + ") must be 1 to n_max (" + nMax + ")");
        }
        if (cohort < 1) {
            throw new IllegalArgumentException("cohort (" + cohort + ") must be at least 1");
        }
    }

    /**
     * The looks: nMin, nMin + cohort, ... and nMax.
     *
     * @return the cumulative numbers of evaluable patients
     */
    @Override
    public List<Integer> looks() {
        List<Integer> looks = new ArrayList<>();
        for (int n = nMin; n < nMax; n += cohort) {
            looks.add(n);
        }
        looks.add(nMax);
        return looks;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.predictive(this);
    }
}
