package org.marrow.study;

import java.util.List;
import java.util.Optional;

/**
 * The drugs of the five reference trials, by the contract identifier used in protocols, in
 * {@code doses.csv}, in the {@code related_to} column of {@code adverse_events.csv} and in output
 * (docs/dataset-format.md), with the dose units each may be recorded in. The one
 * drug vocabulary of Marrow: {@code marrow-protocol} regimens and dose rules use it too.
 */
public enum Drug {
    /** Porcine anti-thymocyte globulin (documents 000, 001). */
    P_ATG("p-atg", "Porcine anti-thymocyte globulin", DoseUnit.MG, DoseUnit.MG_PER_KG),
    /** Cyclosporine A (documents 000-004). */
    CSA("csa", "Cyclosporine A", DoseUnit.MG, DoseUnit.MG_PER_KG),
    /** Hetrombopag (documents 000-002). */
    HETROMBOPAG("hetrombopag", "Hetrombopag", DoseUnit.MG),
    /** Cyclophosphamide (document 000). */
    CYCLOPHOSPHAMIDE("cyclophosphamide", "Cyclophosphamide", DoseUnit.MG, DoseUnit.MG_PER_KG),
    /** Romiplostim N01 (document 003), dosed in ug/kg weekly. */
    ROMIPLOSTIM("romiplostim", "Romiplostim N01", DoseUnit.UG, DoseUnit.UG_PER_KG, DoseUnit.MG),
    /** Sirolimus (document 004). */
    SIROLIMUS("sirolimus", "Sirolimus", DoseUnit.MG),
    /** Granulocyte colony-stimulating factor (document 000's supportive care). */
    G_CSF("g-csf", "G-CSF", DoseUnit.UG, DoseUnit.UG_PER_KG),
    /** Posaconazole, antifungal prophylaxis (document 000's supportive care). */
    POSACONAZOLE("posaconazole", "Posaconazole", DoseUnit.MG);

    private static final Drug[] ALL = values();

    private final String id;
    private final String label;
    private final List<DoseUnit> units;
    private final Optional<Drug> asOptional = Optional.of(this);

    Drug(String id, String label, DoseUnit... units) {
        this.id = id;
        this.label = label;
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
     * A readable name.
     *
     * @return e.g. {@code "Porcine anti-thymocyte globulin"}
     */
    public String label() {
        return label;
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
     * Finds a drug by its identifier (case-sensitive), for parsers that report a bad value.
     *
     * @param id e.g. {@code "csa"}
     * @return the drug
     * @throws IllegalArgumentException if the identifier is unknown; the message lists {@link #ids()}
     */
    public static Drug fromId(String id) {
        return byId(id).orElseThrow(() ->
                new IllegalArgumentException("'" + id + "' is not a known drug; expected one of " + ids()));
    }

    /**
     * The identifiers, for messages.
     *
     * @return e.g. {@code "p-atg, csa, ..."}
     */
    public static String ids() {
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
