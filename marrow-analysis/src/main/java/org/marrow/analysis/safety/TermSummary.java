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
 * @param events the events of the term recorded (a subject may have several)
 * @param serious subjects with a serious event of the term
 * @param signal whether the term needs a safety review: any serious event, or grade 3 or more in at
 *     least a fifth of the population (Marrow's monitoring rule)
 */
public record TermSummary(
        String term,
        int subjects,
        List<Integer> byWorstGrade,
        int gradeThreeOrMore,
        int n,
        int events,
        int serious,
        boolean signal) {
    /** Copies the list. */
    public TermSummary {
        byWorstGrade = List.copyOf(byWorstGrade);
    }
}
