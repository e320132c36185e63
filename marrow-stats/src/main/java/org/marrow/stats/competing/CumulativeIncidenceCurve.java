package org.marrow.stats.competing;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The estimated cumulative incidence function of one cause in one group (Aalen-Johansen estimator)
 * with cmprsk's variance, as in one component of {@code cmprsk::cuminc} (R package cmprsk 2.2.11).
 *
 * <p>The function is a right-continuous step function that starts at 0 and jumps at each distinct
 * time with an event of this cause ({@link #eventTimes()}); it is defined up to the group's largest
 * follow-up time ({@link #lastTime()}) and not beyond, where {@link #estimate(double)} and
 * {@link #variance(double)} give {@code NaN} as {@code cmprsk::timepoints} gives {@code NA}.
 *
 * <p>The variance is the one cmprsk computes (Gray's delta-method estimator, in the appendix of
 * Gray's 1988 paper): it is updated at each event time of the cause of interest and carried
 * forward unchanged until the next one, also across events of the competing causes.
 */
public final class CumulativeIncidenceCurve {
    private final int cause;
    private final String group;
    private final int subjects;
    private final int events;
    private final double lastTime;
    private final double[] times;
    private final double[] estimates;
    private final double[] variances;

    CumulativeIncidenceCurve(
            int cause,
            String group,
            int subjects,
            int events,
            double lastTime,
            double[] times,
            double[] estimates,
            double[] variances) {
        this.cause = cause;
        this.group = group;
        this.subjects = subjects;
        this.events = events;
        this.lastTime = lastTime;
        this.times = times;
        this.estimates = estimates;
        this.variances = variances;
    }

    /**
     * The cause code this curve is for.
     *
     * @return the cause (a positive status code)
     */
    public int cause() {
        return cause;
    }

    /**
     * The group this curve is for.
     *
     * @return the group label
     */
    public String group() {
        return group;
    }

    /**
     * The number of subjects in the group.
     *
     * @return the group size
     */
    public int subjects() {
        return subjects;
    }

    /**
     * The number of events of this cause in the group.
     *
     * @return the event count
     */
    public int events() {
        return events;
    }

    /**
     * The largest follow-up time in the group (event or censoring); the curve is not defined
     * beyond it.
     *
     * @return the last time
     */
    public double lastTime() {
        return lastTime;
    }

    /**
     * The distinct times with at least one event of this cause, increasing.
     *
     * @return a copy of the jump times (empty if the group has no event of this cause)
     */
    public double[] eventTimes() {
        return times.clone();
    }

    /**
     * The cumulative incidence just after each of {@link #eventTimes()}.
     *
     * @return a copy of the estimates, one per event time
     */
    public double[] estimates() {
        return estimates.clone();
    }

    /**
     * cmprsk's variance at each of {@link #eventTimes()}.
     *
     * @return a copy of the variances, one per event time
     */
    public double[] variances() {
        return variances.clone();
    }

    /**
     * The cumulative incidence at a time, as {@code cmprsk::timepoints(fit, time)$est}.
     *
     * @param time a time {@code >= 0}
     * @return the estimate, or {@code NaN} if {@code time > lastTime()}
     * @throws IllegalArgumentException if {@code time} is negative or not finite
     */
    public double estimate(double time) {
        int i = index(time);
        if (i == BEYOND) {
            return Double.NaN;
        }
        return i < 0 ? 0 : estimates[i];
    }

    /**
     * The variance of the cumulative incidence at a time, as
     * {@code cmprsk::timepoints(fit, time)$var}.
     *
     * @param time a time {@code >= 0}
     * @return the variance, or {@code NaN} if {@code time > lastTime()}
     * @throws IllegalArgumentException if {@code time} is negative or not finite
     */
    public double variance(double time) {
        int i = index(time);
        if (i == BEYOND) {
            return Double.NaN;
        }
        return i < 0 ? 0 : variances[i];
    }

    /**
     * The estimate, variance and 95% log(-log) confidence interval at a time.
     *
     * @param time a time {@code >= 0}
     * @return the point
     * @throws IllegalArgumentException if {@code time} is negative or not finite
     * @see CumulativeIncidencePoint
     */
    public CumulativeIncidencePoint at(double time) {
        return at(time, 0.95);
    }

    /**
     * The estimate, variance and log(-log) confidence interval at a time.
     *
     * @param time a time {@code >= 0}
     * @param confidenceLevel the confidence level, in (0, 1)
     * @return the point
     * @throws IllegalArgumentException if {@code time} is negative or not finite, or the confidence
     *     level is not in (0, 1)
     * @see CumulativeIncidencePoint
     */
    public CumulativeIncidencePoint at(double time, double confidenceLevel) {
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException(
                    "Confidence level (" + confidenceLevel + ") must be between 0 and 1 (exclusive)");
        }
        double f = estimate(time);
        double v = variance(time);
        double lower = Double.NaN;
        double upper = Double.NaN;
        if (f > 0 && f < 1) {
            double z = NormalDistribution.of(0, 1).inverseSurvivalProbability((1 - confidenceLevel) / 2);
            double w = z * Math.sqrt(v) / (f * Math.log(f));
            lower = Math.pow(f, Math.exp(-w));
            upper = Math.pow(f, Math.exp(w));
        }
        return new CumulativeIncidencePoint(time, f, v, lower, upper);
    }

    private static final int BEYOND = Integer.MIN_VALUE;

    /** Index of the last event time {@code <= time}, -1 before the first, BEYOND after the end. */
    private int index(double time) {
        if (!(time >= 0) || time == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("Time (" + time + ") must be a finite number >= 0");
        }
        if (time > lastTime) {
            return BEYOND;
        }
        // + 0.0 turns -0.0 into 0.0, which binarySearch would otherwise order before an event at 0.
        int i = Arrays.binarySearch(times, time + 0.0);
        return i >= 0 ? i : -i - 2;
    }

    @Override
    public String toString() {
        return "CumulativeIncidenceCurve[cause=" + cause + ", group=" + group + ", subjects=" + subjects + ", events="
                + events + ", eventTimes=" + times.length + ", lastTime=" + lastTime + "]";
    }
}
