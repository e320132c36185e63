package org.marrow.study.validation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;

/**
 * The doses of a drug in one unit that are accepted: above zero (or from a minimum) up to a maximum,
 * both ends included.
 *
 * @param drug the drug
 * @param unit the unit
 * @param minimum the lowest dose accepted; empty for any dose above zero
 * @param maximum the highest dose accepted
 */
public record DoseRange(Drug drug, DoseUnit unit, Optional<BigDecimal> minimum, BigDecimal maximum) {

    /**
     * Checks the range.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the drug is not given in the unit, the maximum is not above
     *     zero, or the minimum is not above zero or is above the maximum
     */
    public DoseRange {
        Objects.requireNonNull(drug, "drug");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        if (!drug.units().contains(unit)) {
            throw new IllegalArgumentException(drug + " is not given in " + unit + "; expected one of " + drug.units());
        }
        if (maximum.signum() <= 0
                || minimum.isPresent()
                        && (minimum.get().signum() <= 0 || minimum.get().compareTo(maximum) > 0)) {
            throw new IllegalArgumentException("Dose range of " + drug + " in " + unit + " ("
                    + minimum.map(BigDecimal::toPlainString).orElse("> 0") + " to " + maximum.toPlainString()
                    + ") must be above zero with the minimum at most the maximum");
        }
    }

    /**
     * A range up to a maximum.
     *
     * @param drug the drug
     * @param unit the unit
     * @param maximum the highest dose, e.g. {@code "2000"}
     * @return the range of doses above zero up to the maximum
     * @throws IllegalArgumentException on the conditions of the canonical constructor
     */
    public static DoseRange upTo(Drug drug, DoseUnit unit, String maximum) {
        return new DoseRange(drug, unit, Optional.empty(), new BigDecimal(maximum));
    }

    /**
     * Whether a dose is in the range.
     *
     * @param amount the dose
     * @return true if above zero (or at least the minimum) and at most the maximum
     */
    public boolean contains(BigDecimal amount) {
        return amount.compareTo(minimum.orElse(BigDecimal.ZERO)) >= 0
                && amount.signum() > 0
                && amount.compareTo(maximum) <= 0;
    }

    /**
     * The doses in both ranges: a protocol's narrower range within the plausible one.
     *
     * @param other a range of the same drug and unit
     * @return the intersection
     * @throws IllegalArgumentException if the drug or unit differs, or the ranges do not overlap
     */
    public DoseRange narrowedBy(DoseRange other) {
        if (other.drug != drug || other.unit != unit) {
            throw new IllegalArgumentException("Cannot narrow the range of " + drug + " in " + unit + " by one of "
                    + other.drug + " in " + other.unit);
        }
        Optional<BigDecimal> low = minimum.isEmpty()
                ? other.minimum
                : other.minimum.isEmpty() ? minimum : Optional.of(minimum.get().max(other.minimum.get()));
        return new DoseRange(drug, unit, low, maximum.min(other.maximum));
    }
}
