package org.marrow.protocol.design;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Bayesian optimal phase II design, BOP2 (Zhou, Lee and Yuan 2017), as a protocol declares it: at a
 * look with n of the N patients evaluated, stop for futility if {@code Pr(p <= p0 | data) > 1 - lambda
 * (n / N)^gamma} (and, with toxicity, for toxicity if {@code Pr(t > t0 | data)} exceeds it). lambda and
 * gamma are either stated or tuned for power with a type I error of at most {@code alpha}.
 *
 * @param p0 the null response rate
 * @param p1 the alternative response rate, greater than p0
 * @param looks the cumulative numbers of evaluable patients at the looks
 * @param alpha the largest type I error when lambda and gamma are tuned; empty when they are stated
 * @param lambda the stated lambda, in (0, 1]; empty when tuned
 * @param gamma the stated gamma, at least 0; empty when tuned
 * @param prior the Beta prior of the response rate (efficacy only); empty for Beta(p0, 1 - p0)
 * @param toxicity the toxicity monitored with efficacy, if any
 */
public record Bop2Monitoring(
        BigDecimal p0,
        BigDecimal p1,
        List<Integer> looks,
        Optional<BigDecimal> alpha,
        Optional<BigDecimal> lambda,
        Optional<BigDecimal> gamma,
        Optional<BetaPrior> prior,
        Optional<Bop2Toxicity> toxicity)
        implements EfficacyMonitoring {

    /**
     * Checks and copies the declaration.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the rates are not {@code 0 < p0 < p1 < 1}, the looks do not
     *     increase from 1 to at most 1000, neither or both of alpha and (lambda, gamma) are stated, a
     *     value is out of range, or a prior is given with toxicity (its Dirichlet prior is set by the null
     *     rates)
     */
    public Bop2Monitoring {
        Rates.ordered("p0", p0, "p1", p1);
        looks = Rates.looks(looks);
        Objects.requireNonNull(alpha, "alpha");
        Objects.requireNonNull(lambda, "lambda");
        Objects.requireNonNull(gamma, "gamma");
        Objects.requireNonNull(prior, "prior");
        Objects.requireNonNull(toxicity, "toxicity");
        if (alpha.isPresent() == (lambda.isPresent() || gamma.isPresent()) || lambda.isPresent() != gamma.isPresent()) {
            throw new IllegalArgumentException(
                    "BOP2 needs either alpha (lambda and gamma tuned for power) or lambda" + " with gamma");
        }
        alpha.ifPresent(a -> Rates.open("alpha", a));
        if (lambda.isPresent() && (lambda.get().signum() <= 0 || lambda.get().compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException(
                    "lambda (" + lambda.get().toPlainString() + ") must be greater than 0 and at most 1");
        }
        if (gamma.isPresent() && gamma.get().signum() < 0) {
            throw new IllegalArgumentException("gamma (" + gamma.get().toPlainString() + ") must be at least 0");
        }
        if (prior.isPresent() && toxicity.isPresent()) {
            throw new IllegalArgumentException("A prior is not used with toxicity: the Dirichlet prior of BOP2 with"
                    + " toxicity is set by the null rates p0 and t0");
        }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.bop2(this);
    }
}
