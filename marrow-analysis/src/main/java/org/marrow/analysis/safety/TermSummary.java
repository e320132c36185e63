package org.marrow.analysis.safety;

import java.util.List;

/**
 * One adverse event term: subjects by their worst CTCAE grade of the term (document 000 Table 2).
 *
 * @param term the term as recorded
 * @param subjects subjects with the term at any grade
 * @param byWorstGrade subjects whose worst grade of the term is 1, 2, 3, 4, 5 (five entries)
 * @param gradeThreeOrMore subjects with the term at grade 3 or more
 * @param n the population's size (the percentages' denominator)
 */
public record TermSummary(String term, int subjects, List<Integer> byWorstGrade, int gradeThreeOrMore, int n) {
    /** Copies the list. */
    public TermSummary {
        byWorstGrade = List.copyOf(byWorstGrade);
    }
}
