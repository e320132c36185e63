package org.marrow.app.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.marrow.analysis.table.SpreadsheetText;

/**
 * The spreadsheet form of a zipped data set: the same files and cells, each text cell that a spreadsheet would
 * read as a formula written after an apostrophe ({@link SpreadsheetText}). Not for re-import: the data set form
 * is the lossless one.
 */
public final class SpreadsheetZip {
    private SpreadsheetZip() {}

    /**
     * Rewrites every CSV file of a zip.
     *
     * @param zip the data set zip, as exported
     * @return the spreadsheet form
     * @throws UncheckedIOException if the zip cannot be read (it is Marrow's own export)
     */
    public static byte[] of(byte[] zip) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(0);
                out.putNextEntry(copy);
                byte[] content = in.readAllBytes();
                out.write(e.getName().endsWith(".csv") ? neutralised(content) : content);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] neutralised(byte[] csv) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVParser parser = CSVParser.parse(
                        new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8),
                        CSVFormat.RFC4180);
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180)) {
            for (CSVRecord r : parser) {
                List<String> cells = new ArrayList<>(r.size());
                r.forEach(c -> cells.add(SpreadsheetText.neutralise(c)));
                printer.printRecord(cells);
            }
        }
        return out.toByteArray();
    }
}
