package org.marrow.dataset;

import java.util.List;
import java.util.Optional;

/**
 * The drugs of the five reference trials, by the identifier used in {@code doses.csv} and in the
 * {@code related_to} column of {@code adverse_events.csv}, with the dose units each may be recorded
 * in.
 */
public enum Drug {
    /** Porcine anti-thymocyte globulin (documents 000, 001). */
    P_ATG("p-atg", DoseUnit.MG, DoseUnit.MG_PER_KG),
    /** Cyclosporine A (documents 000-004). */
    CSA("csa", DoseUnit.MG, DoseUnit.MG_PER_KG),
    /** Hetrombopag (documents 000-002). */
    HETROMBOPAG("hetrombopag", DoseUnit.MG),
    /** Cyclophosphamide (document 000). */
    CYCLOPHOSPHAMIDE("cyclophosphamide", DoseUnit.MG, DoseUnit.MG_PER_KG),
    /** Romiplostim N01 (document 003), dosed in ug/kg weekly. */
    ROMIPLOSTIM("romiplostim", DoseUnit.UG, DoseUnit.UG_PER_KG, DoseUnit.MG),
    /** Sirolimus (document 004). */
    SIROLIMUS("sirolimus", DoseUnit.MG),
    /** Granulocyte colony-stimulating factor (document 000's supportive care). */
    G_CSF("g-csf", DoseUnit.UG, DoseUnit.UG_PER_KG),
    /** Posaconazole, antifungal prophylaxis (document 000's supportive care). */
    POSACONAZOLE("posaconazole", DoseUnit.MG);

    private static final Drug[] ALL = values();

    private final String id;
    private final List<DoseUnit> units;
    private final Optional<Drug> asOptional = Optional.of(this);

    Drug(String id, DoseUnit... units) {
        this.id = id;
        this.units = List.of(units);
    }

    /**
     * The identifier written in the data set.
     *
     * @return e.g. {@code "p-atg"}
     */
    public String id() {
        return id;
    }

    /**
     * The units a dose of this drug may be recorded in.
     *
     * @return the units, the usual one first
     */
    public List<DoseUnit> units() {
        return units;
    }

    /**
     * Finds a drug by its identifier (case-sensitive).
     *
     * @param id e.g. {@code "csa"}
     * @return the drug, or empty if the identifier is unknown
     */
    public static Optional<Drug> byId(String id) {
        for (Drug drug : ALL) {
            if (drug.id.equals(id)) {
                return drug.asOptional;
            }
        }
        return Optional.empty();
    }

    /**
     * The identifiers, for messages.
     *
     * @return e.g. {@code "p-atg, csa, ..."}
     */
    static String ids() {
        StringBuilder text = new StringBuilder();
        for (Drug drug : values()) {
            text.append(text.length() == 0 ? "" : ", ").append(drug.id);
        }
        return text.toString();
    }

    /** The identifier. */
    @Override
    public String toString() {
        return id;
    }
}
