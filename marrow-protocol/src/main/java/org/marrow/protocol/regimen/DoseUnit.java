package org.marrow.protocol.regimen;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The unit of a dose: an absolute mass or a mass per kilogram of body weight. */
public enum DoseUnit {
    /** Milligrams per kilogram (p-ATG 25 mg/kg/day, document 000). */
    MG_PER_KG("mg/kg", true, BigDecimal.ONE),
    /** Milligrams (hetrombopag 15 mg/day, document 000). */
    MG("mg", false, BigDecimal.ONE),
    /** Micrograms per kilogram (romiplostim 10 ug/kg weekly, document 003). */
    UG_PER_KG("ug/kg", true, new BigDecimal("0.001")),
    /** Micrograms. */
    UG("ug", false, new BigDecimal("0.001"));

    private final String symbol;
    private final boolean perKg;
    private final BigDecimal milligrams;

    DoseUnit(String symbol, boolean perKg, BigDecimal milligrams) {
        this.symbol = symbol;
        this.perKg = perKg;
        this.milligrams = milligrams;
    }

    /**
     * The symbol used in protocol files.
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
     * Parses a dose unit; {@code µg}/{@code mcg} are read as {@code ug}.
     *
     * @param text the symbol
     * @return the unit
     * @throws IllegalArgumentException if the text is not one of {@link #symbols()}
     */
    public static DoseUnit parse(String text) {
        String normal = text == null
                ? ""
                : text.trim().replace('\u00b5', 'u').replace('\u03bc', 'u').replace("mcg", "ug");
        for (DoseUnit unit : values()) {
            if (unit.symbol.equals(normal)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a dose unit; expected one of " + symbols());
    }

    /**
     * All symbols.
     *
     * @return comma-separated symbols
     */
    public static String symbols() {
        return Arrays.stream(values()).map(DoseUnit::symbol).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return symbol;
    }
}
