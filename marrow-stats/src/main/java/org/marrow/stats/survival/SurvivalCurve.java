package org.marrow.stats.survival;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * A Kaplan-Meier survival curve with Greenwood standard errors and pointwise confidence limits: one
 * curve of R's {@code survfit(Surv(time, event) ~ ...)} (survival 3.5.3, {@code stype = 1}, {@code
 * conf.lower = "usual"}). Immutable.
 *
 * <p>The curve has one row per distinct time at which one of its subjects had an event or was
 * censored. Its survival is {@code prod (n.risk - n.event) / n.risk} over the event times up to and
 * including the row; the variance of {@code -log(surv)} is Greenwood's {@code sum n.event / (n.risk
 * (n.risk - n.event))}.
 */
public final class SurvivalCurve {
    private final String group;
    private final double[] time;
    private final int[] nRisk;
    private final int[] nEvent;
    private final int[] nCensor;
    private final double[] surv;
    private final double[] stdErr;
    private final double[] lower;
    private final double[] upper;
    private final ConfidenceType confidenceType;
    private final double confidenceLevel;
    private final int events;

    private SurvivalCurve(
            String group,
            double[] time,
            int[] nRisk,
            int[] nEvent,
            int[] nCensor,
            double[] surv,
            double[] stdErr,
            double[] lower,
            double[] upper,
            ConfidenceType confidenceType,
            double confidenceLevel) {
        this.group = group;
        this.time = time;
        this.nRisk = nRisk;
        this.nEvent = nEvent;
        this.nCensor = nCensor;
        this.surv = surv;
        this.stdErr = stdErr;
        this.lower = lower;
        this.upper = upper;
        this.confidenceType = confidenceType;
        this.confidenceLevel = confidenceLevel;
        int e = 0;
        for (int d : nEvent) {
            e += d;
        }
        this.events = e;
    }

    /** Computes the curve from its table of counts (rows in increasing time, at least one row). */
    static SurvivalCurve of(
            String group,
            double[] time,
            int[] nRisk,
            int[] nEvent,
            int[] nCensor,
            ConfidenceType type,
            double level,
            double z) {
        int m = time.length;
        double[] surv = new double[m];
        double[] stdErr = new double[m];
        double[] lower = new double[m];
        double[] upper = new double[m];
        double km = 1;
        double greenwood = 0;
        for (int i = 0; i < m; i++) {
            double d = nEvent[i];
            if (d > 0) {
                double n = nRisk[i];
                // (n - d) / n and this summation order are those of R's C routine survfitkm.
                km *= (n - d) / n;
                greenwood += d / (n * (n - d));
            }
            surv[i] = km;
            stdErr[i] = Math.sqrt(greenwood);
            if (d > 0 || i == 0) {
                type.bounds(km, stdErr[i], z, lower, upper, i);
            } else {
                // A row of censorings only: same estimate and error, hence the same bounds.
                lower[i] = lower[i - 1];
                upper[i] = upper[i - 1];
            }
        }
        return new SurvivalCurve(group, time, nRisk, nEvent, nCensor, surv, stdErr, lower, upper, type, level);
    }

    /**
     * The name of the group this curve describes ({@code "all"} for the curve of all subjects).
     *
     * @return the group name
     */
    public String group() {
        return group;
    }

    /**
     * The number of subjects ({@code n}).
     *
     * @return the number of subjects
     */
    public int n() {
        return nRisk[0];
    }

    /**
     * The total number of events.
     *
     * @return the number of events
     */
    public int events() {
        return events;
    }

    /**
     * The transformation the confidence limits were built on.
     *
     * @return the confidence interval type
     */
    public ConfidenceType confidenceType() {
        return confidenceType;
    }

    /**
     * The confidence level of the limits ({@code conf.int}).
     *
     * @return the level, in (0, 1)
     */
    public double confidenceLevel() {
        return confidenceLevel;
    }

    /**
     * The number of rows (distinct times with an event or a censoring).
     *
     * @return the number of rows
     */
    public int size() {
        return time.length;
    }

    /**
     * One row of the survival table.
     *
     * @param i the row, from 0
     * @return the row
     * @throws IndexOutOfBoundsException if {@code i} is not in [0, size())
     */
    public SurvivalRow row(int i) {
        return new SurvivalRow(time[i], nRisk[i], nEvent[i], nCensor[i], surv[i], stdErr[i], lower[i], upper[i]);
    }

    /**
     * The survival table, as R's {@code survfit} components (a view; rows are created on access).
     *
     * @return the rows in increasing time
     */
    public List<SurvivalRow> rows() {
        return new Rows();
    }

    private final class Rows extends AbstractList<SurvivalRow> implements RandomAccess {
        @Override
        public SurvivalRow get(int index) {
            return row(index);
        }

        @Override
        public int size() {
            return time.length;
        }
    }

