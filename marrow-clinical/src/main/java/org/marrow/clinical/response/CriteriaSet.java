package org.marrow.clinical.response;

import java.util.Locale;

/**
 * The response criteria sets a protocol can choose; {@link #code()} is the name
 * used by {@code marrow classify --criteria}.
 */
public enum CriteriaSet {
    /** CR / VGPR / GPR / PR / NR of document 000 ("End points"). */
    FIVE_TIER("five-tier"),
    /** NIH-style CR / PR / NR for SAA, and the NSAA response criteria, chosen by baseline severity. */
    STANDARD("standard"),
    /**
     * Single-lineage responses against baseline for refractory AA treated with a TPO receptor agonist
     * (document 003), as defined in the eltrombopag refractory-AA trials (Olnes et al., N Engl J Med
     * 2012; Desmond et al., Blood 2014).
     */
    LINEAGE("lineage");

    private final String code;

    CriteriaSet(String code) {
        this.code = code;
    }

    /**
     * The name on the command line.
     *
     * @return e.g. {@code "five-tier"}
     */
    public String code() {
        return code;
    }

    /**
     * Finds a set by its code (case-insensitive).
     *
     * @param code {@code five-tier}, {@code standard} or {@code lineage}
     * @return the set
     * @throws IllegalArgumentException if {@code code} is null or unknown; the message lists the codes
     */
    public static CriteriaSet fromCode(String code) {
        if (code != null) {
            for (CriteriaSet set : values()) {
                if (set.code.equals(code.trim().toLowerCase(Locale.ROOT))) {
                    return set;
                }
            }
        }
        throw new IllegalArgumentException(
                "Response criteria '" + code + "' is not recognised; expected five-tier, standard or lineage");
    }
}
