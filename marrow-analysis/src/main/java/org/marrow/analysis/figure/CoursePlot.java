package org.marrow.analysis.figure;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values of a clonal marker over time, one line per patient (and gene), coloured by group: the variant
 * allele frequency of each somatic mutation by gene (document 000, Figure 4: "the frequency and variant
 * allele frequency (VAF) of mutations at baseline, 6 months") and the PNH clone size (document 000,
 * "both the proportion of patients carrying PNH clones and the clone size showed a progressive
 * increase"). Up to eight groups get their own Okabe-Ito colour; more share grey.
 */
public final class CoursePlot {
    static final int WIDTH = 480;
    static final int HEIGHT = 300;
    private static final OkabeIto[] COLOURS = {
        OkabeIto.BLUE,
        OkabeIto.VERMILLION,
        OkabeIto.BLUISH_GREEN,
        OkabeIto.ORANGE,
        OkabeIto.REDDISH_PURPLE,
        OkabeIto.SKY_BLUE,
        OkabeIto.YELLOW,
        OkabeIto.BLACK
    };

    private CoursePlot() {}

    /**
     * Draws the plot.
     *
     * @param name the figure's file name
     * @param title the figure's title
     * @param valueLabel the value axis title, e.g. {@code VAF (%)}
     * @param series the lines, at least one
     * @return the figure
     * @throws IllegalArgumentException if a name or label is blank, or there is no series
     */
    public static Figure of(String name, String title, String valueLabel, List<CourseSeries> series) {
        Figure.checkName(name);
        Checks.text(title, "Figure title");
        Checks.text(valueLabel, "Value axis label");
        Checks.count(series, 1, Integer.MAX_VALUE, "Series of a course plot");
        List<CourseSeries> data = List.copyOf(series);
        return new Figure(name, title, WIDTH, HEIGHT, c -> paint(c, title, valueLabel, data));
    }

    /** The colour of each group, in order of first appearance; groups beyond eight are grey. */
    static Map<String, OkabeIto> colours(List<CourseSeries> series) {
        Map<String, OkabeIto> out = new LinkedHashMap<>();
        for (CourseSeries s : series) {
            if (!out.containsKey(s.group())) {
                out.put(s.group(), out.size() < COLOURS.length ? COLOURS[out.size()] : OkabeIto.GREY);
            }
        }
        return out;
    }

    private static void paint(Canvas c, String title, String valueLabel, List<CourseSeries> series) {
        c.title(title, 8);
        Map<String, OkabeIto> colours = colours(series);
        double minDay = Double.MAX_VALUE;
        double maxDay = -Double.MAX_VALUE;
        double max = 1;
        for (CourseSeries s : series) {
            for (CoursePoint p : s.points()) {
                minDay = Math.min(minDay, p.day());
                maxDay = Math.max(maxDay, p.day());
                max = Math.max(max, p.value());
            }
        }
        if (maxDay <= minDay) {
            maxDay = minDay + 1;
        }
        Legend legend = new Legend();
        for (Map.Entry<String, OkabeIto> e : colours.entrySet()) {
            OkabeIto colour = e.getValue();
            legend.add(e.getKey(), (lx, ly) -> {
                c.color(colour);
                c.stroke(1.5f);
                c.line(lx - 5, ly, lx + 5, ly);
            });
        }
        double left = 50;
        double right = WIDTH - 16;
        double top = 44 + legend.height(8, WIDTH - 8);
        double bottom = HEIGHT - 40;
        legend.draw(c, 8, WIDTH - 8, 32);
        Axis y = Axis.rounded(0, max, 5, bottom, top);
        double step = Axis.niceStep((maxDay - minDay) / 6.0);
        Axis x = Axis.of(Math.floor(minDay / step) * step, Math.ceil(maxDay / step) * step, step, left, right);

        c.begin("axis");
        c.color(OkabeIto.BLACK);
        c.stroke(0.8f);
        c.drawRect(left, top, right - left, bottom - top);
        for (double t : y.ticks()) {
            c.line(left - 3, y.map(t), left, y.map(t));
            c.textMiddle(Axis.label(t), left - 5, y.map(t), Canvas.TEXT_SIZE, false, 1);
        }
        for (double t : x.ticks()) {
            c.line(x.map(t), bottom, x.map(t), bottom + 3);
            c.text(Axis.label(t), x.map(t), bottom + 13, Canvas.TEXT_SIZE, false, 0);
        }
        c.verticalText(valueLabel, 12, (top + bottom) / 2, Canvas.LABEL_SIZE, false);
        c.text("Days since start of treatment", (left + right) / 2, bottom + 30, Canvas.LABEL_SIZE, false, 0);
        c.end();

        for (CourseSeries s : series) {
            c.begin("patient", s.subject() + " " + s.group());
            c.color(colours.get(s.group()));
            c.stroke(1.2f);
            List<double[]> pts = new ArrayList<>();
            for (CoursePoint p : s.points()) {
                pts.add(new double[] {x.map(p.day()), y.map(p.value())});
            }
            Path2D.Double line = new Path2D.Double();
            line.moveTo(pts.get(0)[0], pts.get(0)[1]);
            for (double[] pt : pts.subList(1, pts.size())) {
                line.lineTo(pt[0], pt[1]);
            }
            c.draw(line);
            for (double[] pt : pts) {
                c.fill(new Ellipse2D.Double(pt[0] - 2, pt[1] - 2, 4, 4));
            }
            c.end();
        }
    }
}
