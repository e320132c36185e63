package org.marrow.analysis.safety;

import java.util.List;
import java.util.Objects;

/**
 * The duration of neutropenia the protocol asks for ({@code design.analysis.neutropenia_duration}):
 * per treated patient, the days of a window whose neutrophil count (the latest on or before the day,
 * marrow-clinical {@code NeutrophilEpisodes}) is below the threshold; summarised over the patients
 * with at least one such day (document 000 abstract: grade 3-4 neutropenia in 62.8% of patients,
 * "median duration 6 days, range 4-33", l.26).
 *
 * @param below the threshold, 10^9/L
 * @param fromDay the window's first study day
 * @param toDay the window's last study day
 * @param n treated patients
 * @param patients patients with at least one day below the threshold
 * @param median the median duration of those patients, days (NaN if none)
 * @param min the shortest, days (NaN if none)
 * @param max the longest, days (NaN if none)
 * @param durations every such patient's duration, in data set order
 */
public record NeutropeniaDurationSummary(
        double below,
        int fromDay,
        int toDay,
        int n,
        int patients,
        double median,
        double min,
        double max,
        List<Integer> durations) {

    /**
     * Copies the durations.
     *
     * @throws NullPointerException if durations is null
     */
    public NeutropeniaDurationSummary {
        durations = List.copyOf(Objects.requireNonNull(durations, "durations"));
    }
}
