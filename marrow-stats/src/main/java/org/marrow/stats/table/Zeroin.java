package org.marrow.stats.table;

import java.util.function.DoubleUnaryOperator;

/**
 * Brent's (1973) root finder in the form R's {@code uniroot} uses ({@code R_zeroin2} in R's
 * {@code zeroin.c}, after the netlib {@code zeroin}), step by step, so that a root R finds with
 * its default tolerance {@code .Machine$double.eps^0.25} is found here too, not a more precise one.
 */
final class Zeroin {
    /** R's default {@code uniroot} tolerance, {@code .Machine$double.eps^0.25}. */
    static final double R_TOLERANCE = 0x1p-13;

    private static final int R_MAX_ITERATIONS = 1000;
    private static final double EPSILON = Math.ulp(1.0);

    private Zeroin() {}

    /**
     * The root of {@code f} in {@code [lower, upper]} as {@code uniroot(f, c(lower, upper))$root}.
     *
     * @throws IllegalStateException if f has the same sign at both ends or is NaN
     */
    static double uniroot(DoubleUnaryOperator f, double lower, double upper) {
        double fa = finite(f.applyAsDouble(lower));
        double fb = finite(f.applyAsDouble(upper));
        if (fa * fb > 0) {
            throw new IllegalStateException("f() values at end points not of opposite sign");
        }
        double a = lower;
        double b = upper;
        double c = a;
        double fc = fa;
        if (fa == 0) {
            return a;
        }
        if (fb == 0) {
            return b;
        }
        for (int iteration = 0; iteration <= R_MAX_ITERATIONS; iteration++) {
            double previousStep = b - a;
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tolerance = 2 * EPSILON * Math.abs(b) + R_TOLERANCE / 2;
            double step = (c - b) / 2;
            if (Math.abs(step) <= tolerance || fb == 0) {
                return b;
            }
            if (Math.abs(previousStep) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
                double p;
                double q;
                double cb = c - b;
                if (a == c) {
                    double t1 = fb / fa;
                    p = cb * t1;
                    q = 1.0 - t1;
                } else {
                    q = fa / fc;
                    double t1 = fb / fc;
                    double t2 = fb / fa;
                    p = t2 * (cb * q * (q - t1) - (b - a) * (t1 - 1.0));
                    q = (q - 1.0) * (t1 - 1.0) * (t2 - 1.0);
                }
                if (p > 0) {
                    q = -q;
                } else {
                    p = -p;
                }
                if (p < (0.75 * cb * q - Math.abs(tolerance * q) / 2) && p < Math.abs(previousStep * q / 2)) {
                    step = p / q;
                }
            }
            if (Math.abs(step) < tolerance) {
                step = step > 0 ? tolerance : -tolerance;
            }
            a = b;
            fa = fb;
            b += step;
            fb = finite(f.applyAsDouble(b));
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
                c = a;
                fc = fa;
            }
        }
        // R warns "_NOT_ converged" and returns the last approximation.
        return b;
    }

    /** As R's zeroin callback: infinite values are clamped, NaN is an error. */
    private static double finite(double v) {
        if (Double.isNaN(v)) {
            throw new IllegalStateException("f() is NaN");
        }
        return Math.max(-Double.MAX_VALUE, Math.min(Double.MAX_VALUE, v));
    }
}
