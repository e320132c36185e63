package org.marrow.clinical.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A laboratory test, named by its CDISC SDTM LBTESTCD code, with its LOINC code (LOINC 2.7x) where
 * one is assigned, its canonical unit (haemoglobin g/L, cell counts 10^9/L, creatinine and bilirubin umol/L,
 * drug levels ng/mL: ARCHITECTURE.md, principle 3), the units it accepts, and plausibility limits.
 *
 * <p>Plausibility limits are Marrow's choice, not taken from a trial document; all are in the
 * canonical unit. A value above {@link #impossibleAbove()} (or negative, or a percentage above 100)
 * is refused by {@link LabValue#of}; a value outside [{@link #implausibleBelow()},
 * {@link #implausibleAbove()}] is accepted but flagged by {@link LabValue#plausibility()}. Low
 * counts are never implausible in aplastic anemia, so counts have no lower limit.
 *
 * <p>Conversion factors: 1 g/dL = 10 g/L; 1 10^3/uL = 1 10^9/L; 1 /uL = 0.001 10^9/L;
 * 1 10^6/uL = 1 10^12/L; creatinine 1 mg/dL = 88.4 umol/L; bilirubin 1 mg/dL = 17.1 umol/L
 * (the SI conversion factors used by CTCAE and most laboratories). Reticulocytes in % are converted
 * with a red cell count of the same date: absolute (10^9/L) = % / 100 x RBC (10^12/L) x 1000.
 */
public enum LabTest {
    /** Haemoglobin. */
    HGB("Haemoglobin", "718-7", Unit.G_PER_L, mass(), "250", "30", "200"),
    /** Platelet count. */
    PLAT("Platelets", "777-3", Unit.E9_PER_L, counts(), "5000", null, "1500"),
    /** Absolute neutrophil count (ANC). */
    NEUT("Neutrophils", "751-8", Unit.E9_PER_L, counts(), "500", null, "100"),
    /** Absolute reticulocyte count; also accepted in % with a red cell count of the same date. */
    RETI("Reticulocytes", "60474-4", Unit.E9_PER_L, counts(), "2000", null, "500"),
    /** White blood cell count. */
    WBC("Leukocytes", "6690-2", Unit.E9_PER_L, counts(), "1000", null, "200"),
    /** Absolute lymphocyte count. */
    LYM("Lymphocytes", "731-0", Unit.E9_PER_L, counts(), "1000", null, "200"),
    /** Red blood cell count, needed to convert reticulocytes given in %. */
    RBC("Erythrocytes", "789-8", Unit.E12_PER_L, factors(Unit.E12_PER_L, "1", Unit.E6_PER_UL, "1"), "15", "0.5", "8"),
    /** Serum creatinine. */
    CREAT(
            "Creatinine",
            "2160-0",
            Unit.UMOL_PER_L,
            factors(Unit.UMOL_PER_L, "1", Unit.MG_PER_DL, "88.4"),
            "5000",
            "10",
            "1500"),
    /** Alanine aminotransferase. */
    ALT("Alanine aminotransferase", "1742-6", Unit.U_PER_L, factors(Unit.U_PER_L, "1"), "100000", null, "10000"),
    /** Aspartate aminotransferase. */
    AST("Aspartate aminotransferase", "1920-8", Unit.U_PER_L, factors(Unit.U_PER_L, "1"), "100000", null, "10000"),
    /** Total bilirubin. */
    BILI(
            "Bilirubin",
            "14631-6",
            Unit.UMOL_PER_L,
            factors(Unit.UMOL_PER_L, "1", Unit.MG_PER_DL, "17.1"),
            "2000",
            null,
            "800"),
    /** Serum ferritin. */
    FERRITIN("Ferritin", "2276-4", Unit.NG_PER_ML, factors(Unit.NG_PER_ML, "1"), "200000", null, "50000"),
    /** Bone marrow cellularity (biopsy), %. */
    CELLULARITY("Marrow cellularity", null, Unit.PERCENT, factors(Unit.PERCENT, "1"), "100", null, null),
    /** PNH clone size, %. */
    PNH_CLONE("PNH clone", null, Unit.PERCENT, factors(Unit.PERCENT, "1"), "100", null, null),
    /** Cyclosporine A trough level. */
    CSA_TROUGH("Cyclosporine trough", null, Unit.NG_PER_ML, factors(Unit.NG_PER_ML, "1"), "10000", null, "2000"),
    /** Sirolimus trough level. */
    SRL_TROUGH("Sirolimus trough", null, Unit.NG_PER_ML, factors(Unit.NG_PER_ML, "1"), "1000", null, "100"),
    /**
     * Soluble transferrin receptor (sTfR), mg/L; document 000's Table 1 "sTR - mg/L 0.64 (0.30-1.51)"
     * (l.293). Marrow's code: the document gives none.
     */
    STFR("Soluble transferrin receptor", null, Unit.MG_PER_L, factors(Unit.MG_PER_L, "1"), "100", null, "40");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String label;
    private final String loinc;
    private final Unit canonicalUnit;
    private final Map<Unit, BigDecimal> toCanonical;
    private final BigDecimal impossibleAbove;
    private final BigDecimal implausibleBelow;
    private final BigDecimal implausibleAbove;

    LabTest(
            String label,
            String loinc,
            Unit canonicalUnit,
            Map<Unit, BigDecimal> toCanonical,
            String impossibleAbove,
            String implausibleBelow,
            String implausibleAbove) {
        this.label = label;
        this.loinc = loinc;
        this.canonicalUnit = canonicalUnit;
        this.toCanonical = toCanonical;
        this.impossibleAbove = new BigDecimal(impossibleAbove);
        this.implausibleBelow = implausibleBelow == null ? null : new BigDecimal(implausibleBelow);
        this.implausibleAbove = implausibleAbove == null ? null : new BigDecimal(implausibleAbove);
    }

    private static Map<Unit, BigDecimal> mass() {
        return factors(Unit.G_PER_L, "1", Unit.G_PER_DL, "10");
    }

    private static Map<Unit, BigDecimal> counts() {
        return factors(Unit.E9_PER_L, "1", Unit.E3_PER_UL, "1", Unit.PER_UL, "0.001");
    }

    private static Map<Unit, BigDecimal> factors(Object... unitFactorPairs) {
        Map<Unit, BigDecimal> map = new EnumMap<>(Unit.class);
        for (int i = 0; i < unitFactorPairs.length; i += 2) {
            map.put((Unit) unitFactorPairs[i], new BigDecimal((String) unitFactorPairs[i + 1]));
        }
        return map;
    }

    /**
     * The CDISC LBTESTCD code, e.g. {@code "PLAT"}.
     *
     * @return the code
     */
    public String code() {
        return name();
    }

    /**
     * A readable name, e.g. {@code "Platelets"}.
     *
     * @return the name
     */
    public String label() {
        return label;
    }

    /**
     * The LOINC code of the test (LOINC 2.80, Regenstrief Institute, loinc.org): haemoglobin 718-7, platelets
     * 777-3, neutrophils 751-8, reticulocytes 60474-4, leukocytes 6690-2, lymphocytes 731-0 and erythrocytes
     * 789-8 (the automated blood counts, as LOINC's mapping guidance for the top 2000 laboratory observations
     * advises), ferritin 2276-4, creatinine 2160-0, total bilirubin 14631-6 (moles per volume, the canonical
     * umol/L), ALT 1742-6, AST 1920-8. Marrow records none for marrow cellularity, the PNH clone and the drug
     * troughs, whose codes depend on the method and specimen a laboratory uses.
     *
     * @return the LOINC code, or empty where Marrow records none
     */
    public Optional<String> loinc() {
        return Optional.ofNullable(loinc);
    }

    /**
     * The unit rules compare in.
     *
     * @return the canonical unit
     */
    public Unit canonicalUnit() {
        return canonicalUnit;
    }

    /**
     * Whether the test accepts values in this unit ({@link #RETI} also accepts %).
     *
     * @param unit the unit
     * @return true if accepted
     */
    public boolean accepts(Unit unit) {
        return toCanonical.containsKey(unit) || (this == RETI && unit == Unit.PERCENT);
    }

    /**
     * The units this test accepts.
     *
     * @return the accepted units, canonical first
     */
    public List<Unit> acceptedUnits() {
        List<Unit> units = new ArrayList<>();
        units.add(canonicalUnit);
        for (Unit unit : Unit.values()) {
            if (unit != canonicalUnit && accepts(unit)) {
                units.add(unit);
            }
        }
        return units;
    }

    /**
     * Values above this (canonical unit) are impossible and refused.
     *
     * @return the limit
     */
    public BigDecimal impossibleAbove() {
        return impossibleAbove;
    }

    /**
     * Values below this (canonical unit) are implausible and flagged.
     *
     * @return the limit, or empty if low values are plausible
     */
    public Optional<BigDecimal> implausibleBelow() {
        return Optional.ofNullable(implausibleBelow);
    }

    /**
     * Values above this (canonical unit) are implausible and flagged.
     *
     * @return the limit, or empty if there is none below the impossible limit
     */
    public Optional<BigDecimal> implausibleAbove() {
        return Optional.ofNullable(implausibleAbove);
    }

    /**
     * Finds a test by its LBTESTCD code (case-insensitive).
     *
     * @param code the code, e.g. {@code "HGB"}
     * @return the test
     * @throws IllegalArgumentException if {@code code} is null or unknown; the message lists the codes
     */
    public static LabTest fromCode(String code) {
        if (code != null) {
            for (LabTest test : values()) {
                if (test.name().equals(code.trim().toUpperCase(Locale.ROOT))) {
                    return test;
                }
            }
        }
        List<String> codes = new ArrayList<>();
        for (LabTest test : values()) {
            codes.add(test.name());
        }
        throw new IllegalArgumentException(
                "Lab test '" + code + "' is not recognised; expected one of " + String.join(", ", codes));
    }

    /** Canonical amount, or null when the unit needs more than a factor (reticulocytes in %). */
    BigDecimal canonicalAmount(BigDecimal amount, Unit unit) {
        BigDecimal factor = toCanonical.get(unit);
        if (factor == null) {
            return null;
        }
        // Times one is the amount itself (same digits, same scale): spare the multiplication.
        return factor.equals(BigDecimal.ONE) ? amount : amount.multiply(factor);
    }

    BigDecimal factor(Unit unit) {
        return toCanonical.get(unit);
    }

    boolean isImpossible(BigDecimal amount, Unit unit) {
        if (amount.signum() < 0) {
            return true;
        }
        if (unit == Unit.PERCENT && amount.compareTo(HUNDRED) > 0) {
            return true;
        }
        BigDecimal canonical = canonicalAmount(amount, unit);
        return canonical != null && canonical.compareTo(impossibleAbove) > 0;
    }

    boolean isPlausibleCanonical(BigDecimal canonical) {
        return (implausibleBelow == null || canonical.compareTo(implausibleBelow) >= 0)
                && (implausibleAbove == null || canonical.compareTo(implausibleAbove) <= 0);
    }

    /** Another accepted unit, on another scale, in which {@code amount} would be plausible; or null. */
    Unit likelyIntendedUnit(BigDecimal amount, Unit entered) {
        BigDecimal enteredFactor = toCanonical.get(entered);
        for (Map.Entry<Unit, BigDecimal> other : toCanonical.entrySet()) {
            if (enteredFactor != null && other.getValue().compareTo(enteredFactor) == 0) {
                continue;
            }
            BigDecimal canonical = amount.multiply(other.getValue());
            if (canonical.compareTo(impossibleAbove) <= 0 && isPlausibleCanonical(canonical)) {
                return other.getKey();
            }
        }
        return null;
    }

    String acceptedRange() {
        return "0 to " + impossibleAbove.toPlainString() + " " + canonicalUnit.symbol();
    }
}
