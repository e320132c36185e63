package org.marrow.stats.design;

import java.util.function.DoubleUnaryOperator;

/** Bisection to full double precision for monotone functions of a rate on [0, 1]. */
final class Bisection {
    private Bisection() {}

    /**
     * The rate in [0, 1] at which a non-decreasing function crosses the target: the midpoint of
     * the last bracket {@code [a, b]} with {@code f(a) < target <= f(b)}, bisected until b - a is
     * a few ulps of b (at most 1100 halvings, enough to reach the smallest doubles). The caller
     * makes sure that {@code f(0) < target <= f(1)}.
     */
    static double increasing(DoubleUnaryOperator f, double target) {
        double a = 0;
        double b = 1;
        for (int i = 0; i < 1100; i++) {
            double m = a + (b - a) / 2;
            if (b - a <= 4 * Math.ulp(b) || m <= a || m >= b) {
                break;
            }
            if (f.applyAsDouble(m) < target) {
                a = m;
            } else {
                b = m;
            }
        }
        return a + (b - a) / 2;
    }

    /** As {@link #increasing} for a non-increasing function with {@code f(0) > target >= f(1)}. */
    static double decreasing(DoubleUnaryOperator f, double target) {
        return increasing(p -> -f.applyAsDouble(p), -target);
    }
}
