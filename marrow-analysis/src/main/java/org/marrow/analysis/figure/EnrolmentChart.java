package org.marrow.analysis.figure;

import java.awt.Color;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cumulative enrolment per site over time (a step line per site with its total in the legend), for
 * the trial dashboard of a multicentre trial (document 002 enrols at four sites).
 */
public final class EnrolmentChart {
    static final int WIDTH = 960;
    static final int HEIGHT = 260;
    private static final int LEFT = 96;
    private static final int RIGHT = 24;
    private static final int LEGEND = 140;
    private static final int TOP = 20;
    private static final int BOTTOM = 50;
    private static final Color GRID = new Color(0xDDDDDD);
    private static final Color AXIS = new Color(0x555555);

    private EnrolmentChart() {}

    /**
     * Draws the chart.
     *
     * @param name the figure's name
     * @param title the figure's title (its accessible name; not drawn)
     * @param bySite each site's enrolment dates; a site without any is drawn flat at 0
     * @return the figure, empty but for its title when no subject is enrolled
     * @throws IllegalArgumentException if the name is not a valid figure name, the title is blank, or
     *     bySite or a list of dates is null or holds null
     */
    public static Figure of(String name, String title, Map<String, List<LocalDate>> bySite) {
        Figure.checkName(name);
        Checks.text(title, "Figure title");
        if (bySite == null) {
            throw new IllegalArgumentException("Enrolment by site must not be null");
        }
        Map<String, List<LocalDate>> data = new TreeMap<>();
        bySite.forEach((site, dates) -> {
            Checks.count(dates, 0, Integer.MAX_VALUE, "Enrolment dates of site " + site);
            data.put(site, dates.stream().sorted().toList());
        });
        return new Figure(name, title, WIDTH, HEIGHT, c -> paint(c, data));
    }

    private static void paint(Canvas c, Map<String, List<LocalDate>> bySite) {
        List<LocalDate> all =
                bySite.values().stream().flatMap(List::stream).sorted().toList();
        if (all.isEmpty()) {
            return;
        }
        LocalDate from = all.get(0).withDayOfMonth(1);
        LocalDate to = all.get(all.size() - 1).plusMonths(1).withDayOfMonth(1);
        int max = bySite.values().stream().mapToInt(List::size).max().orElse(1);
        int yMax = niceCeiling(max);
        double plotW = WIDTH - LEFT - RIGHT - LEGEND;
        double plotH = HEIGHT - TOP - BOTTOM;
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        java.util.function.ToDoubleFunction<LocalDate> x = d -> LEFT + plotW * ChronoUnit.DAYS.between(from, d) / span;
        java.util.function.DoubleUnaryOperator y = v -> TOP + plotH * (1 - v / yMax);

        c.begin("axis y");
        int step = Math.max(1, yMax / 5);
        for (int v = 0; v <= yMax; v += step) {
            c.color(GRID);
            c.stroke(1f);
            c.line(LEFT, y.applyAsDouble(v), LEFT + plotW, y.applyAsDouble(v));
            c.color(AXIS);
            c.text(Integer.toString(v), LEFT - 6, y.applyAsDouble(v) + 4, 11f, false, 1);
        }
        c.end();
        c.begin("axis x");
        long months = ChronoUnit.MONTHS.between(from, to);
        int monthStep = (int) Math.max(1, Math.ceil(months / 8.0));
        c.color(AXIS);
        for (LocalDate m = from; !m.isAfter(to); m = m.plusMonths(monthStep)) {
            c.line(x.applyAsDouble(m), TOP + plotH, x.applyAsDouble(m), TOP + plotH + 4);
            c.text(m.toString().substring(0, 7), x.applyAsDouble(m), TOP + plotH + 18, 11f, false, 0);
        }
        c.end();
        int i = 0;
        for (Map.Entry<String, List<LocalDate>> site : bySite.entrySet()) {
            OkabeIto colour = OkabeIto.series(i);
            List<LocalDate> dates = site.getValue();
            double[] xs = new double[2 * dates.size() + 2];
            double[] ys = new double[xs.length];
            xs[0] = x.applyAsDouble(from);
            ys[0] = y.applyAsDouble(0);
            int count = 0;
            for (LocalDate d : dates) {
                xs[2 * count + 1] = x.applyAsDouble(d);
                ys[2 * count + 1] = y.applyAsDouble(count);
                count++;
                xs[2 * count] = x.applyAsDouble(d);
                ys[2 * count] = y.applyAsDouble(count);
            }
            xs[xs.length - 1] = x.applyAsDouble(to);
            ys[ys.length - 1] = y.applyAsDouble(count);
            String label = site.getKey() + " (" + count + ")";
            c.tip("curve", label);
            c.color(colour);
            c.stroke(2.5f);
            c.polyline(xs, ys);
            c.end();
            double ly = TOP + 14 + 18 * i;
            c.begin("legend");
            c.stroke(3f);
            c.line(LEFT + plotW + 16, ly - 4, LEFT + plotW + 36, ly - 4);
            c.color(OkabeIto.BLACK);
            c.text(label, LEFT + plotW + 42, ly, 12f, false, -1);
            c.end();
            i++;
        }
    }

    private static int niceCeiling(int max) {
        for (int nice : new int[] {5, 10, 20, 25, 50, 100, 200, 250, 500, 1000}) {
            if (max <= nice) {
                return nice;
            }
        }
        return (max / 1000 + 1) * 1000;
    }
}
