package org.marrow.clinical.ctcae;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A term of CTCAE v5.0: its name, its MedDRA code, its MedDRA system organ class, and the grades it
 * defines. Not every term has every grade (CTCAE v5.0, "Grades": "A dash indicates a grade is not
 * available"): "Febrile neutropenia" starts at grade 3, "Upper respiratory infection" at grade 2,
 * "Alopecia" has grades 1 and 2 only, "Death NOS" grade 5 only.
 *
 * <p>Source: NCI, Common Terminology Criteria for Adverse Events (CTCAE) v5.0, November 27, 2017
 * ({@link CtcaeCatalogue}).
 *
 * @param term the CTCAE term as NCI spells it, e.g. {@code "Febrile neutropenia"}
 * @param meddraCode the MedDRA code NCI gives for the term, 8 digits, e.g. {@code "10016288"}
 * @param systemOrganClass the MedDRA system organ class, e.g. {@code "Blood and lymphatic system
 *     disorders"}
 * @param grades the grades the term defines, each 1 to 5, at least one
 */
public record AdverseEventTerm(String term, String meddraCode, String systemOrganClass, Set<Integer> grades) {
    private static final Pattern MEDDRA_CODE = Pattern.compile("1[0-9]{7}");
    private static final String OTHER_SPECIFY = " - Other, specify";

    /**
     * Checks and copies the term.
     *
     * @throws NullPointerException if a component or grade is null
     * @throws IllegalArgumentException if the term or system organ class is blank, the MedDRA code is not
     *     8 digits starting with 1, or the grades are empty or outside 1..5
     */
    public AdverseEventTerm {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(meddraCode, "meddraCode");
        Objects.requireNonNull(systemOrganClass, "systemOrganClass");
        grades = Set.copyOf(new TreeSet<>(grades));
        if (term.isBlank() || systemOrganClass.isBlank()) {
            throw new IllegalArgumentException("CTCAE term ('" + term + "') and system organ class ('"
                    + systemOrganClass + "') must not be blank");
        }
        if (!MEDDRA_CODE.matcher(meddraCode).matches()) {
            throw new IllegalArgumentException(
                    "MedDRA code of " + term + " ('" + meddraCode + "') must be 8 digits starting with 1");
        }
        if (grades.isEmpty() || grades.stream().anyMatch(g -> g < 1 || g > 5)) {
            throw new IllegalArgumentException("Grades of " + term + " " + grades + " must be one or more of 1..5");
        }
    }

    /**
     * Whether the term defines a grade.
     *
     * @param grade a grade
     * @return true if CTCAE v5.0 gives a description for that grade of this term
     */
    public boolean allows(int grade) {
        return grades.contains(grade);
    }

    /**
     * The defined grades in ascending order, for a message.
     *
     * @return e.g. {@code [3, 4, 5]}
     */
    public java.util.List<Integer> gradesInOrder() {
        return grades.stream().sorted().toList();
    }

    /**
     * Whether this is a system organ class's "Other, specify" term, recorded with the investigator's
     * own words (CTCAE v5.0, "Other, specify").
     *
     * @return true for e.g. {@code "Gastrointestinal disorders - Other, specify"}
     */
    public boolean isOtherSpecify() {
        return term.endsWith(OTHER_SPECIFY);
    }
}
