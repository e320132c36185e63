package org.marrow.protocol.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A protocol visit placed on a subject's calendar: its target day and window as study days and as
 * dates (day 1 = first dose, day 0 the day before, as in docs/protocol-format.md "Study time").
 *
 * @param name the visit's name
 * @param targetDay the target study day
 * @param windowStart the window's first study day
 * @param windowEnd the window's last study day
 * @param targetDate the target date
 * @param windowStartDate the window's first date
 * @param windowEndDate the window's last date
 * @param assessments what is assessed
 */
public record ScheduledVisit(
        String name,
        int targetDay,
        int windowStart,
        int windowEnd,
        LocalDate targetDate,
        LocalDate windowStartDate,
        LocalDate windowEndDate,
        List<String> assessments) {

    /**
     * Checks and copies the visit.
     *
     * @throws NullPointerException if a component is null
     */
    public ScheduledVisit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(targetDate, "targetDate");
        Objects.requireNonNull(windowStartDate, "windowStartDate");
        Objects.requireNonNull(windowEndDate, "windowEndDate");
        assessments = List.copyOf(assessments);
    }
}
