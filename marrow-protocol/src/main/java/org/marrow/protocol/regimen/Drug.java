package org.marrow.protocol.regimen;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The drugs the reference protocols use; {@link #id()} is the contract id used in protocols, data
 * sets ({@code doses.csv}) and output (issue 4, "Contract other tools rely on").
 */
public enum Drug {
    /** Porcine anti-human T lymphocyte immunoglobulin (documents 000, 001). */
    P_ATG("p-atg", "Porcine anti-thymocyte globulin"),
    /** Cyclosporine A (documents 000-004). */
    CSA("csa", "Cyclosporine A"),
    /** Hetrombopag (documents 000-002). */
    HETROMBOPAG("hetrombopag", "Hetrombopag"),
    /** Cyclophosphamide (document 000). */
    CYCLOPHOSPHAMIDE("cyclophosphamide", "Cyclophosphamide"),
    /** Romiplostim N01 (document 003). */
    ROMIPLOSTIM("romiplostim", "Romiplostim N01"),
    /** Sirolimus (document 004). */
    SIROLIMUS("sirolimus", "Sirolimus"),
    /** Granulocyte colony-stimulating factor (document 000, supportive care). */
    G_CSF("g-csf", "G-CSF"),
    /** Posaconazole (document 000, antifungal prophylaxis). */
    POSACONAZOLE("posaconazole", "Posaconazole");

    private final String id;
    private final String label;

    Drug(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /**
     * The contract id.
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
     * Looks a drug up by its contract id.
     *
     * @param id e.g. {@code "csa"}
     * @return the drug
     * @throws IllegalArgumentException if the id is not one of {@link #ids()}
     */
    public static Drug fromId(String id) {
        for (Drug drug : values()) {
            if (drug.id.equals(id)) {
                return drug;
            }
        }
        throw new IllegalArgumentException("'" + id + "' is not a known drug; expected one of " + ids());
    }

    /**
     * All contract ids.
     *
     * @return comma-separated ids
     */
    public static String ids() {
        return Arrays.stream(values()).map(Drug::id).collect(Collectors.joining(", "));
    }
}
