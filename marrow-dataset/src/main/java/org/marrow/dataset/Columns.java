package org.marrow.dataset;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.marrow.clinical.message.Message;
import org.marrow.study.RecordField;

/**
 * Where each field of a data set file is in its rows, from the header: checked for empty, duplicate,
 * unknown and missing columns.
 */
final class Columns {
    private final int[] positions;

    private Columns(int[] positions) {
        this.positions = positions;
    }

    /**
     * Checks a header against its file's columns.
     *
     * @return the columns, or null if a required column is missing or one is named twice (reported)
     */
    static Columns of(DatasetFile file, CsvFile csv, Consumer<DatasetProblem> problems) {
        int[] positions = new int[RecordField.values().length];
        Arrays.fill(positions, -1);
        List<String> header = csv.header();
        List<RecordField> fields = file.recordType().fields();
        boolean usable = true;
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            RecordField field = fields.stream()
                    .filter(f -> f.fieldName().equals(column))
                    .findFirst()
                    .orElse(null);
            if (column.isEmpty()) {
                problems.accept(DatasetProblem.lineError(
                        csv.name(),
                        csv.headerLine(),
                        i + 1,
                        Message.of("dataset.header.empty", file.describeColumns())));
            } else if (header.subList(0, i).contains(column)) {
                problems.accept(DatasetProblem.lineError(
                        csv.name(), csv.headerLine(), i + 1, Message.of("dataset.header.duplicate", column)));
                usable = false;
            } else if (field == null) {
                problems.accept(DatasetProblem.lineError(
                        csv.name(),
                        csv.headerLine(),
                        i + 1,
                        Message.of("dataset.header.unknown", column, file.describeColumns())));
            } else {
                positions[field.ordinal()] = i;
            }
        }
        for (RecordField field : fields) {
            if (positions[field.ordinal()] < 0 && !file.recordType().isOptional(field)) {
                problems.accept(DatasetProblem.lineError(
                        csv.name(),
                        csv.headerLine(),
                        0,
                        Message.of("dataset.header.missing", field.fieldName(), file.describeColumns())));
                usable = false;
            }
        }
        return usable ? new Columns(positions) : null;
    }

    /** The 0-based position of a field's column, or -1 if the header does not have it. */
    int position(RecordField field) {
        return positions[field.ordinal()];
    }
}
