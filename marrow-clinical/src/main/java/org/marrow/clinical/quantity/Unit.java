package org.marrow.clinical.quantity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A unit of measurement for lab values, with the spellings accepted when parsing the data set's
 * {@code labs.csv} (docs/dataset-format.md) and the units the five trial documents use.
 *
 * <p>Parsing ignores white space and letter case and treats the micro signs {@code µ} and {@code μ}
 * as {@code u}. That makes {@code G/L} parse as grams per litre, never as "giga per litre": a count
 * entered as {@code G/L} is then refused by {@link LabValue#of} because g/L is not a unit of a count.
 */
public enum Unit {
    /** Grams per litre (canonical for haemoglobin). */
    G_PER_L("g/L", "g/L"),
    /** Grams per decilitre. */
    G_PER_DL("g/dL", "g/dL"),
    /** 10^9 cells per litre (canonical for leukocyte, platelet and reticulocyte counts). */
    E9_PER_L("10*9/L", "10^9/L", "x10^9/L", "10*9/L", "10E9/L", "10^9cells/L"),
    /** 10^3 cells per microlitre (numerically equal to 10^9/L). */
    E3_PER_UL("10*3/uL", "10^3/uL", "x10^3/uL", "10*3/uL", "10E3/uL", "K/uL", "10^3/mm3"),
    /** Cells per microlitre (1/1000 of 10^9/L). */
    PER_UL("/uL", "/uL", "cells/uL", "/mm3", "/mm^3"),
    /** 10^12 cells per litre (canonical for the red cell count). */
    E12_PER_L("10*12/L", "10^12/L", "x10^12/L", "10*12/L", "10E12/L"),
    /** 10^6 cells per microlitre (numerically equal to 10^12/L). */
    E6_PER_UL("10*6/uL", "10^6/uL", "x10^6/uL", "10*6/uL", "M/uL", "10^6/mm3"),
    /** Percent. */
    PERCENT("%", "%"),
    /** Micromoles per litre (canonical for creatinine and bilirubin). */
    UMOL_PER_L("umol/L", "umol/L"),
    /** Milligrams per decilitre. */
    MG_PER_DL("mg/dL", "mg/dL"),
    /** Enzyme units per litre. */
    U_PER_L("U/L", "U/L", "IU/L"),
    /** Nanograms per millilitre (canonical for ferritin and drug levels); ug/L is the same unit. */
    NG_PER_ML("ng/mL", "ng/mL", "ug/L"),
    /** Milligrams per litre (canonical for the soluble transferrin receptor). */
    MG_PER_L("mg/L", "mg/L");

    private static final Map<String, Unit> BY_SPELLING = new HashMap<>();

    /** The spellings exactly as listed, so that the usual text is found without normalising it. */
    private static final Map<String, Unit> BY_EXACT_SPELLING = new HashMap<>();

    static {
        for (Unit unit : values()) {
            for (String spelling : unit.spellings) {
                BY_SPELLING.put(normalise(spelling), unit);
            }
        }
        for (Unit unit : values()) {
            for (String spelling : unit.spellings) {
                BY_EXACT_SPELLING.put(spelling, BY_SPELLING.get(normalise(spelling)));
            }
        }
    }

    private final String ucum;
    private final String symbol;
    private final List<String> spellings;

    Unit(String ucum, String symbol, String... aliases) {
        this.ucum = ucum;
        this.symbol = symbol;
        List<String> all = new ArrayList<>();
        all.add(ucum);
        all.add(symbol);
        all.addAll(List.of(aliases));
        this.spellings = List.copyOf(all);
    }

    /**
     * The unit's symbol as written in the data set, e.g. {@code "10^9/L"}.
     *
     * @return the symbol
     */
    public String symbol() {
        return symbol;
    }

    /**
     * The unit's code in UCUM, the Unified Code for Units of Measure (Regenstrief Institute, ucum.org), as
     * HL7 FHIR {@code Quantity.code} and CDISC exports write it: {@code 10*9/L} for 10^9/L, {@code umol/L} for
     * micromoles per litre. {@link #parse} reads it too.
     *
     * @return e.g. {@code "10*9/L"}
     */
    public String ucum() {
        return ucum;
    }

    /**
     * Parses a unit from text, accepting the spellings seen in practice ({@code 10^9/L},
     * {@code x10^9/L}, {@code 10^3/µL}, {@code K/uL}, {@code /mm3}, {@code µmol/L}, ...).
     *
     * @param text the unit as written
     * @return the unit
     * @throws IllegalArgumentException if {@code text} is null or not a recognised unit; the message
     *     names the text and lists the accepted units
     */
    public static Unit parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException(notRecognised(null));
        }
        Unit unit = BY_EXACT_SPELLING.get(text);
        if (unit == null) {
            unit = BY_SPELLING.get(normalise(text));
        }
        if (unit == null) {
            throw new IllegalArgumentException(notRecognised(text));
        }
        return unit;
    }

    private static String notRecognised(String text) {
        List<String> symbols = new ArrayList<>();
        for (Unit u : values()) {
            symbols.add(u.symbol);
        }
        return "Unit '" + text + "' is not recognised; expected one of " + String.join(", ", symbols);
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", "")
                .replace('\u00b5', 'u')
                .replace('\u03bc', 'u')
                .replace('\u00d7', 'x')
                .toLowerCase(Locale.ROOT);
    }

    /** The symbol. */
    @Override
    public String toString() {
        return symbol;
    }
}
