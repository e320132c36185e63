package org.marrow.stats.randomization;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One stratum: a level of every stratification factor. A design without factors has one stratum,
 * labelled {@value #UNSTRATIFIED}.
 *
 * @param index the 0-based position of the stratum in {@link PermutedBlockDesign#strata()}; it selects
 *     the stratum's random stream
 * @param levels factor name to level, in factor order
 */
public record Stratum(int index, Map<String, String> levels) {

    /** The label of the single stratum of an unstratified design. */
    public static final String UNSTRATIFIED = "all";

    /**
     * Copies the levels, keeping their order.
     *
     * @throws IllegalArgumentException if the index is negative
     */
    public Stratum {
        if (index < 0) {
            throw new IllegalArgumentException("Stratum index (" + index + ") must be >= 0");
        }
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }

    /**
     * The stratum label, {@code factor=level} pairs joined by {@code ;} in factor order, e.g.
     * {@code site=A;severity=SAA}, or {@value #UNSTRATIFIED} without factors.
     *
     * @return the label
     */
    public String label() {
        if (levels.isEmpty()) {
            return UNSTRATIFIED;
        }
        StringJoiner j = new StringJoiner(";");
        levels.forEach((k, v) -> j.add(k + "=" + v));
        return j.toString();
    }
}
