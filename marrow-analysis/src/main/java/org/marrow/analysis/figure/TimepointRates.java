package org.marrow.analysis.figure;

import java.util.Objects;

/**
 * The response rates at one protocol timepoint (document 000 Figure 2): overall response (CR,
 * VGPR, GPR or PR), complete response and superior response (CR, VGPR or GPR). The record's JSON
 * form is the {@code "response"} entry of {@code results.json}.
 *
 * @param timepoint the timepoint's label, for example {@code "M3"}
 * @param n the number of subjects in the analysis population at this timepoint
 * @param orr overall response rate
 * @param cr complete response rate
 * @param superior superior response rate
 */
public record TimepointRates(String timepoint, int n, Rate orr, Rate cr, Rate superior) {
    /**
     * Checks the rates.
     *
     * @throws IllegalArgumentException if the timepoint is blank, a rate is missing, or a rate's
     *     denominator differs from n, or not CR <= superior <= ORR (each CR is a superior response
     *     and each superior response a response)
     */
    public TimepointRates {
        if (timepoint == null || timepoint.isBlank()) {
            throw new IllegalArgumentException("Timepoint label (" + timepoint + ") must not be blank");
        }
        Objects.requireNonNull(orr, "orr");
        Objects.requireNonNull(cr, "cr");
        Objects.requireNonNull(superior, "superior");
        for (Rate r : new Rate[] {orr, cr, superior}) {
            if (r.n() != n) {
                throw new IllegalArgumentException("Timepoint " + timepoint + ": a rate's denominator (" + r.n()
                        + ") must equal the timepoint's n (" + n + ")");
            }
        }
        if (!(cr.x() <= superior.x() && superior.x() <= orr.x())) {
            throw new IllegalArgumentException("Timepoint " + timepoint + " needs CR (" + cr.x() + ") <= superior ("
                    + superior.x() + ") <= overall responders (" + orr.x() + ")");
        }
    }
}
