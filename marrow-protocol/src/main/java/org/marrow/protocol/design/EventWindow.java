package org.marrow.protocol.design;

import java.util.Objects;
import java.util.Optional;
import org.marrow.study.Drug;

/**
 * The days in which a toxicity rule counts adverse events by their onset, both included: study days
 * (day 1 = the first day of treatment), or, with {@code afterFirstDoseOf}, days from a drug's first
 * administration (day 1 = the day of that dose; document 000's febrile neutropenia after
 * cyclophosphamide, l.389-391). A subject is followed long enough once followed through day {@code
 * to}.
 *
 * @param from the first day, at least 1
 * @param to the last day, at least {@code from}
 * @param afterFirstDoseOf the drug whose first dose is day 1, if the days are counted from it
 */
public record EventWindow(int from, int to, Optional<Drug> afterFirstDoseOf) {

    /**
     * Checks the window.
     *
     * @throws NullPointerException if afterFirstDoseOf is null
     * @throws IllegalArgumentException if {@code from < 1} or {@code to < from}
     */
    public EventWindow {
        Objects.requireNonNull(afterFirstDoseOf, "afterFirstDoseOf");
        if (from < 1) {
            throw new IllegalArgumentException("Window start (day " + from + ") must be day 1 or later");
        }
        if (to < from) {
            throw new IllegalArgumentException(
                    "Window end (day " + to + ") must not be before its start (day " + from + ")");
        }
    }

    /**
     * Whether a day lies in the window.
     *
     * @param day a day counted as the window counts (study day, or day from the drug's first dose)
     * @return true if {@code from <= day <= to}
     */
    public boolean contains(int day) {
        return day >= from && day <= to;
    }
}
