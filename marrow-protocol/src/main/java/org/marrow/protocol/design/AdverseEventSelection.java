package org.marrow.protocol.design;

import java.util.List;
import java.util.Objects;
import org.marrow.clinical.ctcae.AdverseEventTerm;
import org.marrow.clinical.ctcae.CtcaeCatalogue;
import org.marrow.study.AdverseEvent;

/**
 * The adverse events a toxicity rule counts: CTCAE v5.0 terms named one by one, or every term of a
 * MedDRA system organ class (a group of terms, e.g. "Infections and infestations"), at a grade of at
 * least {@code gradeAtLeast}. An event counts when its recorded term resolves in CTCAE v5.0 ({@link
 * CtcaeCatalogue#resolve}) to a named term or to a term of a named class, and its grade is at least
 * the bound. Document 000 reports grade 3 infections in 25.6% and febrile neutropenia after
 * cyclophosphamide (l.378, l.389-391).
 *
 * @param terms CTCAE v5.0 terms as NCI spells them, e.g. {@code Febrile neutropenia}
 * @param systemOrganClasses MedDRA system organ classes as CTCAE v5.0 names them
 * @param gradeAtLeast the lowest grade counted, 1 to 5
 */
public record AdverseEventSelection(List<String> terms, List<String> systemOrganClasses, int gradeAtLeast) {

    /**
     * Checks and copies the selection.
     *
     * @throws NullPointerException if a list or an element is null
     * @throws IllegalArgumentException if both lists are empty or the grade is not 1 to 5
     */
    public AdverseEventSelection {
        terms = List.copyOf(terms);
        systemOrganClasses = List.copyOf(systemOrganClasses);
        if (terms.isEmpty() && systemOrganClasses.isEmpty()) {
            throw new IllegalArgumentException("An adverse event selection needs a term or a system organ class");
        }
        if (gradeAtLeast < 1 || gradeAtLeast > 5) {
            throw new IllegalArgumentException("Grade (" + gradeAtLeast + ") must be 1 to 5");
        }
    }

    /**
     * Whether an adverse event counts.
     *
     * @param event the event as recorded
     * @return true if its term resolves to a selected CTCAE v5.0 term or class and its grade is at least
     *     {@link #gradeAtLeast()}; false for a term outside CTCAE v5.0
     * @throws NullPointerException if event is null
     */
    public boolean includes(AdverseEvent event) {
        if (event.grade() < gradeAtLeast) {
            return false;
        }
        return CtcaeCatalogue.v5().resolve(event.term()).map(this::selects).orElse(false);
    }

    /**
     * Whether a CTCAE v5.0 term is selected, whatever the grade.
     *
     * @param term the term
     * @return true if named, or of a named system organ class
     * @throws NullPointerException if term is null
     */
    public boolean selects(AdverseEventTerm term) {
        Objects.requireNonNull(term, "term");
        return terms.contains(term.term()) || systemOrganClasses.contains(term.systemOrganClass());
    }
}
