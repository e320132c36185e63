package org.marrow.clinical.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * A lab value with its test and unit, as entered. Modelled on Joda-Money's {@code Money}: final,
 * immutable, created by {@link #of} or {@link #parse}, no silent rounding, and a dedicated
 * {@link UnitMismatchException} when units do not fit.
 *
 * <p>Conversion to the canonical unit ({@link #inCanonicalUnit()}) is exact: every factor is a
 * terminating decimal (see {@link LabTest}), so the amount is multiplied exactly with
 * {@link BigDecimal}. Conversion away from the canonical unit ({@link #to(Unit)}) divides and is
 * rounded to 16 significant digits ({@link MathContext#DECIMAL64}).
 *
 * <p>Equality is by test, unit and numeric value ({@code 9.5} equals {@code 9.50}); values in
 * different units are not equal even when they denote the same amount: compare with
 * {@link #compareTo(LabValue)}.
 */
public final class LabValue implements Comparable<LabValue> {
    /**
     * The highest plausible percentage of a value that has no canonical amount without another value
     * (reticulocytes in %, which need a red cell count to become 10^9/L): above it the value is
     * implausible.
     */
    public static final BigDecimal PLAUSIBLE_PERCENT_MAXIMUM = BigDecimal.valueOf(30);

    private final LabTest test;
    private final BigDecimal amount;
    private final Unit unit;

    private LabValue(LabTest test, BigDecimal amount, Unit unit) {
        this.test = test;
        this.amount = amount;
        this.unit = unit;
    }

    /**
     * Creates a lab value, refusing impossible values.
     *
     * @param test the test
     * @param amount the amount as entered
     * @param unit the unit as entered
     * @return the value
     * @throws NullPointerException if any argument is null
     * @throws UnitMismatchException if the test does not accept the unit (platelets in g/dL)
     * @throws ImpossibleLabValueException if the amount is negative, a percentage above 100, or above
     *     the test's impossible limit; the message names the test, value, unit and accepted range, and
     *     the unit the value was probably meant in if there is one
     */
    public static LabValue of(LabTest test, BigDecimal amount, Unit unit) {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        if (!test.accepts(unit)) {
            throw new UnitMismatchException(
                    test.code() + " cannot be given in " + unit.symbol() + "; expected one of " + test.acceptedUnits());
        }
        if (test.isImpossible(amount, unit)) {
            String range = unit == Unit.PERCENT ? "0 to 100 %" : test.acceptedRange();
            StringBuilder message = new StringBuilder(test.code())
                    .append(' ')
                    .append(amount.toPlainString())
                    .append(' ')
                    .append(unit.symbol())
                    .append(" is impossible; expected ")
                    .append(range);
            Unit intended = amount.signum() < 0 ? null : test.likelyIntendedUnit(amount, unit);
            if (intended != null) {
                message.append(" (was it ")
                        .append(amount.toPlainString())
                        .append(' ')
                        .append(intended.symbol())
                        .append("?)");
            }
            throw new ImpossibleLabValueException(
                    test, amount, unit, Optional.ofNullable(intended), message.toString());
        }
        return new LabValue(test, amount, unit);
    }

    /**
     * Creates a lab value from a double; the amount is taken as its shortest decimal representation
     * ({@link BigDecimal#valueOf(double)}) without trailing zeros, so {@code 0.1} is exactly 0.1
     * and {@code 150000.0} is 150000.
     *
     * @param test the test
     * @param amount the amount, finite
     * @param unit the unit
     * @return the value
     * @throws IllegalArgumentException if {@code amount} is NaN or infinite
     * @throws UnitMismatchException if the test does not accept the unit
     * @throws ImpossibleLabValueException if the value is impossible
     */
    public static LabValue of(LabTest test, double amount, Unit unit) {
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException(test + " amount (" + amount + ") must be a finite number");
        }
        BigDecimal exact = BigDecimal.valueOf(amount).stripTrailingZeros();
        return of(test, exact.scale() < 0 ? exact.setScale(0) : exact, unit);
    }

    /**
     * Parses a lab value from the text of a data set: amount and unit as written.
     *
     * @param test the test
     * @param amount the amount, e.g. {@code "9.5"}
     * @param unit the unit, e.g. {@code "g/dL"} (see {@link Unit#parse})
     * @return the value
     * @throws IllegalArgumentException if the amount is not a decimal number or the unit is unknown
     * @throws UnitMismatchException if the test does not accept the unit
     * @throws ImpossibleLabValueException if the value is impossible
     */
    public static LabValue parse(LabTest test, String amount, String unit) {
        Objects.requireNonNull(test, "test");
        BigDecimal number;
        try {
            number = new BigDecimal(amount == null ? "" : amount.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    test.code() + " value '" + amount + "' is not a number; expected a decimal such as 9.5", e);
        }
        return of(test, number, Unit.parse(unit));
    }

    /**
     * The test.
     *
     * @return the test
     */
    public LabTest test() {
        return test;
    }

    /**
     * The amount as entered.
     *
     * @return the amount
     */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * The unit as entered.
     *
     * @return the unit
     */
    public Unit unit() {
        return unit;
    }

    /**
     * Whether the value is in its test's canonical unit.
     *
     * @return true if canonical
     */
    public boolean isCanonical() {
        return unit == test.canonicalUnit();
    }

    /**
     * The same value in the test's canonical unit, converted exactly.
     *
     * @return the canonical value ({@code this} if already canonical)
     * @throws UnitMismatchException for reticulocytes in %, which need a red cell count: use
     *     {@link #reticulocytesAbsolute(LabValue, LabValue)}
     */
    public LabValue inCanonicalUnit() {
        if (isCanonical()) {
            return this;
        }
        BigDecimal canonical = test.canonicalAmount(amount, unit);
        if (canonical == null) {
            throw new UnitMismatchException(test.code() + " " + amount.toPlainString() + " " + unit.symbol()
                    + " cannot be converted to " + test.canonicalUnit().symbol() + " without a red cell count");
        }
        return new LabValue(test, canonical, test.canonicalUnit());
    }

    /**
     * The same value in another accepted unit; division is rounded to 16 significant digits.
     *
     * @param target the unit wanted
     * @return the converted value
     * @throws UnitMismatchException if the test does not accept {@code target}, or the conversion
     *     needs a red cell count
     */
    public LabValue to(Unit target) {
        Objects.requireNonNull(target, "target");
        if (target == unit) {
            return this;
        }
        BigDecimal factor = test.factor(target);
        if (factor == null) {
            throw new UnitMismatchException(test.code() + " cannot be given in " + target.symbol()
                    + "; expected one of " + test.acceptedUnits());
        }
        BigDecimal canonical = inCanonicalUnit().amount;
        return new LabValue(test, canonical.divide(factor, MathContext.DECIMAL64), target);
    }

    /**
     * The absolute reticulocyte count from a percentage and a red cell count of the same sample:
     * reticulocytes (10^9/L) = % / 100 x RBC (10^12/L) x 1000.
     *
     * @param percent reticulocytes in %
     * @param redCells the red cell count
     * @return reticulocytes in 10^9/L, exact
     * @throws UnitMismatchException if {@code percent} is not RETI in % or {@code redCells} is not RBC
     * @throws ImpossibleLabValueException if the result is impossible
     */
    public static LabValue reticulocytesAbsolute(LabValue percent, LabValue redCells) {
        if (percent.test != LabTest.RETI || percent.unit != Unit.PERCENT) {
            throw new UnitMismatchException("Expected reticulocytes in %, got " + percent);
        }
        if (redCells.test != LabTest.RBC) {
            throw new UnitMismatchException("Expected a red cell count (RBC), got " + redCells);
        }
        BigDecimal absolute =
                percent.amount.multiply(redCells.inCanonicalUnit().amount).multiply(BigDecimal.TEN);
        return of(LabTest.RETI, absolute, Unit.E9_PER_L);
    }

    /**
     * Whether the value is plausible, implausible, or probably entered in the wrong unit.
     *
     * @return the verdict with a message naming the test, value, unit and plausible range
     */
    public Plausibility plausibility() {
        BigDecimal canonical = test.canonicalAmount(amount, unit);
        if (canonical == null) {
            boolean plausible = amount.compareTo(PLAUSIBLE_PERCENT_MAXIMUM) <= 0;
            return plausible
                    ? new Plausibility(Plausibility.Kind.PLAUSIBLE, "", Optional.empty())
                    : new Plausibility(
                            Plausibility.Kind.IMPLAUSIBLE,
                            this + " is implausible; expected at most " + PLAUSIBLE_PERCENT_MAXIMUM + " %",
                            Optional.empty());
        }
        if (test.isPlausibleCanonical(canonical)) {
            return new Plausibility(Plausibility.Kind.PLAUSIBLE, "", Optional.empty());
        }
        String range = test.implausibleBelow().map(BigDecimal::toPlainString).orElse("0") + " to "
                + test.implausibleAbove()
                        .map(BigDecimal::toPlainString)
                        .orElse(test.impossibleAbove().toPlainString())
                + " " + test.canonicalUnit().symbol();
        Unit intended = test.likelyIntendedUnit(amount, unit);
        if (intended != null) {
            return new Plausibility(
                    Plausibility.Kind.LIKELY_UNIT_MIXUP,
                    this + " looks like " + intended.symbol() + " (" + amount.toPlainString() + " " + intended.symbol()
                            + " is plausible); plausible range " + range,
                    Optional.of(intended));
        }
        return new Plausibility(
                Plausibility.Kind.IMPLAUSIBLE, this + " is implausible; plausible range " + range, Optional.empty());
    }

    /**
     * Compares amounts of the same test in canonical units.
     *
     * @param other a value of the same test
     * @return negative, zero or positive
     * @throws UnitMismatchException if the tests differ, or either is reticulocytes in %
     */
    @Override
    public int compareTo(LabValue other) {
        if (other.test != test) {
            throw new UnitMismatchException("Cannot compare " + test.code() + " with " + other.test.code());
        }
        return inCanonicalUnit().amount.compareTo(other.inCanonicalUnit().amount);
    }

    /**
     * Equal if the same test, the same unit and the same numeric amount (scale ignored).
     *
     * @param obj the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof LabValue other
                && other.test == test
                && other.unit == unit
                && other.amount.compareTo(amount) == 0;
    }

    /**
     * Consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(test, unit, amount.stripTrailingZeros());
    }

    /** E.g. {@code "HGB 9.5 g/dL"}. */
    @Override
    public String toString() {
        return test.code() + " " + amount.toPlainString() + " " + unit.symbol();
    }
}
