package org.marrow.protocol.schedule;

import java.util.List;
import java.util.Objects;

/**
 * An assessment visit: its target study day and the window of days in which a visit counts for it
 * (ARCHITECTURE.md, principle 5). Day 1 is the first day of treatment; screening and baseline days
 * are 0 or negative.
 *
 * @param name the visit's name, unique in the protocol (e.g. {@code month-3})
 * @param targetDay the target study day
 * @param windowStart the first study day of the window
 * @param windowEnd the last study day of the window
 * @param assessments what is assessed (e.g. {@code response}, {@code labs}, {@code marrow})
 */
public record Visit(String name, int targetDay, int windowStart, int windowEnd, List<String> assessments) {

    /**
     * Checks and copies the visit.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the window does not contain the target day
     */
    public Visit {
        Objects.requireNonNull(name, "name");
        assessments = List.copyOf(assessments);
        if (windowStart > targetDay || windowEnd < targetDay) {
            throw new IllegalArgumentException("Window days " + windowStart + " to " + windowEnd
                    + " does not contain the target day " + targetDay + "; expected start <= " + targetDay + " <= end");
        }
    }

    /**
     * Whether a study day falls in the window.
     *
     * @param day a study day
     * @return true if {@code windowStart <= day <= windowEnd}
     */
    public boolean inWindow(int day) {
        return day >= windowStart && day <= windowEnd;
    }
}
