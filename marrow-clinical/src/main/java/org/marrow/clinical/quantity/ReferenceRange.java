package org.marrow.clinical.quantity;

import java.util.Objects;
import java.util.Optional;

/**
 * A laboratory's normal range for one test, held in the canonical unit; CTCAE grades relative to
 * its lower (LLN) and upper (ULN) limits.
 *
 * @param test the test
 * @param lower the lower limit of normal, or empty
 * @param upper the upper limit of normal, or empty
 */
public record ReferenceRange(LabTest test, Optional<LabValue> lower, Optional<LabValue> upper) {

    /**
     * Checks the range and brings both limits to the canonical unit.
     *
     * @throws NullPointerException if any component is null
     * @throws UnitMismatchException if a limit is for another test
     * @throws IllegalArgumentException if lower &gt; upper
     */
    public ReferenceRange {
        Objects.requireNonNull(test, "test");
        lower = lower.map(v -> canonical(test, v));
        upper = upper.map(v -> canonical(test, v));
        if (lower.isPresent() && upper.isPresent() && lower.get().compareTo(upper.get()) > 0) {
            throw new IllegalArgumentException(
                    "Lower limit (" + lower.get() + ") must be <= upper limit (" + upper.get() + ")");
        }
    }

    /**
     * A range with both limits, in the given unit.
     *
     * @param test the test
     * @param lower the lower limit of normal
     * @param upper the upper limit of normal
     * @param unit the unit of both limits
     * @return the range
     * @throws IllegalArgumentException if a limit is NaN or infinite, or lower &gt; upper
     * @throws ImpossibleLabValueException if a limit is impossible for the test
     * @throws UnitMismatchException if the test does not accept the unit
     */
    public static ReferenceRange of(LabTest test, double lower, double upper, Unit unit) {
        return new ReferenceRange(
                test, Optional.of(LabValue.of(test, lower, unit)), Optional.of(LabValue.of(test, upper, unit)));
    }

    private static LabValue canonical(LabTest test, LabValue value) {
        if (value.test() != test) {
            throw new UnitMismatchException("Reference limit " + value + " is not for " + test.code());
        }
        return value.inCanonicalUnit();
    }
}
