package org.marrow.examples;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The values of one characteristic of one group of a synthetic cohort, held in slots with bounds so
 * that the published median (range) stays true while the values move: the minimum and maximum are
 * pinned, the middle values are pinned at the median, and the other values stay on their side of it
 * (document 001, Table 1: "Age 44 (13-69)"). Values are integers in units of {@code 10^-scale}.
 */
final class Slots {
    final int[] value;
    final int[] lo;
    final int[] hi;
    final int scale;

    /**
     * Slots of n values with a median and range; {@code nLow} values below the median of a group (for
     * the lowest ones, e.g. VSAA neutrophils, given separately) are bounded by {@code lowCap}.
     */
    Slots(int n, int min, int median, int max, int scale, UniformRandomProvider rng) {
        this.value = new int[n];
        this.lo = new int[n];
        this.hi = new int[n];
        this.scale = scale;
        int half = n / 2;
        for (int i = 0; i < n; i++) {
            if (n % 2 == 0 && (i == half - 1 || i == half) || n % 2 == 1 && i == half) {
                lo[i] = median;
                hi[i] = median;
            } else if (i < half) {
                lo[i] = min;
                hi[i] = median;
            } else {
                lo[i] = median;
                hi[i] = max;
            }
        }
        lo[0] = min;
        hi[0] = min;
        lo[n - 1] = max;
        hi[n - 1] = max;
        for (int i = 0; i < n; i++) {
            value[i] = lo[i] + (hi[i] > lo[i] ? rng.nextInt(hi[i] - lo[i] + 1) : 0);
        }
    }

    /** Narrows a slot's bounds (e.g. VSAA neutrophils below 0.20) and puts its value inside them. */
    void bound(int i, int low, int high) {
        lo[i] = Math.max(lo[i], low);
        hi[i] = Math.min(hi[i], high);
        if (lo[i] > hi[i]) {
            throw new IllegalArgumentException("Slot " + i + " has no room: " + lo[i] + " to " + hi[i]);
        }
        value[i] = Math.min(Math.max(value[i], lo[i]), hi[i]);
    }

    double get(int i) {
        return value[i] / Math.pow(10, scale);
    }

    double[] values() {
        return Arrays.stream(value).mapToDouble(v -> v / Math.pow(10, scale)).toArray();
    }

    /** A move of one free slot to another value within its bounds. */
    Tuner.Move move(UniformRandomProvider rng) {
        int i = rng.nextInt(value.length);
        int old = value[i];
        int next = lo[i] + (hi[i] > lo[i] ? rng.nextInt(hi[i] - lo[i] + 1) : 0);
        return new Tuner.Move() {
            @Override
            public boolean apply() {
                if (next == old) {
                    return false;
                }
                value[i] = next;
                return true;
            }

            @Override
            public void undo() {
                value[i] = old;
            }
        };
    }
}
