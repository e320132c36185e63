package org.marrow.dataset;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.marrow.clinical.renal.Sex;
import org.marrow.study.Drug;
import org.marrow.study.MutationRecord;
import org.marrow.study.RecordField;
import org.marrow.study.SomaticMutation;
import org.marrow.study.StudyDataset;
import org.marrow.study.Subject;

/**
 * Writes a study data set to a folder in the canonical form of docs/dataset-format.md: UTF-8, a header
 * with every column of the file in canonical order ({@code screened_on} only when a subject has a
 * screening date), one line per record in the data set's order, line feeds, values quoted only when
 * they contain a comma, a quote or a line break.
 *
 * <p>Reading a folder and writing it back is lossless: the same files, the same rows in the same
 * order, every value with its text as entered (numbers keep their digits, e.g. {@code 9.50}; units
 * keep their spelling, e.g. {@code x10^9/L}). What changes is only the layout: column order, quoting,
 * blank lines, white space around values and line endings. A folder in canonical form is written back
 * byte for byte.
 */
public final class DatasetWriter {
    static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setRecordSeparator("\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private DatasetWriter() {}

    /**
     * Writes the data set's files ({@link StudyDataset#recordTypes()}) to a folder, creating it if needed
     * and replacing those files if they exist.
     *
     * @param dataset the data set
     * @param dir the folder
     * @throws IllegalArgumentException if the folder holds a data set file that the data set does not
     *     have (it would be read back as part of the data set); remove it or write to another folder
     * @throws UncheckedIOException if a file cannot be written
     */
    public static void write(StudyDataset dataset, Path dir) {
        for (DatasetFile file : DatasetFile.values()) {
            Path path = dir.resolve(file.fileName());
            if (!DatasetFile.filesOf(dataset).contains(file) && Files.exists(path)) {
                throw new IllegalArgumentException(path + " exists but the data set has no " + file.fileName()
                        + "; remove it or write to an empty folder");
            }
        }
        try {
            Files.createDirectories(dir);
            for (Map.Entry<DatasetFile, String> file : render(dataset).entrySet()) {
                Files.writeString(dir.resolve(file.getKey().fileName()), file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The data set's content hash, for reports: SHA-256, in lowercase hexadecimal, over the canonical
     * form this writer writes. For each file of {@link DatasetFile#filesOf} in canonical order it
     * digests the file name, a line feed, the file's length in bytes in decimal, a line feed, and the
     * file's UTF-8 bytes. Reading a folder and writing it back therefore keeps the hash; so does a
     * change of column order, quoting or line endings in the source files.
     *
     * @param dataset the data set
     * @return 64 hexadecimal digits
     * @throws NullPointerException if dataset is null
     */
    public static String contentHash(StudyDataset dataset) {
        return CanonicalDigest.sha256(dataset);
    }

    static Map<DatasetFile, String> render(StudyDataset dataset) {
        Map<DatasetFile, String> files = new EnumMap<>(DatasetFile.class);
        for (DatasetFile file : DatasetFile.filesOf(dataset)) {
            files.put(file, csv(header(dataset, file), rows(dataset, file, 0, Integer.MAX_VALUE)));
        }
        return files;
    }

    /** The cells of rows {@code from} (inclusive) to {@code to} (exclusive, capped at the end) of a file. */
    static List<List<String>> rows(StudyDataset dataset, DatasetFile file, int from, int to) {
        List<List<String>> rows = new ArrayList<>();
        switch (file) {
            case SUBJECTS -> {
                List<RecordField> fields = file.writtenFields(dataset);
                part(dataset.subjects(), from, to)
                        .forEach(s -> rows.add(
                                fields.stream().map(f -> subjectCell(s, f)).toList()));
            }
            case LABS ->
                part(dataset.labs(), from, to)
                        .forEach(l -> rows.add(List.of(
                                l.subjectId(),
                                l.date().toString(),
                                l.test().code(),
                                plain(l.value().amount()),
                                l.unitText(),
                                l.lowerLimitOfNormal().map(DatasetWriter::plain).orElse(""),
                                l.upperLimitOfNormal().map(DatasetWriter::plain).orElse(""))));
            case TRANSFUSIONS ->
                part(dataset.transfusions(), from, to)
                        .forEach(t -> rows.add(List.of(
                                t.subjectId(),
                                t.transfusion().date().toString(),
                                t.transfusion().product().name(),
                                Integer.toString(t.transfusion().units()))));
            case DOSES ->
                part(dataset.doses(), from, to)
                        .forEach(d -> rows.add(List.of(
                                d.subjectId(),
                                d.date().toString(),
                                d.drug().id(),
                                plain(d.amount()),
                                d.unit().symbol())));
            case ADVERSE_EVENTS ->
                part(dataset.adverseEvents(), from, to)
                        .forEach(a -> rows.add(List.of(
                                a.subjectId(),
                                a.term(),
                                Integer.toString(a.grade()),
                                a.startDate().toString(),
                                date(a.endDate()),
                                a.serious() ? "Y" : "N",
                                String.join(
                                        ";",
                                        a.relatedTo().stream().map(Drug::id).toList()))));
            case EVENTS ->
                part(dataset.events(), from, to)
                        .forEach(e -> rows.add(List.of(
                                e.subjectId(), e.date().toString(), e.type().name(), e.note())));
            case SCREENING_HISTORY ->
                part(dataset.screeningHistory(), from, to)
                        .forEach(h -> rows.add(List.of(h.subjectId(), h.item(), h.value(), date(h.date()), h.note())));
            case MUTATIONS ->
                part(dataset.mutations(), from, to)
                        .forEach(m -> rows.add(List.of(
                                m.subjectId(),
                                m.date().toString(),
                                m.mutation().map(SomaticMutation::gene).orElse(MutationRecord.NONE_DETECTED),
                                m.mutation().map(SomaticMutation::variant).orElse(""),
                                m.mutation().map(x -> plain(x.vafPercent())).orElse(""))));
        }
        return rows;
    }

    private static String subjectCell(Subject s, RecordField field) {
        return switch (field) {
            case SUBJECT_ID -> s.subjectId();
            case SITE -> s.site();
            case ARM -> s.arm().orElse("");
            case SEX -> s.sex() == Sex.MALE ? "M" : "F";
            case BIRTH_DATE -> s.birthDate().toString();
            case WEIGHT_KG -> plain(s.weightKg());
            case HEIGHT_CM -> plain(s.heightCm());
            case SCREENED_ON -> date(s.screenedOn());
            case ENROLLED_ON -> date(s.enrolledOn());
            case FIRST_DOSE_ON -> date(s.firstDoseOn());
            default -> throw new IllegalArgumentException(field + " is not a field of subjects.csv");
        };
    }

    /**
     * The header of a file as written: its columns, without {@code screened_on} when no subject has a
     * screening date ({@link DatasetFile#writtenFields}).
     */
    static List<String> header(StudyDataset dataset, DatasetFile file) {
        return file.writtenFields(dataset).stream().map(RecordField::fieldName).toList();
    }

    private static <T> List<T> part(List<T> rows, int from, int to) {
        return rows.subList(from, Math.min(to, rows.size()));
    }

    private static String csv(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }
}
