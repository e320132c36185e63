package org.marrow.analysis.figure;

/**
 * One measurement of a course: a study day and a value.
 *
 * @param day the study day (day 1 = first dose)
 * @param value the value, finite
 */
public record CoursePoint(int day, double value) {
    /**
     * Checks the point.
     *
     * @throws IllegalArgumentException if the value is not finite
     */
    public CoursePoint {
        Checks.finite(value, "Value of day " + day);
    }
}