    /**
     * The median survival time with its confidence limits as {@code print(fit)} shows them (R's
     * {@code survmean}): the first time at which the curve is at or below 0.5; if the curve is
     * exactly 0.5 there (within {@code sqrt(.Machine$double.eps)}) and drops below later, the midpoint
     * of that time and the time of the drop. If it stays at exactly 0.5 to its end, that first time
     * (where {@link #quantiles(double...)} gives the midpoint with the last follow-up time instead, as
     * R's {@code quantile} does). The limits apply the same rule to the upper and lower confidence
     * curves, skipping their NA points. NaN where a curve never reaches 0.5.
     *
     * @return the median, probability 0.5
     */
    public SurvivalQuantile median() {
        return new SurvivalQuantile(
                0.5,
                CurveQuantiles.printedMedian(surv, time),
                CurveQuantiles.printedMedian(lower, time),
                CurveQuantiles.printedMedian(upper, time));
    }

    /**
     * Quantiles of the survival time with confidence limits, exactly as R's {@code quantile(fit,
     * probs)} (survival 3.5.3, {@code quantile.survfit}): the quantile p is the first time at which
     * the curve falls to {@code 1 - p} or below; where the curve equals {@code 1 - p} (within {@code
     * sqrt(.Machine$double.eps)}) over an interval, the midpoint of that interval, the end of the
     * last interval being the last follow-up time; NaN when the curve never falls that far. p = 0
     * gives time 0. The limits come from the lower and upper confidence curves in the same way.
     *
     * <p>As in R, when the curve's lowest point lies below every requested {@code 1 - p} no quantile
     * is reached and all are NaN; the requested probabilities therefore affect each other when the
     * curve ends within the tolerance of {@code 1 - p}. Ask for them together, as R's default {@code
     * c(0.25, 0.5, 0.75)}, to match R's output.
     *
     * @param probabilities the probabilities, each in [0, 1]
     * @return one quantile per probability, in the order given
     * @throws IllegalArgumentException if no probability is given or one is not in [0, 1] (NaN
     *     included)
     */
    public List<SurvivalQuantile> quantiles(double... probabilities) {
        if (probabilities == null || probabilities.length == 0) {
            throw new IllegalArgumentException("At least one probability is needed, none was given");
        }
        for (double p : probabilities) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("Probability (" + p + ") must be in [0, 1]");
            }
        }
        double[] x = new double[time.length + 1];
        System.arraycopy(time, 0, x, 1, time.length);
        double[] q = CurveQuantiles.quantiles(x, failure(surv), probabilities);
        double[] lo = CurveQuantiles.quantiles(x, failure(lower), probabilities);
        double[] hi = CurveQuantiles.quantiles(x, failure(upper), probabilities);
        List<SurvivalQuantile> out = new ArrayList<>(probabilities.length);
        for (int i = 0; i < probabilities.length; i++) {
            out.add(new SurvivalQuantile(probabilities[i], q[i], lo[i], hi[i]));
        }
        return out;
    }

    /** {@code c(0, 1 - s)}: the curve as a cumulative failure starting from time 0. */
    private static double[] failure(double[] s) {
        double[] y = new double[s.length + 1];
        for (int i = 0; i < s.length; i++) {
            y[i + 1] = 1 - s[i];
        }
        return y;
    }

    /**
     * The curve read at chosen times, as R's {@code summary(fit, times = ...)} (survival 3.5.3):
     * before the first row the curve is 1 with limits 1 (R's {@code survfit0} start at time 0); a time
     * after the last follow-up time gives a row whose estimates are NaN (see {@link SurvivalAt}).
     *
     * @param times the times, each finite and >= 0; they are sorted, duplicates kept, as R does
     * @return one row per time, in increasing time
     * @throws IllegalArgumentException if no time is given or a time is negative or not finite
     */
    public List<SurvivalAt> at(double... times) {
        if (times == null || times.length == 0) {
            throw new IllegalArgumentException("At least one time is needed, none was given");
        }
        for (double t : times) {
            if (!(t >= 0 && t < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("Time (" + t + ") must be a finite number >= 0");
            }
        }
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        double last = time[time.length - 1];
        List<SurvivalAt> out = new ArrayList<>(sorted.length);
        int previousEvents = 0;
        int previousCensored = 0;
        int row = -1; // the last row at or before the time; -1 is R's inserted start row at time 0
        int cumEvents = 0;
        int cumCensored = 0;
        for (double t : sorted) {
            while (row + 1 < time.length && time[row + 1] <= t) {
                row++;
                cumEvents += nEvent[row];
                cumCensored += nCensor[row];
            }
            int atRisk = row + 1 < time.length ? nRisk[row + 1] : 0;
            if (row >= 0 && time[row] == t) {
                atRisk = nRisk[row];
            }
            int dEvents = cumEvents - previousEvents;
            int dCensored = cumCensored - previousCensored;
            previousEvents = cumEvents;
            previousCensored = cumCensored;
            if (t > Math.max(last, 0)) {
                out.add(new SurvivalAt(t, 0, dEvents, dCensored, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
            } else if (row < 0) {
                out.add(new SurvivalAt(t, atRisk, dEvents, dCensored, 1, 0, 1, 1));
            } else {
                out.add(new SurvivalAt(
                        t, atRisk, dEvents, dCensored, surv[row], stdErr[row] * surv[row], lower[row], upper[row]));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "SurvivalCurve[" + group + ", n=" + n() + ", events=" + events + ", rows=" + time.length + "]";
    }
}
