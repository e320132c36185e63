package org.marrow.protocol.eligibility;

import java.util.Objects;
import java.util.OptionalInt;
import org.marrow.clinical.message.Message;

/**
 * A temporal lab criterion: the lab criterion met on at least {@code times} results, each at least
 * {@code minIntervalDays} after the previous one counted, optionally consecutively (no failing
 * result in between) and within a look-back window (document 002: "Platelet counts &lt; 50 x 10^9/L
 * at least 2 times consecutively (time interval &gt;= 1 week)").
 *
 * @param lab the criterion each result must meet (its own maximum age is ignored)
 * @param times how many qualifying results, at least 2
 * @param minIntervalDays the least number of days between counted results, at least 0
 * @param consecutive whether the counted results must not be separated by a failing one
 * @param withinDays the look-back window before the screening date, if limited
 */
public record RepeatedLabCriterion(
        LabCriterion lab, int times, int minIntervalDays, boolean consecutive, OptionalInt withinDays)
        implements Criterion {

    /**
     * Checks the criterion.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code times < 2}, {@code minIntervalDays < 0} or the
     *     window is not positive
     */
    public RepeatedLabCriterion {
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(withinDays, "withinDays");
        if (times < 2) {
            throw new IllegalArgumentException("Repetitions (" + times + ") must be >= 2");
        }
        if (minIntervalDays < 0) {
            throw new IllegalArgumentException("Minimum interval (" + minIntervalDays + " days) must be >= 0");
        }
        if (withinDays.isPresent() && withinDays.getAsInt() < 1) {
            throw new IllegalArgumentException("Look-back window (" + withinDays.getAsInt() + " days) must be >= 1");
        }
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.repeated(this);
    }

    @Override
    public Message describe() {
        Message text = Message.of(
                consecutive ? "protocol.criterion.repeatedConsecutively" : "protocol.criterion.repeated",
                lab.describe(),
                times,
                minIntervalDays);
        return withinDays.isPresent()
                ? Message.of("protocol.criterion.repeatedWithin", text, withinDays.getAsInt())
                : text;
    }
}
