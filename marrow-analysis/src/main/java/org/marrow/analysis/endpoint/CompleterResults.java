package org.marrow.analysis.endpoint;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Response and severity among the patients who completed follow-up to a visit (document 003's interim
 * report: "11 patients completed the 26-week follow-up ... At week 13, the overall response rate (ORR)
 * was 81.8% (9/11)", l.11), beside the ITT denominators. A completer is a treated patient whose visit
 * window had closed by the data cut-off and whose follow-up did not end (death, HSCT, withdrawal, loss
 * to follow-up) before it closed; at every timepoint a completer without an assessment counts as a
 * non-responder, as in ITT.
 *
 * @param visit the visit to complete, e.g. {@code week-26}
 * @param timepoint its short label, e.g. {@code W26}
 * @param n completers
 * @param response response rates at each timepoint among completers
 * @param severity completers by severity at enrolment
 */
public record CompleterResults(
        String visit,
        String timepoint,
        int n,
        List<ResponseAtTimepoint> response,
        Map<EnrolmentSeverity, Integer> severity) {

    /**
     * Checks and copies the results.
     *
     * @throws NullPointerException if a component is null
     */
    public CompleterResults {
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(timepoint, "timepoint");
        response = List.copyOf(response);
        severity = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(severity));
    }
}
