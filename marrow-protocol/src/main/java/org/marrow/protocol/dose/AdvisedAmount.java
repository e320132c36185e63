package org.marrow.protocol.dose;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.marrow.study.DoseUnit;

/**
 * The amount of an advised dose: one amount (romiplostim 15 ug/kg = 1027.5 ug) or a range the
 * investigator chooses within (G-CSF 2-5 ug/kg daily, document 000), in an absolute unit, and per kg
 * of body weight when the rule doses by weight.
 *
 * @param min the lowest amount
 * @param max the highest amount, at least {@code min}
 * @param unit the absolute unit (mg or ug)
 * @param perKgMin the lowest amount per kg, when the rule doses by weight
 * @param perKgMax the highest amount per kg, when the rule doses by weight
 */
public record AdvisedAmount(
        BigDecimal min, BigDecimal max, DoseUnit unit, Optional<BigDecimal> perKgMin, Optional<BigDecimal> perKgMax) {

    /**
     * Checks the amount.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code max < min}, the unit is per kg, or only one per-kg
     *     bound is given
     */
    public AdvisedAmount {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(perKgMin, "perKgMin");
        Objects.requireNonNull(perKgMax, "perKgMax");
        if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException(
                    "Maximum (" + max.toPlainString() + ") must be >= minimum (" + min.toPlainString() + ")");
        }
        if (unit.perKg()) {
            throw new IllegalArgumentException(
                    "Advised amount unit (" + unit + ") must be absolute; expected mg or ug");
        }
        if (perKgMin.isPresent() != perKgMax.isPresent()) {
            throw new IllegalArgumentException("Give both per-kg bounds or neither");
        }
    }

    /**
     * Whether the advice is one amount.
     *
     * @return {@code min == max}
     */
    public boolean isFixed() {
        return min.compareTo(max) == 0;
    }

    /**
     * The per-kg unit matching {@link #unit()}.
     *
     * @return mg/kg or ug/kg
     */
    public DoseUnit perKgUnit() {
        return unit == DoseUnit.UG ? DoseUnit.UG_PER_KG : DoseUnit.MG_PER_KG;
    }

    /** E.g. {@code "1027.5 ug (15 ug/kg)"} or {@code "137-342.5 ug (2-5 ug/kg)"}. */
    @Override
    public String toString() {
        String text = range(min, max) + " " + unit;
        if (perKgMin.isPresent()) {
            text += " (" + range(perKgMin.get(), perKgMax.get()) + " " + perKgUnit() + ")";
        }
        return text;
    }

    private static String range(BigDecimal low, BigDecimal high) {
        return low.compareTo(high) == 0
                ? low.stripTrailingZeros().toPlainString()
                : low.stripTrailingZeros().toPlainString() + "-"
                        + high.stripTrailingZeros().toPlainString();
    }
}
