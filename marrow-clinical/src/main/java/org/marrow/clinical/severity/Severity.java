package org.marrow.clinical.severity;

/**
 * Aplastic anemia severity by the modified Camitta criteria (trial document 000, "Patients").
 */
public enum Severity {
    /** Very severe AA: SAA with neutrophils &lt; 0.2 x10^9/L. */
    VERY_SEVERE("VSAA"),
    /** Severe AA: cellularity &lt; 25% and at least two of three low counts. */
    SEVERE("SAA"),
    /** Non-severe AA: not meeting the SAA criteria. */
    NON_SEVERE("NSAA");

    private final String abbreviation;

    Severity(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    /**
     * The abbreviation used in the documents and the CLI output.
     *
     * @return {@code "VSAA"}, {@code "SAA"} or {@code "NSAA"}
     */
    public String abbreviation() {
        return abbreviation;
    }
}
