package org.marrow.protocol.model;

import java.util.Optional;
import java.util.OptionalInt;
import org.marrow.clinical.message.Message;

/**
 * A range of study days, both ends included; day 1 is the first day of treatment (ARCHITECTURE.md,
 * principle 5). An open end means "continuing" (document 000: CsA "maintained throughout").
 *
 * @param from the first day, at least 1
 * @param to the last day, at least {@code from}, or empty when open-ended
 */
public record DayRange(int from, OptionalInt to) {

    /**
     * Checks the range.
     *
     * @throws NullPointerException if {@code to} is null
     * @throws IllegalArgumentException if {@code from < 1} or {@code to < from}
     */
    public DayRange {
        if (from < 1) {
            throw new IllegalArgumentException(
                    "First study day (" + from + ") must be >= 1 (day 1 is the first day of treatment)");
        }
        if (to.isPresent() && to.getAsInt() < from) {
            throw new IllegalArgumentException(
                    "Last study day (" + to.getAsInt() + ") must be >= the first (" + from + ")");
        }
    }

    /**
     * A closed range.
     *
     * @param from the first day
     * @param to the last day
     * @return the range
     * @throws IllegalArgumentException as the constructor
     */
    public static DayRange of(int from, int to) {
        return new DayRange(from, OptionalInt.of(to));
    }

    /**
     * Whether the day is in the range.
     *
     * @param day a study day
     * @return true if {@code from <= day <= to}
     */
    public boolean contains(int day) {
        return day >= from && (to.isEmpty() || day <= to.getAsInt());
    }

    /**
     * Whether two ranges share a day.
     *
     * @param other the other range
     * @return true if some day is in both
     */
    public boolean overlaps(DayRange other) {
        return (to.isEmpty() || other.from <= to.getAsInt()) && (other.to.isEmpty() || from <= other.to.getAsInt());
    }

    /**
     * The number of days, if closed.
     *
     * @return {@code to - from + 1}, or empty when open-ended
     */
    public Optional<Integer> length() {
        return to.isPresent() ? Optional.of(to.getAsInt() - from + 1) : Optional.empty();
    }

    /**
     * The range in words, e.g. "days 29-30" or "from day 1".
     *
     * @return the message
     */
    public Message message() {
        if (to.isEmpty()) {
            return Message.of("protocol.days.from", from);
        }
        return to.getAsInt() == from
                ? Message.of("protocol.days.one", from)
                : Message.of("protocol.days.range", from, to.getAsInt());
    }

    /** E.g. {@code "days 29-30"} or {@code "from day 1"}. */
    @Override
    public String toString() {
        if (to.isEmpty()) {
            return "from day " + from;
        }
        return to.getAsInt() == from ? "day " + from : "days " + from + "-" + to.getAsInt();
    }
}
