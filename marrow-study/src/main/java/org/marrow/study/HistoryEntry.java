package org.marrow.study;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of {@code screening_history.csv}: one screening history item of a subject.
 *
 * @param subjectId the subject
 * @param item the item's code: a {@link HistoryItem} code or a custom code starting with {@code x_}
 * @param value the value as written, valid for the item
 * @param date the date the item refers to (e.g. the last dose of a prior therapy), if given
 * @param note free text, may be empty
 */
public record HistoryEntry(String subjectId, String item, String value, Optional<LocalDate> date, String note) {

    /**
     * Checks the entry.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the item is neither a known nor a custom ({@code x_}) code,
     *     or the value is not valid for a known item
     */
    public HistoryEntry {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(note, "note");
        Optional<HistoryItem> known = HistoryItem.byCode(item);
        if (known.isEmpty() && !(item.startsWith(HistoryItem.CUSTOM_PREFIX) && item.length() > 2)) {
            throw new IllegalArgumentException(
                    "Screening history item '" + item + "' is not recognised; expected one of " + HistoryItem.codes()
                            + ", or a custom item starting with x_");
        }
        if (known.isPresent() && !known.get().accepts(value)) {
            throw new IllegalArgumentException("Screening history item " + item + " has value '" + value
                    + "'; expected " + known.get().expectation());
        }
        if (known.isEmpty() && value.isBlank()) {
            throw new IllegalArgumentException("Screening history item " + item + " must have a value");
        }
    }

    /**
     * The known item, if the code is one.
     *
     * @return the item, or empty for a custom item
     */
    public Optional<HistoryItem> knownItem() {
        return HistoryItem.byCode(item);
    }

    /**
     * The value of a yes/no item.
     *
     * @return true for {@code yes}
     * @throws IllegalStateException if the item is not a yes/no item
     */
    public boolean isYes() {
        requireKind(HistoryItem.Kind.YES_NO);
        return value.equals("yes");
    }

    /**
     * The value of a number of weeks or an integer item.
     *
     * @return the number
     * @throws IllegalStateException if the item is not a weeks or integer item
     */
    public BigDecimal number() {
        HistoryItem.Kind kind = knownItem().map(HistoryItem::kind).orElse(HistoryItem.Kind.TEXT);
        if (kind != HistoryItem.Kind.WEEKS && kind != HistoryItem.Kind.INTEGER) {
            throw new IllegalStateException("Screening history item " + item + " is not a number");
        }
        return new BigDecimal(value);
    }

    /**
     * The value of a date item.
     *
     * @return the date
     * @throws IllegalStateException if the item is not a date item
     */
    public LocalDate dateValue() {
        requireKind(HistoryItem.Kind.DATE);
        return LocalDate.parse(value);
    }

    private void requireKind(HistoryItem.Kind kind) {
        if (knownItem().map(HistoryItem::kind).orElse(HistoryItem.Kind.TEXT) != kind) {
            throw new IllegalStateException("Screening history item " + item + " is not a " + kind + " item");
        }
    }
}
