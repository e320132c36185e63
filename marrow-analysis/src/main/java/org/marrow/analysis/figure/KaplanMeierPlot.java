package org.marrow.analysis.figure;

import java.awt.geom.Path2D;
import java.util.Arrays;
import java.util.List;

/**
 * Kaplan-Meier curves as step functions with censoring ticks, and the numbers at risk in a table
 * under the time axis aligned with it (document 001 Additional file Figure S1; document 000 time
 * to response). Immutable options: start from {@link #withDefaults()}.
 *
 * <p>For time to response the curve is usually shown rising: {@link Scale#CUMULATIVE} draws
 * {@code 1 - S(t)}, the cumulative proportion of patients who have responded.
 */
public final class KaplanMeierPlot {
    /** What the vertical axis shows. */
    public enum Scale {
        /** The Kaplan-Meier estimate S(t), falling from 1. */
        SURVIVAL,
        /** 1 - S(t), rising from 0: the cumulative proportion with the event. */
        CUMULATIVE
    }

    static final int WIDTH = 480;
    private static final int MAX_CURVES = 7;

    private final String timeLabel;
    private final String valueLabel;
    private final Scale scale;
    private final double[] riskTimes;
    private final String note;

    private KaplanMeierPlot(String timeLabel, String valueLabel, Scale scale, double[] riskTimes, String note) {
        this.timeLabel = timeLabel;
        this.valueLabel = valueLabel;
        this.scale = scale;
        this.riskTimes = riskTimes;
        this.note = note;
    }

    /**
     * Options: survival scale, time axis "Time", value axis "Survival probability", numbers at risk
     * at the time axis ticks, no note.
     *
     * @return the default options
     */
    public static KaplanMeierPlot withDefaults() {
        return new KaplanMeierPlot("Time", "Survival probability", Scale.SURVIVAL, null, null);
    }

    /**
     * Sets the time axis title.
     *
     * @param label for example {@code "Days since start of treatment"}
     * @return new options
     * @throws IllegalArgumentException if the label is blank
     */
    public KaplanMeierPlot withTimeLabel(String label) {
        return new KaplanMeierPlot(Checks.text(label, "Time axis label"), valueLabel, scale, riskTimes, note);
    }

    /**
     * Sets the value axis title.
     *
     * @param label for example {@code "Cumulative response"}
     * @return new options
     * @throws IllegalArgumentException if the label is blank
     */
    public KaplanMeierPlot withValueLabel(String label) {
        return new KaplanMeierPlot(timeLabel, Checks.text(label, "Value axis label"), scale, riskTimes, note);
    }

    /**
     * Sets what the value axis shows.
     *
     * @param scale survival or cumulative
     * @return new options
     * @throws IllegalArgumentException if scale is null
     */
    public KaplanMeierPlot with(Scale scale) {
        if (scale == null) {
            throw new IllegalArgumentException("Scale must not be null");
        }
        return new KaplanMeierPlot(timeLabel, valueLabel, scale, riskTimes, note);
    }

    /**
     * Sets the times at which the numbers at risk are shown (also the time axis ticks).
     *
     * @param times 2 to 15 finite times, strictly increasing, the first >= 0
     * @return new options
     * @throws IllegalArgumentException if the times are not so
     */
    public KaplanMeierPlot withRiskTimes(double... times) {
        if (times == null || times.length < 2 || times.length > 15) {
            throw new IllegalArgumentException(
                    "Numbers-at-risk times (" + (times == null ? 0 : times.length) + ") must number between 2 and 15");
        }
        for (int i = 0; i < times.length; i++) {
            Checks.finite(times[i], "Numbers-at-risk time");
            if (i == 0 ? times[i] < 0 : times[i] <= times[i - 1]) {
                throw new IllegalArgumentException(
                        "Numbers-at-risk times must be >= 0 and strictly increasing: " + Arrays.toString(times));
            }
        }
        return new KaplanMeierPlot(timeLabel, valueLabel, scale, times.clone(), note);
    }

    /**
     * Sets a note printed in the plot, for example the log-rank P value and the medians.
     *
     * @param text the note
     * @return new options
     * @throws IllegalArgumentException if the text is blank
     */
    public KaplanMeierPlot withNote(String text) {
        return new KaplanMeierPlot(timeLabel, valueLabel, scale, riskTimes, Checks.text(text, "Note"));
    }

    /**
     * Draws the curves.
     *
     * @param name the figure's file name
     * @param title the figure's title
     * @param curves 1 to 7 curves, drawn in palette order
     * @return the figure
     * @throws IllegalArgumentException if the name or title is not valid, or there are no curves or
     *     more than 7, or two curves share a label
     */
    public Figure draw(String name, String title, List<StepCurve> curves) {
        Figure.checkName(name);
        Checks.text(title, "Figure title");
        Checks.count(curves, 1, MAX_CURVES, "Curves of a Kaplan-Meier plot");
        List<StepCurve> data = List.copyOf(curves);
        if (data.stream().map(StepCurve::label).distinct().count() != data.size()) {
            throw new IllegalArgumentException("Curve labels must be distinct: "
                    + data.stream().map(StepCurve::label).toList());
        }
        int height = 270 + 13 * data.size() + 10;
        return new Figure(name, title, WIDTH, height, c -> paint(c, title, data));
    }

