package org.marrow.dataset;

import java.util.Optional;

/** The unit of a recorded dose, as written in {@code doses.csv} (case-sensitive). */
public enum DoseUnit {
    /** Milligrams. */
    MG("mg"),
    /** Micrograms. */
    UG("ug"),
    /** Milligrams per kilogram of body weight. */
    MG_PER_KG("mg/kg"),
    /** Micrograms per kilogram of body weight. */
    UG_PER_KG("ug/kg");

    private static final DoseUnit[] ALL = values();

    private final String symbol;
    private final Optional<DoseUnit> asOptional = Optional.of(this);

    DoseUnit(String symbol) {
        this.symbol = symbol;
    }

    /**
     * The symbol as written in the data set.
     *
     * @return e.g. {@code "mg/kg"}
     */
    public String symbol() {
        return symbol;
    }

    /**
     * Finds a unit by its symbol.
     *
     * @param symbol e.g. {@code "ug"}
     * @return the unit, or empty if none has that symbol
     */
    public static Optional<DoseUnit> bySymbol(String symbol) {
        for (DoseUnit unit : ALL) {
            if (unit.symbol.equals(symbol)) {
                return unit.asOptional;
            }
        }
        return Optional.empty();
    }

    /** The symbol. */
    @Override
    public String toString() {
        return symbol;
    }
}
