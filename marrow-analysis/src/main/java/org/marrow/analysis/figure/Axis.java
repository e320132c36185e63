package org.marrow.analysis.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A linear axis: maps data values to drawing coordinates and chooses round tick values. */
final class Axis {
    final double lo;
    final double hi;
    final double from;
    final double to;
    final double step;

    private Axis(double lo, double hi, double from, double to, double step) {
        this.lo = lo;
        this.hi = hi;
        this.from = from;
        this.to = to;
        this.step = step;
    }

    /** An axis over [lo, hi] with a fixed tick step, drawn from coordinate 'from' to 'to'. */
    static Axis of(double lo, double hi, double step, double from, double to) {
        return new Axis(lo, hi, from, to, step);
    }

    /** An axis from 0 (or lo) to at least max, extended to a round tick value, about 'ticks' ticks. */
    static Axis rounded(double lo, double max, int ticks, double from, double to) {
        double span = Math.max(max - lo, 1e-9);
        double step = niceStep(span / ticks);
        double hi = lo + Math.ceil(span / step - 1e-9) * step;
        return new Axis(lo, hi, from, to, step);
    }

    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    double map(double value) {
        return from + (value - lo) / (hi - lo) * (to - from);
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        int count = (int) Math.round((hi - lo) / step);
        for (int i = 0; i <= count; i++) {
            ticks.add(lo + i * step);
        }
        return ticks;
    }

    /** A tick label without trailing zeros or floating-point noise (0.30000000000000004 -> 0.3). */
    static String label(double value) {
        BigDecimal d = new BigDecimal(Double.toString(value)).setScale(6, java.math.RoundingMode.HALF_UP);
        d = d.stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.toPlainString();
    }
}
