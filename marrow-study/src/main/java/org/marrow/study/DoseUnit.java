package org.marrow.study;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The unit of a dose: an absolute mass or a mass per kilogram of body weight. The same units serve
 * {@code doses.csv} (where the symbol is case-sensitive and exact, {@link #bySymbol}) and the
 * regimens and dose rules of a protocol (where {@code µg} and {@code mcg} are read as {@code ug},
 * {@link #parse}).
 */
public enum DoseUnit {
    /** Milligrams (hetrombopag 15 mg/day, document 000). */
    MG("mg", false, BigDecimal.ONE),
    /** Micrograms. */
    UG("ug", false, new BigDecimal("0.001")),
    /** Milligrams per kilogram (p-ATG 25 mg/kg/day, document 000). */
    MG_PER_KG("mg/kg", true, BigDecimal.ONE),
    /** Micrograms per kilogram (romiplostim 10 ug/kg weekly, document 003). */
    UG_PER_KG("ug/kg", true, new BigDecimal("0.001"));

    private static final DoseUnit[] ALL = values();

    private final String symbol;
    private final boolean perKg;
    private final BigDecimal milligrams;
    private final Optional<DoseUnit> asOptional = Optional.of(this);

    DoseUnit(String symbol, boolean perKg, BigDecimal milligrams) {
        this.symbol = symbol;
        this.perKg = perKg;
        this.milligrams = milligrams;
    }

    /**
     * The symbol as written in the data set and in protocol files.
     *
     * @return e.g. {@code "mg/kg"}
     */
    public String symbol() {
        return symbol;
    }

    /**
     * Whether the dose is per kilogram of body weight.
     *
     * @return true for mg/kg and ug/kg
     */
    public boolean perKg() {
        return perKg;
    }

    /**
     * Milligrams in one unit of mass (per kilogram where {@link #perKg()}).
     *
     * @return 1 for mg, 0.001 for ug
     */
    public BigDecimal milligrams() {
        return milligrams;
    }

    /**
     * An amount in this unit as milligrams for a subject: per-kg amounts are multiplied by the body
     * weight. Exact (no rounding).
     *
     * @param amount the amount in this unit
     * @param weightKg the body weight in kg, greater than 0
     * @return the amount in mg
     * @throws IllegalArgumentException if {@code weightKg} is not positive
     */
    public BigDecimal toMilligrams(BigDecimal amount, BigDecimal weightKg) {
        if (weightKg.signum() <= 0) {
            throw new IllegalArgumentException("Body weight (" + weightKg.toPlainString() + " kg) must be > 0");
        }
        BigDecimal mg = amount.multiply(milligrams);
        return (perKg ? mg.multiply(weightKg) : mg).stripTrailingZeros();
    }

    /**
     * Finds a unit by its exact symbol, as {@code doses.csv} writes it.
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

    /**
     * Parses a dose unit of a protocol file; {@code µg}/{@code mcg} are read as {@code ug}.
     *
     * @param text the symbol
     * @return the unit
     * @throws IllegalArgumentException if the text is not one of {@link #symbols()}
     */
    public static DoseUnit parse(String text) {
        String normal = text == null
                ? ""
                : text.trim().replace('\u00b5', 'u').replace('\u03bc', 'u').replace("mcg", "ug");
        return bySymbol(normal)
                .orElseThrow(() -> new IllegalArgumentException(
                        "'" + text + "' is not a dose unit; expected one of " + symbols()));
    }

    /**
     * All symbols.
     *
     * @return comma-separated symbols
     */
    public static String symbols() {
        return Arrays.stream(ALL).map(DoseUnit::symbol).collect(Collectors.joining(", "));
    }

    /** The symbol. */
    @Override
    public String toString() {
        return symbol;
    }
}
