package org.marrow.protocol.design;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Simon's two-stage design as the protocol states it: stop after stage 1 if at most {@code r1} of
 * {@code n1} respond; reject the null hypothesis if more than {@code r} of {@code n} respond
 * (Simon 1989; clinfun::ph2simon). The hypotheses may be missing when the document gives only the
 * stage sizes (document 002).
 *
 * @param p0 the uninteresting response rate, if stated
 * @param p1 the desirable response rate, if stated
 * @param alpha the one-sided type I error, if stated
 * @param power the power, if stated
 * @param n1 the stage-1 sample size
 * @param r1 the stage-1 futility bound (continue if more than r1 respond)
 * @param n the total sample size
 * @param r the final bound, if stated
 */
public record SimonTwoStage(
        Optional<BigDecimal> p0,
        Optional<BigDecimal> p1,
        Optional<BigDecimal> alpha,
        Optional<BigDecimal> power,
        int n1,
        int r1,
        int n,
        OptionalInt r) {

    /**
     * Checks the design.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException unless {@code 0 <= r1 < n1 < n}, {@code r1 <= r < n},
     *     probabilities are in (0, 1) and {@code p0 < p1}
     */
    public SimonTwoStage {
        Objects.requireNonNull(p0, "p0");
        Objects.requireNonNull(p1, "p1");
        Objects.requireNonNull(alpha, "alpha");
        Objects.requireNonNull(power, "power");
        Objects.requireNonNull(r, "r");
        for (Optional<BigDecimal> p : java.util.List.of(p0, p1, alpha, power)) {
            if (p.isPresent() && (p.get().signum() <= 0 || p.get().compareTo(BigDecimal.ONE) >= 0)) {
                throw new IllegalArgumentException(
                        "Probability (" + p.get().toPlainString() + ") must be strictly between 0 and 1");
            }
        }
        if (p0.isPresent() && p1.isPresent() && p0.get().compareTo(p1.get()) >= 0) {
            throw new IllegalArgumentException("p0 (" + p0.get().toPlainString() + ") must be < p1 ("
                    + p1.get().toPlainString() + ")");
        }
        if (r1 < 0 || r1 >= n1) {
            throw new IllegalArgumentException(
                    "Stage-1 bound r1 (" + r1 + ") must be in 0.." + (n1 - 1) + " (n1 = " + n1 + ")");
        }
        if (n1 >= n) {
            throw new IllegalArgumentException("Stage-1 size n1 (" + n1 + ") must be < total size n (" + n + ")");
        }
        if (r.isPresent() && (r.getAsInt() < r1 || r.getAsInt() >= n)) {
            throw new IllegalArgumentException(
                    "Final bound r (" + r.getAsInt() + ") must be in " + r1 + ".." + (n - 1));
        }
    }
}
