package org.marrow.analysis.figure;

import java.util.List;

/**
 * A Kaplan-Meier curve to draw: its label (the group) and its rows in increasing time. Every
 * distinct time with an event or a censoring must be present (as in {@code survfit}), so that the
 * numbers at risk can be read off the rows.
 *
 * @param label the group's name, for the legend and the numbers-at-risk table
 * @param points the rows, times strictly increasing, survival not increasing
 */
public record StepCurve(String label, List<CurvePoint> points) {
    /**
     * Checks the curve.
     *
     * @throws IllegalArgumentException if the label is blank, there are no rows, times do not
     *     increase strictly, or the survival estimate increases
     */
    public StepCurve {
        Checks.text(label, "Curve label");
        Checks.count(points, 1, Integer.MAX_VALUE, "Rows of curve " + label);
        points = List.copyOf(points);
        for (int i = 1; i < points.size(); i++) {
            CurvePoint a = points.get(i - 1);
            CurvePoint b = points.get(i);
            if (!(b.time() > a.time())) {
                throw new IllegalArgumentException(
                        "Curve " + label + ": times must increase strictly, but " + b.time() + " follows " + a.time());
            }
            if (b.survival() > a.survival()) {
                throw new IllegalArgumentException("Curve " + label + ": survival rises from " + a.survival() + " to "
                        + b.survival() + " at time " + b.time());
            }
        }
    }

    /**
     * The number at risk at a time: subjects whose time is at or after it (R's {@code
     * summary(fit, times = t)$n.risk}).
     *
     * @param time the time
     * @return the number at risk, 0 past the last row
     */
    public int atRisk(double time) {
        for (CurvePoint p : points) {
            if (p.time() >= time) {
                return p.nRisk();
            }
        }
        return 0;
    }

    /**
     * The estimate at a time: the survival of the last row at or before it, 1 before the first.
     *
     * @param time the time
     * @return the step function's value
     */
    public double survivalAt(double time) {
        double s = 1;
        for (CurvePoint p : points) {
            if (p.time() > time) {
                break;
            }
            s = p.survival();
        }
        return s;
    }
}
