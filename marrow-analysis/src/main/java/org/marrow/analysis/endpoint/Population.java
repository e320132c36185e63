package org.marrow.analysis.endpoint;

/**
 * The analysis populations of the reference documents.
 *
 * <p><b>ITT</b> (document 000 "Statistical analysis"): every subject who received at least one dose
 * of study treatment, that is with a {@code first_dose_on} on or before the data cut-off. At a
 * timepoint, a subject without an assessment in the visit window (missing counts, death, HSCT,
 * withdrawal, loss to follow-up) stays in the denominator and counts as a non-responder.
 *
 * <p><b>Per protocol</b> (Marrow's definition; the documents define none): ITT subjects who received
 * every scheduled dose day of each fixed-course regimen of their arm (every day range closed and at
 * most 28 scheduled days in all, e.g. p-ATG days 1-5 and cyclophosphamide days 29-30 and 43-44 of
 * document 000) that falls on or before their end of follow-up. Daily long-term drugs (CsA,
 * hetrombopag) are not checked. At a timepoint only subjects with an assessment in the window are
 * counted.
 */
public enum Population {
    /** Intention to treat: at least one dose. */
    ITT("ITT"),
    /** Per protocol: the full fixed-course treatment, assessed subjects only. */
    PER_PROTOCOL("per-protocol");

    private final String label;

    Population(String label) {
        this.label = label;
    }

    /**
     * The label used in the report and in {@code results.json}.
     *
     * @return {@code "ITT"} or {@code "per-protocol"}
     */
    public String label() {
        return label;
    }
}
