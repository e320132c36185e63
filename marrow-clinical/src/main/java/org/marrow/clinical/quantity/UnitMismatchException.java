package org.marrow.clinical.quantity;

/**
 * Thrown when a unit does not fit a lab test (platelets in g/dL), when values of different tests are
 * compared, or when a value cannot be brought to the canonical unit (reticulocytes in % without a
 * red cell count). Modelled on Joda-Money's {@code CurrencyMismatchException}.
 */
public final class UnitMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message names the test, the unit and what was expected
     */
    public UnitMismatchException(String message) {
        super(message);
    }
}
