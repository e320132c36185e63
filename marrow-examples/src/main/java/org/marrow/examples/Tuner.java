package org.marrow.examples;

import java.util.function.DoubleSupplier;
import java.util.function.IntPredicate;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A seeded local search that moves values of a synthetic cohort until statistics computed from them
 * print as a document prints them (a P value to three decimals): each step proposes a move, keeps it
 * when the constraints hold and the distance to the targets does not grow (and, one time in fifty,
 * when it grows by less than 0.5, to leave a plateau), and undoes it otherwise. Deterministic for a
 * seed.
 */
final class Tuner {
    private Tuner() {}

    /** A proposed change that can be undone. */
    interface Move {
        /** Applies the move; false if it cannot be made (nothing changed). */
        boolean apply();

        /** Undoes an applied move. */
        void undo();
    }

    /**
     * Runs the search.
     *
     * @param rng the random stream
     * @param propose proposes a move from the current state
     * @param valid whether the current state meets every constraint
     * @param distance the distance of the current state to the targets, 0 when all are met
     * @param steps the most steps to try
     * @param what what is tuned and where it stands, for the error message
     * @throws IllegalStateException if the targets are not met within the steps
     */
    static void run(
            UniformRandomProvider rng,
            java.util.function.Function<UniformRandomProvider, Move> propose,
            java.util.function.BooleanSupplier valid,
            DoubleSupplier distance,
            int steps,
            java.util.function.Supplier<String> what) {
        double current = distance.getAsDouble();
        for (int i = 0; i < steps && current > 0; i++) {
            Move m = propose.apply(rng);
            if (!m.apply()) {
                continue;
            }
            double d = valid.getAsBoolean() ? distance.getAsDouble() : Double.POSITIVE_INFINITY;
            // Mostly downhill; now and then a slightly worse state, to leave a plateau.
            if (d <= current || d < current + 0.5 && rng.nextInt(50) == 0) {
                current = d;
            } else {
                m.undo();
            }
        }
        if (current > 0) {
            throw new IllegalStateException(what.get() + " not reached (distance " + current + ")");
        }
    }

    /**
     * The distance of a P value to the interval it prints in with three decimals: 0 inside, else the
     * distance on the log scale.
     *
     * @param p the P value
     * @param printed the printed value, e.g. 0.019 (0.000 for "P = 0.000": below 0.0005)
     * @return the distance
     */
    static double pDistance(double p, double printed) {
        double lo = Math.max(printed - 0.0005, 0);
        double hi = printed + 0.0005;
        if (p >= lo && p < hi) {
            return 0;
        }
        double target = printed == 0 ? 0.0002 : printed;
        return Math.abs(Math.log(Math.max(p, 1e-300)) - Math.log(target)) + 1e-6;
    }

    /** A predicate over indices, for readability of callers. */
    interface Index extends IntPredicate {}
}
