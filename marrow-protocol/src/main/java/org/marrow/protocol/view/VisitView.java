package org.marrow.protocol.view;

import java.time.LocalDate;
import java.util.List;
import org.marrow.protocol.schedule.ScheduledVisit;

/**
 * An assessment visit and its window.
 *
 * @param name the visit
 * @param targetDay the target study day
 * @param windowStart the first study day of the window
 * @param windowEnd the last study day of the window
 * @param targetDate the target date
 * @param windowStartDate the window's first date
 * @param windowEndDate the window's last date
 * @param assessments what is assessed
 */
public record VisitView(
        String name,
        int targetDay,
        int windowStart,
        int windowEnd,
        LocalDate targetDate,
        LocalDate windowStartDate,
        LocalDate windowEndDate,
        List<String> assessments) {
    /**
     * The view of a scheduled visit.
     *
     * @param v the visit
     * @return its view
     */
    public static VisitView of(ScheduledVisit v) {
        return new VisitView(
                v.name(),
                v.targetDay(),
                v.windowStart(),
                v.windowEnd(),
                v.targetDate(),
                v.windowStartDate(),
                v.windowEndDate(),
                v.assessments());
    }
}
