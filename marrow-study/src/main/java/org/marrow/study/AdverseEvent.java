package org.marrow.study;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marrow.clinical.ctcae.AdverseEventTerm;
import org.marrow.clinical.ctcae.CtcaeCatalogue;

/**
 * A row of {@code adverse_events.csv}: an adverse event with the CTCAE grade the investigator
 * recorded (source data; grades computed from labs are derived elsewhere).
 *
 * @param subjectId the subject
 * @param term the CTCAE v5.0 term as recorded, e.g. {@code "Febrile neutropenia"} (see {@link
 *     CtcaeCatalogue#resolve} for the forms a term is recorded in)
 * @param grade the grade, 1 to 5
 * @param startDate the onset date
 * @param endDate the resolution date, empty while ongoing
 * @param serious whether it is a serious adverse event (written {@code Y} or {@code N}, CDISC AESER)
 * @param relatedTo the study drugs the investigator related it to; empty if none
 */
public record AdverseEvent(
        String subjectId,
        String term,
        int grade,
        LocalDate startDate,
        Optional<LocalDate> endDate,
        boolean serious,
        List<Drug> relatedTo) {

    /**
     * Checks and copies the event.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the term is blank, the grade is not 1..5, or the end date is
     *     before the start date
     */
    public AdverseEvent {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        relatedTo = List.copyOf(relatedTo);
        if (term.isBlank()) {
            throw new IllegalArgumentException("Adverse event term of " + subjectId + " must not be blank");
        }
        if (grade < 1 || grade > 5) {
            throw new IllegalArgumentException("Adverse event grade (" + grade + ") must be between 1 and 5");
        }
        if (endDate.isPresent() && endDate.get().isBefore(startDate)) {
            throw new IllegalArgumentException("Adverse event end date (" + endDate.get()
                    + ") must not be before its start date (" + startDate + ")");
        }
    }

    /**
     * The CTCAE v5.0 term the event was recorded under, with its MedDRA code and system organ class.
     *
     * @return the term; empty for a term outside CTCAE v5.0 (an entry path refuses such a term, so only a
     *     record built without the study validation lacks one)
     */
    public Optional<AdverseEventTerm> ctcaeTerm() {
        return CtcaeCatalogue.v5().resolve(term);
    }
}
