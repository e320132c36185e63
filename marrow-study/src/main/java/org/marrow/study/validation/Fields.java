package org.marrow.study.validation;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.marrow.clinical.message.Message;
import org.marrow.study.RecordField;

/**
 * The fields of one entry being read: each parsed by its kind (text, date, decimal, whole number), each
 * bad one reported as a {@link Problem}. One instance reads many entries in turn ({@link #on}); it
 * keeps the dates and numbers it has parsed, so that a value written a million times in a data set is
 * parsed and held once. Not thread-safe.
 */
final class Fields {
    private static final int MAX_CACHED = 1 << 16;

    private final LocalDate today;
    private final Map<String, LocalDate> dates = new HashMap<>();
    private final Map<String, BigDecimal> decimals = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private Entry entry;
    private Problems problems;
    private int errorsBefore;

    Fields(LocalDate today) {
        this.today = today;
    }

    /** Moves on to an entry, reporting to {@code problems}. */
    Fields on(Entry entry, Problems problems) {
        this.entry = entry;
        this.problems = problems;
        this.errorsBefore = problems.errorCount();
        return this;
    }

    LocalDate today() {
        return today;
    }

    /** Whether no error was reported for this entry so far. */
    boolean isValid() {
        return problems.errorCount() == errorsBefore;
    }

    /** The text of a field; empty if absent. */
    String text(RecordField field) {
        String text = entry.text(field);
        return text == null ? "" : text;
    }

    /** A text that recurs (a unit as written), held once. */
    String shared(String text) {
        if (texts.size() >= MAX_CACHED) {
            return text;
        }
        String known = texts.putIfAbsent(text, text);
        return known == null ? text : known;
    }

    void expected(RecordField field, String code, Object... args) {
        report(Problem.Kind.EXPECTED, field, code, args);
    }

    void refused(RecordField field, String code, Object... args) {
        report(Problem.Kind.REFUSED, field, code, args);
    }

    void doubtful(RecordField field, String code, Object... args) {
        report(Problem.Kind.DOUBTFUL, field, code, args);
    }

    private void report(Problem.Kind kind, RecordField field, String code, Object... args) {
        problems.add(new Problem(kind, field, text(field), Message.of(code, args)));
    }

    /** A non-empty text within its limit, or null (reported). */
    String required(RecordField field, TextLimit limit, String code, Object... args) {
        String text = text(field);
        if (text.isEmpty()) {
            expected(field, code, args);
            return null;
        }
        return within(field, text, limit) ? text : null;
    }

    /** A text, possibly empty, within its limit; null if too long (reported). */
    String optional(RecordField field, TextLimit limit) {
        String text = text(field);
        return within(field, text, limit) ? text : null;
    }

    private boolean within(RecordField field, String text, TextLimit limit) {
        if (limit.admits(text)) {
            return true;
        }
        expected(field, "study.text.tooLong", limit.characters());
        return false;
    }

    /**
     * A date, YYYY-MM-DD, from 1900-01-01 to today (every date of a source record is observed, none is
     * planned); null if empty, or bad (reported).
     */
    LocalDate date(RecordField field, boolean required) {
        String text = text(field);
        if (text.isEmpty()) {
            if (required) {
                expected(field, "study.date");
            }
            return null;
        }
        LocalDate date = dates.get(text);
        if (date == null) {
            try {
                date = Syntax.date(text);
            } catch (DateTimeException e) {
                expected(field, required ? "study.date" : "study.date.orEmpty");
                return null;
            }
            if (dates.size() < MAX_CACHED) {
                dates.put(text, date);
            }
        }
        if (date.isBefore(Limits.EARLIEST_DATE)) {
            expected(field, "study.date.tooEarly", Limits.EARLIEST_DATE);
            return null;
        }
        if (date.isAfter(today)) {
            expected(field, "study.date.future", today);
            return null;
        }
        return date;
    }

    /** A date read without reporting anything: null if empty or bad. */
    LocalDate quietDate(RecordField field) {
        String text = text(field);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Syntax.date(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A plain decimal ({@code 9.5}, no exponent); null if empty or bad (reported as {@code code}). */
    BigDecimal decimal(RecordField field, boolean signed, String code, Object... args) {
        String text = text(field);
        if (!Syntax.isPlainDecimal(text, signed)) {
            expected(field, code, args);
            return null;
        }
        return parsedDecimal(text);
    }

    /** A plain decimal, null if empty; bad text is reported as {@code code}. */
    BigDecimal optionalDecimal(RecordField field, boolean signed, String code, Object... args) {
        return text(field).isEmpty() ? null : decimal(field, signed, code, args);
    }

    private BigDecimal parsedDecimal(String text) {
        BigDecimal value = decimals.get(text);
        if (value == null) {
            value = new BigDecimal(text);
            if (decimals.size() < MAX_CACHED) {
                decimals.put(text, value);
            }
        }
        return value;
    }

    /** A whole number within a range; null if empty, not whole, or outside (reported as {@code code}). */
    Integer integer(RecordField field, Range range, String code, Object... args) {
        String text = text(field);
        if (!Syntax.isInteger(text)) {
            expected(field, code, args);
            return null;
        }
        BigDecimal value = text.length() > 10 ? new BigDecimal(text) : BigDecimal.valueOf(Long.parseLong(text));
        if (!range.contains(value)) {
            expected(field, code, args);
            return null;
        }
        return value.intValueExact();
    }
}