    private double value(double survival) {
        return scale == Scale.SURVIVAL ? survival : 1 - survival;
    }

    private void paint(Canvas c, String title, List<StepCurve> curves) {
        c.title(title, 8);
        double labelRoom = 30;
        for (StepCurve curve : curves) {
            labelRoom = Math.max(labelRoom, c.width(curve.label(), Canvas.TEXT_SIZE, false));
        }
        double left = Math.max(56, 8 + labelRoom + 8);
        double right = WIDTH - 14;
        double top = 36;
        double bottom = 212;

        double maxTime = 0;
        for (StepCurve curve : curves) {
            maxTime = Math.max(
                    maxTime, curve.points().get(curve.points().size() - 1).time());
        }
        Axis x;
        double[] ticks;
        if (riskTimes != null) {
            double hi = Math.max(maxTime, riskTimes[riskTimes.length - 1]);
            x = Axis.of(0, hi, 1, left, right);
            ticks = riskTimes;
        } else {
            x = Axis.rounded(0, maxTime, 6, left, right);
            ticks = x.ticks().stream().mapToDouble(Double::doubleValue).toArray();
        }
        Axis y = Axis.of(0, 1, 0.2, bottom, top);

        c.begin("axis");
        c.stroke(0.8f);
        c.color(OkabeIto.BLACK);
        c.line(left, bottom, right, bottom);
        c.line(left, top, left, bottom);
        for (double t : y.ticks()) {
            c.line(left - 3, y.map(t), left, y.map(t));
            c.textMiddle(Axis.label(t), left - 5, y.map(t), Canvas.TEXT_SIZE, false, 1);
        }
        for (double t : ticks) {
            c.line(x.map(t), bottom, x.map(t), bottom + 3);
            c.text(Axis.label(t), x.map(t), bottom + 13, Canvas.TEXT_SIZE, false, 0);
        }
        c.verticalText(valueLabel, 12, (top + bottom) / 2, Canvas.LABEL_SIZE, false);
        c.text(timeLabel, (left + right) / 2, bottom + 28, Canvas.LABEL_SIZE, false, 0);
        c.end();

        for (int i = 0; i < curves.size(); i++) {
            StepCurve curve = curves.get(i);
            OkabeIto colour = OkabeIto.series(i);
            c.begin("curve", curve.label());
            c.color(colour);
            c.stroke(1.5f);
            Path2D.Double step = new Path2D.Double();
            double level = value(1);
            step.moveTo(x.map(0), y.map(level));
            for (CurvePoint p : curve.points()) {
                if (p.nEvent() > 0) {
                    step.lineTo(x.map(p.time()), y.map(level));
                    level = value(p.survival());
                    step.lineTo(x.map(p.time()), y.map(level));
                }
            }
            step.lineTo(x.map(curve.points().get(curve.points().size() - 1).time()), y.map(level));
            c.draw(step);
            c.stroke(1f);
            for (CurvePoint p : curve.points()) {
                if (p.nCensor() > 0) {
                    double py = y.map(value(p.survival()));
                    c.begin("censor", curve.label() + " censored at " + Axis.label(p.time()) + ": " + p.nCensor());
                    c.line(x.map(p.time()), py - 3.5, x.map(p.time()), py + 3.5);
                    c.end();
                }
            }
            c.end();
        }

        Legend legend = new Legend();
        for (int i = 0; i < curves.size(); i++) {
            OkabeIto colour = OkabeIto.series(i);
            legend.add(curves.get(i).label(), (lx, ly) -> {
                c.color(colour);
                c.stroke(1.5f);
                c.line(lx - 5, ly, lx + 5, ly);
            });
        }
        legend.add("Censored", (lx, ly) -> {
            c.color(OkabeIto.BLACK);
            c.stroke(1f);
            c.line(lx, ly - 3.5, lx, ly + 3.5);
        });
        legend.draw(c, left + 8, right, scale == Scale.SURVIVAL ? bottom - 12 : top + 6);
        if (note != null) {
            c.color(OkabeIto.BLACK);
            c.text(note, right, scale == Scale.SURVIVAL ? top + 8 : bottom - 24, Canvas.TEXT_SIZE, false, 1);
        }

        double tableTop = bottom + 50;
        c.begin("risk-table");
        c.color(OkabeIto.BLACK);
        c.text("Number at risk", 8, tableTop, Canvas.LABEL_SIZE, true, -1);
        for (int i = 0; i < curves.size(); i++) {
            StepCurve curve = curves.get(i);
            double rowY = tableTop + 14 + 13 * i;
            c.color(OkabeIto.series(i));
            c.text(curve.label(), left - 8, rowY, Canvas.TEXT_SIZE, true, 1);
            c.color(OkabeIto.BLACK);
            for (double t : ticks) {
                int n = curve.atRisk(t);
                c.begin("risk", curve.label() + " at " + Axis.label(t) + ": " + n);
                c.text(String.valueOf(n), x.map(t), rowY, Canvas.TEXT_SIZE, false, 0);
                c.end();
            }
        }
        c.end();
    }
}
