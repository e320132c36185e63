package org.marrow.protocol.design;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The statistical design: type, analysis population, sample size and its parts.
 *
 * @param type the design type
 * @param population the analysis population, e.g. {@code itt}
 * @param confidenceInterval the interval method for rates, e.g. {@code clopper-pearson}
 * @param simon Simon's two-stage parameters, if used
 * @param randomization the randomization, for randomized designs
 * @param matching the matching, for matched-control designs
 * @param dropout the anticipated dropout rate in [0, 1), if stated
 * @param enrollment the target enrollment (after dropout inflation), if stated
 * @param analysis the analysis plan's stated choices ({@link AnalysisSettings#NONE} if none)
 * @param monitoring the Bayesian monitoring and toxicity stopping rules ({@link Monitoring#NONE} if
 *     none)
 */
public record StatisticalDesign(
        DesignType type,
        String population,
        String confidenceInterval,
        Optional<SimonTwoStage> simon,
        Optional<Randomization> randomization,
        Optional<Matching> matching,
        Optional<BigDecimal> dropout,
        OptionalInt enrollment,
        AnalysisSettings analysis,
        Monitoring monitoring) {

    /**
     * Checks the design.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the dropout is outside [0, 1), the enrollment is below 1,
     *     a randomized design has no randomization or a matched design no matching, or both a Simon
     *     design and Bayesian monitoring of efficacy are declared
     */
    public StatisticalDesign {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(confidenceInterval, "confidenceInterval");
        Objects.requireNonNull(simon, "simon");
        Objects.requireNonNull(randomization, "randomization");
        Objects.requireNonNull(matching, "matching");
        Objects.requireNonNull(dropout, "dropout");
        Objects.requireNonNull(enrollment, "enrollment");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(monitoring, "monitoring");
        if (dropout.isPresent() && (dropout.get().signum() < 0 || dropout.get().compareTo(BigDecimal.ONE) >= 0)) {
            throw new IllegalArgumentException(
                    "Dropout rate (" + dropout.get().toPlainString() + ") must be in [0, 1)");
        }
        if (enrollment.isPresent() && enrollment.getAsInt() < 1) {
            throw new IllegalArgumentException("Enrollment (" + enrollment.getAsInt() + ") must be >= 1");
        }
        if (type == DesignType.RANDOMIZED && randomization.isEmpty()) {
            throw new IllegalArgumentException("A randomized design needs 'randomization'");
        }
        if (type == DesignType.MATCHED_CONTROLS && matching.isEmpty()) {
            throw new IllegalArgumentException("A matched-controls design needs 'matching'");
        }
        if (simon.isPresent() && monitoring.efficacy().isPresent()) {
            throw new IllegalArgumentException(
                    "A design monitors the response rate by one rule: 'simon' or 'monitoring', not both");
        }
    }
}
