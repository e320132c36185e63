package org.marrow.analysis.figure;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Neutrophil counts against the day of each cyclophosphamide cycle: one thin line per patient,
 * the median in bold, and the 0.5 and 1.0 x 10^9/L thresholds drawn (document 000 Supplementary
 * Figure 1A; 0.5 is the G-CSF trigger and the severe-neutropenia limit, 1.0 the neutrophil limit
 * of the CR, VGPR and GPR criteria). Panels side by side share the count axis.
 */
public final class NeutrophilPlot {
    static final int WIDTH = 480;
    static final int HEIGHT = 284;
    private static final double[] THRESHOLDS = {0.5, 1.0};
    private static final String[] THRESHOLD_LABELS = {"0.5", "1.0"};
    private static final OkabeIto[] THRESHOLD_COLOURS = {OkabeIto.VERMILLION, OkabeIto.ORANGE};

    private NeutrophilPlot() {}

    /**
     * Draws the plot.
     *
     * @param name the figure's file name
     * @param title the figure's title
     * @param dayLabel the day axis title, for example {@code "Day from first CTX dose of the cycle"}
     * @param panels 1 to 4 cycles, left to right
     * @return the figure
     * @throws IllegalArgumentException if a name or label is blank, or there are no panels or more
     *     than 4
     */
    public static Figure of(String name, String title, String dayLabel, List<CyclePanel> panels) {
        Figure.checkName(name);
        Checks.text(title, "Figure title");
        Checks.text(dayLabel, "Day axis label");
        Checks.count(panels, 1, 4, "Cycles of a neutrophil plot");
        List<CyclePanel> data = List.copyOf(panels);
        return new Figure(name, title, WIDTH, HEIGHT, c -> paint(c, title, dayLabel, data));
    }

    /**
     * The median count on each day with counts from at least three patients (or from every
     * patient, when fewer than three), as drawn by the plot.
     *
     * @param panel the cycle
     * @return day to median, in day order
     */
    static Map<Integer, Double> medians(CyclePanel panel) {
        Map<Integer, List<Double>> byDay = new TreeMap<>();
        for (AncSeries s : panel.patients()) {
            for (AncValue v : s.values()) {
                byDay.computeIfAbsent(v.day(), d -> new ArrayList<>()).add(v.anc());
            }
        }
        int needed = Math.min(3, panel.patients().size());
        Map<Integer, Double> out = new TreeMap<>();
        byDay.forEach((day, values) -> {
            if (values.size() >= needed) {
                double[] a = values.stream()
                        .mapToDouble(Double::doubleValue)
                        .sorted()
                        .toArray();
                int m = a.length / 2;
                out.put(day, a.length % 2 == 1 ? a[m] : (a[m - 1] + a[m]) / 2);
            }
        });
        return out;
    }

