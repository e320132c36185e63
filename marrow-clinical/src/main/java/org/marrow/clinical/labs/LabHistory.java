package org.marrow.clinical.labs;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.Unit;

/**
 * All lab results of one subject, held in canonical units and ordered by date: the source from
 * which severity, response and CTCAE grades are derived.
 *
 * <p>Reticulocytes given in % are converted with the red cell count (RBC) of the same date; without
 * one they are kept aside and {@link #whyMissing} names them. Of several results of one test on one
 * date, the last one given wins for {@link #latest}; all are kept for {@link #between}.
 */
public final class LabHistory {
    private final Map<LabTest, List<LabResult>> byTest = new EnumMap<>(LabTest.class);
    private final Map<LabTest, List<LabResult>> unconverted = new EnumMap<>(LabTest.class);

    private final Map<LocalDate, LabValue> redCells = new HashMap<>();

    private LabHistory(Collection<LabResult> results) {
        for (LabResult result : results) {
            if (result.test() == LabTest.RBC) {
                redCells.put(result.date(), result.value());
            }
        }
        for (LabResult result : results) {
            Optional<LabValue> value = canonical(result);
            if (value.isEmpty()) {
                unconverted
                        .computeIfAbsent(LabTest.RETI, t -> new ArrayList<>())
                        .add(result);
                continue;
            }
            byTest.computeIfAbsent(value.get().test(), t -> new ArrayList<>())
                    .add(new LabResult(result.date(), value.get()));
        }
        byTest.values().forEach(list -> list.sort(Comparator.comparing(LabResult::date)));
        unconverted.values().forEach(list -> list.sort(Comparator.comparing(LabResult::date)));
    }

    /**
     * One result of this subject in its test's canonical unit, as this history holds it: reticulocytes in % are
     * converted with the red cell count of the same date (the last one given on that date).
     *
     * @param result a result
     * @return the value in the canonical unit; empty for reticulocytes in % without a red cell count that day
     * @throws NullPointerException if result is null
     */
    public Optional<LabValue> canonical(LabResult result) {
        LabValue value = result.value();
        if (value.test() == LabTest.RETI && value.unit() == Unit.PERCENT) {
            LabValue rbc = redCells.get(result.date());
            if (rbc == null) {
                return Optional.empty();
            }
            value = LabValue.reticulocytesAbsolute(value, rbc);
        }
        return Optional.of(value.inCanonicalUnit());
    }

    /**
     * Builds the history of one subject.
     *
     * @param results the subject's lab results, in any order
     * @return the history
     * @throws NullPointerException if {@code results} or an element is null
     */
    public static LabHistory of(Collection<LabResult> results) {
        results.forEach(Objects::requireNonNull);
        return new LabHistory(results);
    }

    /**
     * The latest result of a test on or before a date, in the canonical unit.
     *
     * @param test the test
     * @param onOrBefore the date
     * @return the result, or empty if there is none
     */
    public Optional<LabResult> latest(LabTest test, LocalDate onOrBefore) {
        LabResult found = null;
        for (LabResult result : byTest.getOrDefault(test, List.of())) {
            if (result.date().isAfter(onOrBefore)) {
                break;
            }
            found = result;
        }
        return Optional.ofNullable(found);
    }

    /**
     * The latest result on or before {@code date} and at most {@code maxAgeDays} days before it.
     *
     * @param test the test
     * @param date the date
     * @param maxAgeDays the largest accepted age in days, &gt;= 0
     * @return the result, or empty if there is none recent enough
     * @throws IllegalArgumentException if {@code maxAgeDays} is negative
     */
    public Optional<LabResult> latestWithin(LabTest test, LocalDate date, long maxAgeDays) {
        checkAge(maxAgeDays);
        return latest(test, date).filter(r -> ChronoUnit.DAYS.between(r.date(), date) <= maxAgeDays);
    }

    /**
     * Says why {@link #latestWithin} found nothing: no result at all, only an older one, or only
     * reticulocytes in % without a red cell count.
     *
     * @param test the test
     * @param date the date
     * @param maxAgeDays the largest accepted age in days, &gt;= 0
     * @return e.g. "no PLAT on or before 2024-03-01" or "PLAT last measured 2024-01-02, 59 days
     *     before 2024-03-01 (at most 7 days)"
     * @throws IllegalArgumentException if {@code maxAgeDays} is negative
     */
    public Message whyMissing(LabTest test, LocalDate date, long maxAgeDays) {
        checkAge(maxAgeDays);
        Optional<LabResult> latest = latest(test, date);
        Optional<LabResult> percent = unconverted.getOrDefault(test, List.of()).stream()
                .filter(r -> !r.date().isAfter(date))
                .reduce((a, b) -> b);
        if (percent.isPresent()
                && (latest.isEmpty()
                        || percent.get().date().isAfter(latest.get().date()))) {
            return Message.of(
                    "clinical.labs.percentWithoutRbc",
                    percent.get().value(),
                    percent.get().date());
        }
        if (latest.isEmpty()) {
            return Message.of("clinical.labs.none", test.code(), date);
        }
        long age = ChronoUnit.DAYS.between(latest.get().date(), date);
        return Message.of("clinical.labs.tooOld", test.code(), latest.get().date(), age, date, maxAgeDays);
    }

    /**
     * All results of a test in a date range, both ends included, in date order.
     *
     * @param test the test
     * @param from the first date
     * @param to the last date
     * @return the results (canonical units)
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public List<LabResult> between(LabTest test, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("End date (" + to + ") must not be before start date (" + from + ")");
        }
        List<LabResult> found = new ArrayList<>();
        for (LabResult result : byTest.getOrDefault(test, List.of())) {
            if (!result.date().isBefore(from) && !result.date().isAfter(to)) {
                found.add(result);
            }
        }
        return found;
    }

    /**
     * The dates on which any of the given tests was measured, ascending.
     *
     * @param tests the tests, e.g. the blood counts
     * @return the dates
     */
    public List<LocalDate> datesOf(Collection<LabTest> tests) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (LabTest test : tests) {
            byTest.getOrDefault(test, List.of()).forEach(r -> dates.add(r.date()));
            unconverted.getOrDefault(test, List.of()).forEach(r -> dates.add(r.date()));
        }
        return List.copyOf(dates);
    }

    private static void checkAge(long maxAgeDays) {
        if (maxAgeDays < 0) {
            throw new IllegalArgumentException("Maximum age in days (" + maxAgeDays + ") must be >= 0");
        }
    }
}
