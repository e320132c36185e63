package org.marrow.analysis.safety;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.marrow.analysis.endpoint.Proportion;

/**
 * The safety results of the ITT population (document 000 "Safety": adverse events by CTCAE v5.0
 * grade, infections, deaths, neutropenia after each cyclophosphamide cycle).
 *
 * @param n subjects in the ITT population
 * @param terms adverse events by term, most frequent first
 * @param gradeThreeOrMore subjects with any adverse event of grade 3 or more
 * @param infectionWindowDays infections counted from study day 1 to this day
 * @param infections subjects with an infection starting in the window
 * @param infectionsByWorstGrade subjects by their worst infection grade in the window (1 to 5)
 * @param infectionsAfterCyclophosphamide subjects with an infection starting on or after their
 *     first cyclophosphamide dose (document 000: "new infections post-CTX", 20/43); null without
 *     a cyclophosphamide regimen
 * @param deaths subjects who died
 * @param deathsInInfectionWindow subjects who died in the infection window (document 000's early
 *     mortality within 3 months)
 * @param neutropenia neutropenia per cyclophosphamide cycle; empty without a cyclophosphamide
 *     regimen
 * @param serious subjects with any serious adverse event
 * @param neutropeniaDuration the duration of neutropenia the protocol asks for, null (left out of
 *     {@code results.json}) when it asks for none
 */
public record SafetySummary(
        int n,
        List<TermSummary> terms,
        Proportion gradeThreeOrMore,
        int infectionWindowDays,
        Proportion infections,
        Map<Integer, Integer> infectionsByWorstGrade,
        Proportion infectionsAfterCyclophosphamide,
        int deaths,
        int deathsInInfectionWindow,
        List<NeutropeniaCycle> neutropenia,
        int serious,
        @JsonInclude(JsonInclude.Include.NON_NULL) NeutropeniaDurationSummary neutropeniaDuration) {
    /** Copies the collections. */
    public SafetySummary {
        terms = List.copyOf(terms);
        infectionsByWorstGrade = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(infectionsByWorstGrade));
        neutropenia = List.copyOf(neutropenia);
    }

    /**
     * The summary without a neutropenia duration.
     *
     * @param n subjects in the ITT population
     * @param terms adverse events by term
     * @param gradeThreeOrMore subjects with any adverse event of grade 3 or more
     * @param infectionWindowDays the infection window
     * @param infections subjects with an infection in the window
     * @param infectionsByWorstGrade subjects by worst infection grade
     * @param infectionsAfterCyclophosphamide subjects with an infection after cyclophosphamide, or null
     * @param deaths subjects who died
     * @param deathsInInfectionWindow subjects who died in the infection window
     * @param neutropenia neutropenia per cyclophosphamide cycle
     * @param serious subjects with any serious adverse event
     */
    public SafetySummary(
            int n,
            List<TermSummary> terms,
            Proportion gradeThreeOrMore,
            int infectionWindowDays,
            Proportion infections,
            Map<Integer, Integer> infectionsByWorstGrade,
            Proportion infectionsAfterCyclophosphamide,
            int deaths,
            int deathsInInfectionWindow,
            List<NeutropeniaCycle> neutropenia,
            int serious) {
        this(
                n,
                terms,
                gradeThreeOrMore,
                infectionWindowDays,
                infections,
                infectionsByWorstGrade,
                infectionsAfterCyclophosphamide,
                deaths,
                deathsInInfectionWindow,
                neutropenia,
                serious,
                null);
    }
}
