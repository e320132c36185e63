package org.marrow.analysis.figure;

/**
 * An absolute neutrophil count on a day of a cyclophosphamide cycle.
 *
 * @param day the day relative to the cycle's first dose (day 0; negative before it)
 * @param anc the count in 10^9/L, >= 0
 */
public record AncValue(int day, double anc) {
    /**
     * Checks the value.
     *
     * @throws IllegalArgumentException if anc is negative or not finite
     */
    public AncValue {
        if (!(anc >= 0) || Double.isInfinite(anc)) {
            throw new IllegalArgumentException(
                    "Neutrophil count on day " + day + " (" + anc + ") must be a finite number >= 0 (10^9/L)");
        }
    }
}
