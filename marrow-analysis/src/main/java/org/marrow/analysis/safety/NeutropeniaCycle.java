package org.marrow.analysis.safety;

import java.util.List;

/**
 * Neutropenia after one cyclophosphamide cycle (document 000 Supplementary Figure S1A, l.380-382).
 * Duration, Marrow's reading of the undefined "neutropenia duration": the days with ANC below 1.0
 * x10^9/L (CTCAE v5.0 grade 3-4) in the run of consecutive such days that starts within 14 days of
 * the cycle's first dose, each day taking the latest count on or before it, the run ending at the
 * last count at the latest; 0 if none of the 14 days is below 1.0. Nadir: the lowest count measured in those 14 days.
 *
 * @param cycle the cycle's label, for example {@code "Cycle 1 (days 29-30)"}
 * @param startDay the study day of the cycle's first dose
 * @param subjects subjects who received at least one dose of the cycle
 * @param durations each subject's duration in days, in data set order
 * @param medianDays the median duration
 * @param minDays the shortest
 * @param maxDays the longest
 * @param medianNadir the median nadir, 10^9/L (NaN if no count)
 */
public record NeutropeniaCycle(
        String cycle,
        int startDay,
        int subjects,
        List<Integer> durations,
        double medianDays,
        int minDays,
        int maxDays,
        double medianNadir) {
    /** Copies the list. */
    public NeutropeniaCycle {
        durations = List.copyOf(durations);
    }
}
