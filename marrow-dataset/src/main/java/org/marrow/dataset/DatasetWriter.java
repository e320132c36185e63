package org.marrow.dataset;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.marrow.study.RecordEntries;
import org.marrow.study.RecordField;
import org.marrow.study.StudyDataset;
import org.marrow.study.validation.Entry;

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

    /**
     * The cells of rows {@code from} (inclusive) to {@code to} (exclusive, capped at the end) of a file: each
     * record's fields as {@link RecordEntries} spells them, in the file's written columns.
     */
    static List<List<String>> rows(StudyDataset dataset, DatasetFile file, int from, int to) {
        List<RecordField> fields = file.writtenFields(dataset);
        List<List<String>> rows = new ArrayList<>();
        for (Entry entry : RecordEntries.of(dataset, file.recordType(), from, to)) {
            rows.add(fields.stream().map(entry::text).toList());
        }
        return rows;
    }

    /**
     * The header of a file as written: its columns, without {@code screened_on} when no subject has a
     * screening date ({@link DatasetFile#writtenFields}).
     */
    static List<String> header(StudyDataset dataset, DatasetFile file) {
        return file.writtenFields(dataset).stream().map(RecordField::fieldName).toList();
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
}
