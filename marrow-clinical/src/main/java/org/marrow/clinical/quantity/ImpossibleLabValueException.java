package org.marrow.clinical.quantity;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Thrown when a lab value is physically impossible (negative, a percentage above 100, a count no
 * living patient can have). The message names the test, the value, the unit and the accepted range,
 * and suggests the unit the value probably was in when that explains it.
 */
public final class ImpossibleLabValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final LabTest test;
    private final BigDecimal amount;
    private final Unit unit;
    private final Unit likelyIntendedUnit;

    ImpossibleLabValueException(
            LabTest test, BigDecimal amount, Unit unit, Optional<Unit> likelyIntendedUnit, String message) {
        super(message);
        this.test = test;
        this.amount = amount;
        this.unit = unit;
        this.likelyIntendedUnit = likelyIntendedUnit.orElse(null);
    }

    /**
     * The accepted unit, on another scale, in which the amount would be possible and plausible: the
     * unit the value was probably meant in.
     *
     * @return the unit, or empty if none explains the value
     */
    public Optional<Unit> likelyIntendedUnit() {
        return Optional.ofNullable(likelyIntendedUnit);
    }

    /**
     * The test the value was entered for.
     *
     * @return the test
     */
    public LabTest test() {
        return test;
    }

    /**
     * The value as entered.
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
}
