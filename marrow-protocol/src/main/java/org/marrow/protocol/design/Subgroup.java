package org.marrow.protocol.design;

import java.util.Locale;

/**
 * A subgroup within which the arms' response rates are compared ({@code design.analysis.subgroups}):
 * document 001's Table S1, response by severity of aplastic anaemia (l.62-67, l.191-192).
 */
public enum Subgroup {
    /** Baseline severity: SAA, VSAA, NSAA. */
    SEVERITY;

    /**
     * The code used in protocol files.
     *
     * @return {@code severity}
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
