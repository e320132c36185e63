package org.marrow.app.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * What the rules derive from a subject's source data, computed on request and never stored.
 *
 * @param subjectId the subject
 * @param criteriaSet the response criteria set applied
 * @param baselineDate the baseline (first dose) date, null before treatment
 * @param visits per lab date: severity, transfusion dependence and, from the first dose, response
 * @param grades CTCAE v5.0 grades of the graded lab values
 */
public record SubjectAssessment(
        long subjectId, String criteriaSet, LocalDate baselineDate, List<Visit> visits, List<Grade> grades) {

    /**
     * The assessment on one date.
     *
     * @param date the date
     * @param severity the severity label (VSAA, SAA, NSAA...) or null when the data do not decide it
     * @param severityReasons why
     * @param transfusionDependent MET, NOT_MET or UNKNOWN: red cell or platelet dependence
     * @param transfusionReason why
     * @param response the response category, null when undecided or before treatment
     * @param responseSummary the deciding finding or what is missing
     * @param missing what was missing or stale
     */
    public record Visit(
            LocalDate date,
            String severity,
            List<String> severityReasons,
            String transfusionDependent,
            String transfusionReason,
            String response,
            String responseSummary,
            List<String> missing) {}

    /**
     * A CTCAE grade of a lab value.
     *
     * @param date the sample date
     * @param test the lab test
     * @param term the CTCAE term
     * @param grade the grade 0..4, null when a reference limit is missing
     * @param reason why
     */
    public record Grade(LocalDate date, String test, String term, Integer grade, String reason) {}
}
