package org.marrow.clinical.ctcae;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marrow.clinical.finding.Evidence;
import org.marrow.clinical.finding.Finding;
import org.marrow.clinical.finding.Outcome;
import org.marrow.clinical.message.Message;

/**
 * A CTCAE grade computed from one lab value, recording the CTCAE version it follows.
 *
 * @param term the CTCAE term
 * @param date the sample date
 * @param grade 0 (not an adverse event) to 4, or empty when a missing limit or value leaves it open
 * @param version the CTCAE version, {@code "5.0"}
 * @param reason why this grade, with the value, the limits and the criterion met
 * @param missing what was missing (a reference limit), empty when graded
 */
public record CtcaeGrade(
        CtcaeTerm term,
        LocalDate date,
        Optional<Integer> grade,
        String version,
        Message reason,
        List<Message> missing) {

    /**
     * Checks the grade.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the grade is not 0..4
     */
    public CtcaeGrade {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(reason, "reason");
        missing = List.copyOf(missing);
        if (grade.isPresent() && (grade.get() < 0 || grade.get() > 4)) {
            throw new IllegalArgumentException("CTCAE grade (" + grade.get() + ") must be between 0 and 4");
        }
    }

    /**
     * Treatment-emergent: this (on-treatment) grade is worse than the baseline grade of the same term.
     * Aplastic anemia patients start at grade 3-4 for the cytopenias, so a grade alone says little; a
     * rise over baseline is what marks a treatment-emergent adverse event.
     *
     * @param baseline the grade of the same term at baseline
     * @return MET if this grade is higher, NOT_MET if not, UNKNOWN if either grade is unknown
     * @throws IllegalArgumentException if the terms differ
     */
    public Finding treatmentEmergentComparedTo(CtcaeGrade baseline) {
        if (baseline.term != term) {
            throw new IllegalArgumentException(
                    "Baseline grade is for " + baseline.term.term() + ", not " + term.term());
        }
        Message rule = Message.of("clinical.ctcae.emergent", term);
        if (grade.isEmpty() || baseline.grade.isEmpty()) {
            Message missing = grade.isEmpty()
                    ? Message.of("clinical.ctcae.gradeUnknown", date, Message.joined(this.missing))
                    : Message.of(
                            "clinical.ctcae.baselineGradeUnknown", baseline.date, Message.joined(baseline.missing));
            return Finding.unknown(rule, missing);
        }
        boolean worse = grade.get() > baseline.grade.get();
        return Finding.of(
                rule,
                Outcome.of(worse),
                Message.of(
                        "clinical.ctcae.emergentReason",
                        grade.get(),
                        date,
                        baseline.grade.get(),
                        baseline.date,
                        version),
                List.of(
                        new Evidence(
                                Message.of("clinical.evidence.grade", term),
                                date,
                                BigDecimal.valueOf(grade.get()),
                                "",
                                Message.of("clinical.ctcae.aboveBaseline")),
                        new Evidence(
                                Message.of("clinical.evidence.baselineGrade", term),
                                baseline.date,
                                BigDecimal.valueOf(baseline.grade.get()),
                                "",
                                Message.empty())));
    }
}
