package org.marrow.dataset;

import java.util.List;
import org.marrow.clinical.message.Message;
import org.marrow.study.RecordField;
import org.marrow.study.validation.Entry;
import org.marrow.study.validation.Problem;
import org.marrow.study.validation.Problems;

/**
 * A row of a data set file as the study validation reads it ({@link Entry}); the problems it reports
 * are turned into {@link DatasetProblem}s at {@code file:line:column}. One instance serves every row
 * of a part of a file in turn ({@link #on}).
 */
final class Cells implements Entry {
    private final Columns columns;
    private final List<DatasetProblem> out;
    private final Problems problems = new Problems();
    private CsvFile.Row row;

    Cells(Columns columns, List<DatasetProblem> out) {
        this.columns = columns;
        this.out = out;
    }

    /** Moves on to a row. */
    Cells on(CsvFile.Row row) {
        this.row = row;
        return this;
    }

    /** Where the study validation reports this row's problems; {@link #flush} moves them out. */
    Problems problems() {
        return problems;
    }

    long line() {
        return row.line();
    }

    @Override
    public String text(RecordField field) {
        int position = columns.position(field);
        return position < 0 ? "" : row.text(position);
    }

    int columnNumber(RecordField field) {
        return columns.position(field) + 1;
    }

    /** Moves the problems the study validation reported for this row out, located in the file. */
    void flush() {
        if (!problems.isEmpty()) {
            for (Problem problem : problems.list()) {
                out.add(located(problem));
            }
            problems.clear();
        }
    }

    private DatasetProblem located(Problem p) {
        String column = p.field().fieldName();
        String code =
                switch (p.kind()) {
                    case EXPECTED -> "dataset.cell.expected";
                    case REFUSED, DOUBTFUL -> "dataset.cell.refused";
                };
        return new DatasetProblem(
                p.isError() ? DatasetProblem.Level.ERROR : DatasetProblem.Level.WARNING,
                row.file(),
                row.line(),
                columnNumber(p.field()),
                column,
                p.value(),
                Message.of(code, column, p.value(), p.message()));
    }

    /** A problem the reader itself finds in this row (not the study validation's): an error. */
    void expected(RecordField field, Message expected) {
        String value = text(field);
        out.add(new DatasetProblem(
                DatasetProblem.Level.ERROR,
                row.file(),
                row.line(),
                columnNumber(field),
                field.fieldName(),
                value,
                Message.of("dataset.cell.expected", field.fieldName(), value, expected)));
    }
}
