package org.marrow.protocol.design;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A Bayesian toxicity stopping rule (Thall, Simon and Estey 1995): with a {@code Beta(a, b)} prior for
 * the toxicity rate, stop when {@code Pr(rate > limit | data) > cutoff}.
 *
 * @param limit the largest acceptable toxicity rate, in (0, 1)
 * @param cutoff the posterior probability above which the trial stops, in (0, 1)
 * @param acceptable a rate the treatment is expected to have, below the limit, at which the chance of a
 *     false stop is reported; empty if not stated
 * @param prior the prior; empty for Beta(1, 1)
 */
public record BayesianToxicityLimit(
        BigDecimal limit, BigDecimal cutoff, Optional<BigDecimal> acceptable, Optional<BetaPrior> prior)
        implements ToxicityLimit {

    /**
     * Checks the limit.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if limit or cutoff is not in (0, 1), or the acceptable rate is not
     *     below the limit
     */
    public BayesianToxicityLimit {
        Rates.open("limit", limit);
        Rates.open("cutoff", cutoff);
        Objects.requireNonNull(acceptable, "acceptable");
        Objects.requireNonNull(prior, "prior");
        acceptable.ifPresent(a -> Rates.ordered("acceptable", a, "limit", limit));
    }

    @Override
    public int minimumLooks() {
        return 1;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.bayesian(this);
    }
}
