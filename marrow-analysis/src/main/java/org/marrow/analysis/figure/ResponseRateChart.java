package org.marrow.analysis.figure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Bar chart of the overall, superior and complete response rates at each timepoint, with their
 * confidence intervals as error bars and "x/n" under each bar (document 000 Figure 2; document 001
 * Figure 1A-B).
 */
public final class ResponseRateChart {
    static final int WIDTH = 480;
    static final int HEIGHT = 300;
    private static final String[] MEASURES = {"ORR", "Superior response", "CR"};
    private static final OkabeIto[] COLOURS = {OkabeIto.BLUE, OkabeIto.BLUISH_GREEN, OkabeIto.VERMILLION};

    private ResponseRateChart() {}

    /**
     * Draws the chart.
     *
     * @param name the figure's file name, for example {@code "response-rates"}
     * @param title the figure's title
     * @param timepoints the rates at each timepoint, in the order to show (1 to 8 timepoints)
     * @param intervalNote how the intervals were computed, printed under the chart, for example
     *     {@code "95% Clopper-Pearson confidence intervals"}
     * @return the figure
     * @throws IllegalArgumentException if the name is not a valid file name, the title or note is
     *     blank, or there are no timepoints or more than 8
     */
    public static Figure of(String name, String title, List<TimepointRates> timepoints, String intervalNote) {
        Figure.checkName(name);
        Checks.text(title, "Figure title");
        Checks.text(intervalNote, "Interval note");
        Checks.count(timepoints, 1, 8, "Timepoints of a response rate chart");
        List<TimepointRates> data = List.copyOf(timepoints);
        return new Figure(name, title, WIDTH, HEIGHT, c -> paint(c, title, data, intervalNote));
    }

    private static void paint(Canvas c, String title, List<TimepointRates> data, String note) {
        double left = 52;
        double right = WIDTH - 12;
        double top = 48;
        double bottom = 232;
        c.title(title, 8);
        legend(c, right, 30);

        Axis y = Axis.of(0, 100, 20, bottom, top);
        c.begin("axis y");
        for (double t : y.ticks()) {
            c.color(new java.awt.Color(0xDDDDDD));
            c.stroke(0.5f);
            c.line(left, y.map(t), right, y.map(t));
            c.color(OkabeIto.BLACK);
            c.textMiddle(Axis.label(t), left - 4, y.map(t), Canvas.TEXT_SIZE, false, 1);
        }
        c.verticalText("Patients (%)", 14, (top + bottom) / 2, Canvas.LABEL_SIZE, false);
        c.stroke(0.8f);
        c.line(left, bottom, right, bottom);
        c.line(left, top, left, bottom);
        c.end();

        double groupWidth = (right - left) / data.size();
        double barWidth = Math.min(36, groupWidth * 0.8 / MEASURES.length);
        for (int i = 0; i < data.size(); i++) {
            TimepointRates tp = data.get(i);
            double centre = left + groupWidth * (i + 0.5);
            Rate[] rates = {tp.orr(), tp.superior(), tp.cr()};
            for (int m = 0; m < rates.length; m++) {
                Rate r = rates[m];
                double x = centre + (m - 1.5) * barWidth;
                bar(c, tp.timepoint(), MEASURES[m], COLOURS[m], r, x, barWidth, y, bottom);
            }
            c.color(OkabeIto.BLACK);
            c.text(tp.timepoint() + " (n = " + tp.n() + ")", centre, bottom + 28, Canvas.LABEL_SIZE, true, 0);
        }
        c.color(OkabeIto.BLACK);
        c.text("Timepoint", (left + right) / 2, bottom + 46, Canvas.LABEL_SIZE, false, 0);
        c.text("Error bars: " + note + ".", 8, HEIGHT - 8, Canvas.TEXT_SIZE, false, -1);
    }

    private static void bar(
            Canvas c,
            String timepoint,
            String measure,
            OkabeIto colour,
            Rate r,
            double x,
            double w,
            Axis y,
            double bottom) {
        String pct = percent(r.x(), r.n());
        c.begin(
                "bar",
                timepoint + " " + measure + ": " + r.x() + "/" + r.n() + " = " + pct + "% (" + percent(r.lower()) + "-"
                        + percent(r.upper()) + ")");
        c.color(colour);
        double yTop = y.map(100 * r.estimate());
        c.fillRect(x + 1, yTop, w - 2, bottom - yTop);
        c.color(OkabeIto.BLACK);
        c.stroke(0.8f);
        double mid = x + w / 2;
        double lo = y.map(100 * r.lower());
        double hi = y.map(100 * r.upper());
        c.line(mid, lo, mid, hi);
        c.line(mid - 4, lo, mid + 4, lo);
        c.line(mid - 4, hi, mid + 4, hi);
        c.text(pct, mid, hi - 3, Canvas.TEXT_SIZE, false, 0);
        c.text(r.x() + "/" + r.n(), mid, bottom + 12, Canvas.TEXT_SIZE, false, 0);
        c.end();
    }

    private static void legend(Canvas c, double right, double y) {
        c.begin("legend");
        double x = right;
        for (int m = MEASURES.length - 1; m >= 0; m--) {
            double w = c.width(MEASURES[m], Canvas.TEXT_SIZE, false);
            x -= w;
            c.color(OkabeIto.BLACK);
            c.text(MEASURES[m], x, y + 3, Canvas.TEXT_SIZE, false, -1);
            x -= 12;
            c.color(COLOURS[m]);
            c.fillRect(x, y - 4, 9, 9);
            x -= 10;
        }
        c.end();
    }

    /** 100 x / n to one decimal, rounded half up on the exact quotient. */
    static String percent(int x, int n) {
        return BigDecimal.valueOf(100L * x)
                .divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    static String percent(double p) {
        return new BigDecimal(Double.toString(100 * p))
                .setScale(1, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
