package org.marrow.protocol.model;

import java.time.LocalDate;
import java.util.Objects;
import org.marrow.clinical.message.Message;

/**
 * A span of time as a protocol states it ("4 weeks", "6 months"), kept in its own unit so that
 * months stay calendar months.
 *
 * @param amount how many units, at least 0
 * @param unit the unit
 */
public record Period(int amount, TimeUnit unit) {

    /**
     * Checks the period.
     *
     * @throws NullPointerException if {@code unit} is null
     * @throws IllegalArgumentException if {@code amount < 0}
     */
    public Period {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException("Period (" + amount + " " + unit.key() + ") must be >= 0");
        }
    }

    /**
     * The date this period after {@code date}.
     *
     * @param date the start
     * @return {@code date} plus the period
     */
    public LocalDate after(LocalDate date) {
        return switch (unit) {
            case DAYS -> date.plusDays(amount);
            case WEEKS -> date.plusWeeks(amount);
            case MONTHS -> date.plusMonths(amount);
            case YEARS -> date.plusYears(amount);
        };
    }

    /**
     * The date this period before {@code date}.
     *
     * @param date the end
     * @return {@code date} minus the period
     */
    public LocalDate before(LocalDate date) {
        return switch (unit) {
            case DAYS -> date.minusDays(amount);
            case WEEKS -> date.minusWeeks(amount);
            case MONTHS -> date.minusMonths(amount);
            case YEARS -> date.minusYears(amount);
        };
    }

    /**
     * Approximate length in days (months as 30.4375 days, years as 365.25), for ordering and
     * overlap checks only; dates use {@link #after(LocalDate)}.
     *
     * @return the approximate number of days
     */
    public double approximateDays() {
        return switch (unit) {
            case DAYS -> amount;
            case WEEKS -> amount * 7.0;
            case MONTHS -> amount * 30.4375;
            case YEARS -> amount * 365.25;
        };
    }

    /**
     * The period in words, e.g. "4 weeks" ("4 周" in Chinese).
     *
     * @return the message
     */
    public Message message() {
        return Message.of("protocol.period", amount, unit);
    }

    /** E.g. {@code "4 weeks"}. */
    @Override
    public String toString() {
        return amount + " " + unit.key();
    }
}
