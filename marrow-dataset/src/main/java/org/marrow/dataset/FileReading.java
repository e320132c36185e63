package org.marrow.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.marrow.clinical.message.Message;
import org.marrow.study.validation.RecordReader;
import org.marrow.study.validation.StudyValidation;

/**
 * The reading of one data set file: its bytes and header checked, its rows cut into parts that can be
 * read in parallel, each part with its own record reader, problems, records and lines; {@link #finish}
 * joins them in file order. The rows themselves are mapped by a {@link RowMapper}.
 *
 * @param <T> the kind of record
 */
final class FileReading<T> {
    /** Maps one row to its record, reporting its problems to the row's cells. */
    @FunctionalInterface
    interface RowMapper<T> {
        /**
         * The record of a row.
         *
         * @return the record, or empty if the row has an error
         */
        Optional<T> map(Cells cells, RecordReader reader);
    }

    private final DatasetFile file;
    private final RowMapper<T> mapper;
    private final boolean inParts;
    private final boolean keepLines;
    private final List<DatasetProblem> problems = new ArrayList<>();
    private final List<PartReading> parts = new ArrayList<>();
    private boolean exists;
    private Columns columns;

    /**
     * @param inParts whether the rows may be read in parallel parts (only when a row needs nothing from
     *     the rows before it in the same file)
     * @param keepLines whether to keep the line of each record, for checks across rows
     */
    FileReading(DatasetFile file, RowMapper<T> mapper, boolean inParts, boolean keepLines) {
        this.file = file;
        this.mapper = mapper;
        this.inParts = inParts;
        this.keepLines = keepLines;
    }

    /** Reads the file and checks its header; may run in parallel with other files. */
    void prepare(Path dir, StudyValidation validation) {
        Path path = dir.resolve(file.fileName());
        String name = path.toString();
        if (!Files.exists(path)) {
            if (file.isRequired()) {
                problems.add(DatasetProblem.ofFile(
                        DatasetProblem.Level.ERROR,
                        name,
                        Message.of("dataset.file.missing", file.fileName(), file.describeColumns())));
            }
            return;
        }
        exists = true;
        Optional<CsvFile> csv = CsvFile.read(path, problems::add);
        if (csv.isEmpty()) {
            return;
        }
        columns = Columns.of(file, csv.get(), problems::add);
        if (columns == null) {
            return;
        }
        List<CsvFile.Part> cuts = csv.get().parts();
        if (!inParts && cuts.size() > 1) {
            cuts = List.of(new CsvFile.Part(
                    cuts.get(0).from(),
                    cuts.get(cuts.size() - 1).to(),
                    cuts.get(0).line()));
        }
        for (CsvFile.Part part : cuts) {
            parts.add(new PartReading(csv.get(), part, validation.reader()));
        }
    }

    /** The file read. */
    DatasetFile file() {
        return file;
    }

    /** Whether the file is in the folder. */
    boolean exists() {
        return exists;
    }

    /** The problems of the file itself: missing, unreadable, a bad header. */
    List<DatasetProblem> fileProblems() {
        return problems;
    }

    /** The tasks that read the parts; each may run in its own thread. */
    List<Runnable> tasks() {
        return List.copyOf(parts);
    }

    /** The position of a column, 0-based; -1 if the file or the column is absent. */
    int position(org.marrow.study.RecordField field) {
        return columns == null ? -1 : columns.position(field);
    }

    /** The records of every part in file order; their problems go to {@code out}. */
    List<T> finish(List<DatasetProblem> out) {
        int size = 0;
        for (PartReading part : parts) {
            size += part.records.size();
        }
        List<T> records = new ArrayList<>(size);
        for (PartReading part : parts) {
            records.addAll(part.records);
            out.addAll(part.problems);
        }
        return records;
    }

    /** The line of each record {@link #finish} returns, in the same order (if lines are kept). */
    long[] lines() {
        int size = 0;
        for (PartReading part : parts) {
            size += part.lineCount;
        }
        long[] lines = new long[size];
        int at = 0;
        for (PartReading part : parts) {
            System.arraycopy(part.lines, 0, lines, at, part.lineCount);
            at += part.lineCount;
        }
        return lines;
    }

    /** One part of the file: its rows mapped to records. */
    private final class PartReading implements Runnable, CsvFile.RowHandler {
        final List<T> records = new ArrayList<>();
        final List<DatasetProblem> problems = new ArrayList<>();
        private final CsvFile csv;
        private final CsvFile.Part part;
        private final RecordReader reader;
        private final Cells cells;
        long[] lines = new long[0];
        int lineCount;

        PartReading(CsvFile csv, CsvFile.Part part, RecordReader reader) {
            this.csv = csv;
            this.part = part;
            this.reader = reader;
            this.cells = new Cells(columns, problems);
            if (keepLines) {
                lines = new long[1024];
            }
        }

        @Override
        public void run() {
            csv.read(part, this);
        }

        @Override
        public void row(CsvFile.Row row) {
            int width = csv.header().size();
            if (row.size() != width) {
                problems.add(DatasetProblem.lineError(
                        csv.name(),
                        row.line(),
                        0,
                        Message.of("dataset.line.malformed", row.size(), width, String.join(",", csv.header()))));
                return;
            }
            Optional<T> record = mapper.map(cells.on(row), reader);
            cells.flush();
            if (record.isPresent()) {
                records.add(record.get());
                if (keepLines) {
                    if (lineCount == lines.length) {
                        lines = Arrays.copyOf(lines, lineCount * 2);
                    }
                    lines[lineCount++] = row.line();
                }
            }
        }
    }
}
