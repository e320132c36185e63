package org.marrow.stats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the reference-value CSV files that the R scripts in {@code src/test/r} write: lines starting
 * with {@code #} (the provenance header) and blank lines are skipped, the first remaining line is the
 * header, and cells are kept as text so that each test decides how to read R's {@code NA}, {@code Inf}
 * and integers.
 */
public final class RReference {
    private RReference() {}

    /**
     * Reads a fixture from the test resources of the anchor's package.
     *
     * @param anchor a class in the package whose resource folder holds the file
     * @param name the file name
     * @return the rows, each a map from column name to cell text, in file order
     * @throws IllegalStateException if the file is missing or a row has fewer cells than the header
     */
    public static List<Map<String, String>> read(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name + " beside " + anchor.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Map<String, String>> rows = new ArrayList<>();
            String[] header = null;
            int line = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (text.startsWith("#") || text.isBlank()) {
                    continue;
                }
                String[] cells = text.split(",", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.length < header.length) {
                    throw new IllegalStateException(
                            name + ":" + line + ": " + cells.length + " cells, header has " + header.length);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
