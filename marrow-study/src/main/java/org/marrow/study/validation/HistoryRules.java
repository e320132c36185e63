package org.marrow.study.validation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.marrow.study.HistoryEntry;
import org.marrow.study.HistoryItem;
import org.marrow.study.RecordField;

/**
 * The rules of a screening history entry: a known item with a value of its kind ({@link
 * HistoryItem#accepts}), or a custom {@code x_} item with any value; a date, if given, not before birth.
 */
final class HistoryRules {
    private static final List<String> ITEMS =
            Arrays.stream(HistoryItem.values()).map(HistoryItem::code).toList();

    private HistoryRules() {}

    static Optional<HistoryEntry> read(Fields f, SubjectContext subject) {
        String item = f.text(RecordField.ITEM);
        Optional<HistoryItem> known = HistoryItem.byCode(item);
        boolean custom = item.startsWith(HistoryItem.CUSTOM_PREFIX) && item.length() > 2;
        if (known.isEmpty() && !custom) {
            f.expected(RecordField.ITEM, "study.history.item", ITEMS);
        } else if (custom) {
            f.optional(RecordField.ITEM, TextLimit.NAME);
        }
        String value = f.optional(RecordField.VALUE, TextLimit.VALUE);
        if (value != null && known.isPresent() && !known.get().accepts(value)) {
            expectValue(f, known.get());
        } else if (value != null && custom && value.isEmpty()) {
            f.expected(RecordField.VALUE, "study.history.value", item);
        }
        LocalDate date = f.date(RecordField.DATE, false);
        Life.check(f, RecordField.DATE, date, subject, false);
        String note = f.optional(RecordField.NOTE, TextLimit.NOTE);
        if (!f.isValid() || subject.subjectId().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HistoryEntry(subject.subjectId().get(), item, value, Optional.ofNullable(date), note));
    }

    private static void expectValue(Fields f, HistoryItem item) {
        List<String> choices = item.choices();
        switch (item.kind()) {
            case YES_NO -> f.expected(RecordField.VALUE, "study.history.yesNo", item.code());
            case WEEKS -> f.expected(RecordField.VALUE, "study.history.weeks", item.code());
            case INTEGER ->
                f.expected(RecordField.VALUE, "study.history.integer", choices.get(0), choices.get(1), item.code());
            case CHOICE -> f.expected(RecordField.VALUE, "study.history.choice", choices, item.code());
            case DATE -> f.expected(RecordField.VALUE, "study.history.date", item.code());
            case TEXT -> f.expected(RecordField.VALUE, "study.history.text", item.code());
        }
    }
}