    private static void paint(Canvas c, String title, String dayLabel, List<CyclePanel> panels) {
        c.title(title, 8);
        double max = 1.5;
        for (CyclePanel p : panels) {
            for (AncSeries s : p.patients()) {
                for (AncValue v : s.values()) {
                    max = Math.max(max, v.anc());
                }
            }
        }
        double left = 46;
        double right = WIDTH - 30;
        double top = 60;
        double bottom = 236;
        double gap = 28;
        Axis y = Axis.rounded(0, max, 5, bottom, top);

        Legend legend = new Legend();
        legend.add("Patient", (lx, ly) -> {
            c.color(OkabeIto.GREY);
            c.stroke(0.6f);
            c.line(lx - 5, ly, lx + 5, ly);
        });
        legend.add("Median", (lx, ly) -> {
            c.color(OkabeIto.BLUE);
            c.stroke(2f);
            c.line(lx - 5, ly, lx + 5, ly);
        });
        for (int t = 0; t < THRESHOLDS.length; t++) {
            OkabeIto colour = THRESHOLD_COLOURS[t];
            legend.add("ANC " + THRESHOLD_LABELS[t] + " \u00d7 10\u2079/L", (lx, ly) -> {
                c.color(colour);
                c.dashed(1f);
                c.line(lx - 6, ly, lx + 6, ly);
            });
        }
        legend.draw(c, 8, WIDTH - 8, 32);

        c.begin("axis y");
        c.color(OkabeIto.BLACK);
        c.stroke(0.8f);
        for (double t : y.ticks()) {
            c.line(left - 3, y.map(t), left, y.map(t));
            c.textMiddle(Axis.label(t), left - 5, y.map(t), Canvas.TEXT_SIZE, false, 1);
        }
        c.verticalText("ANC (\u00d7 10\u2079/L)", 12, (top + bottom) / 2, Canvas.LABEL_SIZE, false);
        c.text(dayLabel, (left + right) / 2, bottom + 30, Canvas.LABEL_SIZE, false, 0);
        c.end();

        double panelWidth = (right - left - gap * (panels.size() - 1)) / panels.size();
        for (int k = 0; k < panels.size(); k++) {
            CyclePanel panel = panels.get(k);
            double pl = left + k * (panelWidth + gap);
            double pr = pl + panelWidth;
            int minDay = Integer.MAX_VALUE;
            int maxDay = Integer.MIN_VALUE;
            for (AncSeries s : panel.patients()) {
                minDay = Math.min(minDay, s.values().get(0).day());
                maxDay = Math.max(maxDay, s.values().get(s.values().size() - 1).day());
            }
            if (maxDay == minDay) {
                maxDay = minDay + 1;
            }
            double step = Axis.niceStep((maxDay - minDay) / 5.0);
            double lo = Math.floor(minDay / step) * step;
            double hi = Math.ceil(maxDay / step) * step;
            Axis x = Axis.of(lo, hi, step, pl, pr);

            c.begin("panel", panel.cycle());
            c.color(OkabeIto.BLACK);
            c.text(panel.cycle(), (pl + pr) / 2, top - 6, Canvas.LABEL_SIZE, true, 0);
            c.stroke(0.8f);
            c.drawRect(pl, top, pr - pl, bottom - top);
            for (double t : x.ticks()) {
                c.line(x.map(t), bottom, x.map(t), bottom + 3);
                c.text(Axis.label(t), x.map(t), bottom + 13, Canvas.TEXT_SIZE, false, 0);
            }
            for (AncSeries s : panel.patients()) {
                c.begin("patient", s.subject());
                c.color(new Color(0x99, 0x99, 0x99, 160));
                c.stroke(0.6f);
                c.draw(polyline(s.values().stream()
                        .map(v -> new double[] {x.map(v.day()), y.map(v.anc())})
                        .toList()));
                c.end();
            }
            for (int t = 0; t < THRESHOLDS.length; t++) {
                c.begin("threshold", "ANC " + THRESHOLD_LABELS[t]);
                c.color(THRESHOLD_COLOURS[t]);
                c.dashed(1f);
                c.line(pl, y.map(THRESHOLDS[t]), pr, y.map(THRESHOLDS[t]));
                c.end();
            }
            Map<Integer, Double> median = medians(panel);
            if (!median.isEmpty()) {
                c.begin("median", panel.cycle() + " median");
                c.color(OkabeIto.BLUE);
                c.stroke(2f);
                List<double[]> pts = new ArrayList<>();
                median.forEach((day, v) -> pts.add(new double[] {x.map(day), y.map(v)}));
                c.draw(polyline(pts));
                c.end();
            }
            c.end();
        }
        c.color(OkabeIto.BLACK);
        for (int t = 0; t < THRESHOLDS.length; t++) {
            c.textMiddle(THRESHOLD_LABELS[t], right + 3, y.map(THRESHOLDS[t]), Canvas.TEXT_SIZE, false, -1);
        }
    }

    private static Path2D.Double polyline(List<double[]> points) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(points.get(0)[0], points.get(0)[1]);
        for (double[] pt : points.subList(1, points.size())) {
            p.lineTo(pt[0], pt[1]);
        }
        if (points.size() == 1) {
            // A single count is a dot: a zero-length line with round caps would vanish in SVG.
            double[] pt = points.get(0);
            p.moveTo(pt[0] - 1, pt[1]);
            p.lineTo(pt[0] + 1, pt[1]);
        }
        return p;
    }

    static double[] thresholds() {
        return Arrays.copyOf(THRESHOLDS, THRESHOLDS.length);
    }
}
