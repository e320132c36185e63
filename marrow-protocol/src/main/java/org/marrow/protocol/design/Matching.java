package org.marrow.protocol.design;

import java.util.List;
import java.util.Objects;

/**
 * Matched historical controls (document 001: 32 patients, 96 controls, 1:3).
 *
 * @param ratio controls per treated patient, at least 1
 * @param keys the matching variables
 * @param controlArm the arm id of the controls
 */
public record Matching(int ratio, List<String> keys, String controlArm) {

    /**
     * Checks and copies the matching.
     *
     * @throws NullPointerException if {@code controlArm} is null
     * @throws IllegalArgumentException if {@code ratio < 1} or {@code keys} is empty
     */
    public Matching {
        Objects.requireNonNull(controlArm, "controlArm");
        keys = List.copyOf(keys);
        if (ratio < 1) {
            throw new IllegalArgumentException("Matching ratio (1:" + ratio + ") must be at least 1:1");
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("Matching needs at least one key");
        }
    }
}
