package org.marrow.analysis.figure;

import java.util.List;

/**
 * One line of a {@link CoursePlot}: one patient's values of one quantity over time (a gene's VAF, the
 * PNH clone size), coloured by its group.
 *
 * @param subject the patient
 * @param group the group coloured alike and named in the legend, e.g. the gene {@code DNMT3A}
 * @param points the values, in day order, at least one
 */
public record CourseSeries(String subject, String group, List<CoursePoint> points) {
    /**
     * Checks and copies the series.
     *
     * @throws IllegalArgumentException if the subject or group is blank, there is no point, or the days
     *     are not increasing
     */
    public CourseSeries {
        Checks.text(subject, "Subject");
        Checks.text(group, "Group");
        if (points == null || points.isEmpty()) {
            throw new IllegalArgumentException("A course of " + subject + " needs at least one point");
        }
        points = List.copyOf(points);
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).day() <= points.get(i - 1).day()) {
                throw new IllegalArgumentException("Days of the course of " + subject + " must increase ("
                        + points.get(i).day() + ")");
            }
        }
    }
}
