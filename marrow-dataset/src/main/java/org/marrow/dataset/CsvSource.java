package org.marrow.dataset;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV text split into a header and rows, each row with the line it starts on (the header is line
 * 1). Blank lines are skipped; cells are trimmed. Problems with the text as a whole are reported, not
 * thrown.
 */
final class CsvSource {
    static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();

    /** One data row. */
    record Row(long line, List<String> values) {}

    private final List<String> header;
    private final long headerLine;
    private final List<Row> rows;

    private CsvSource(List<String> header, long headerLine, List<Row> rows) {
        this.header = header;
        this.headerLine = headerLine;
        this.rows = rows;
    }

    List<String> header() {
        return header;
    }

    long headerLine() {
        return headerLine;
    }

    List<Row> rows() {
        return rows;
    }

    /** Parses the text; returns null (with the problem reported) if it is empty or not valid CSV. */
    static CsvSource parse(String file, String text, Problems problems) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        long[] lineStarts = lineStarts(text);
        List<String> header = null;
        long headerLine = 0;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            for (CSVRecord record : parser) {
                long line = lineOf(text, lineStarts, record.getCharacterPosition());
                if (header == null) {
                    header = record.toList();
                    headerLine = line;
                } else {
                    rows.add(new Row(line, record.toList()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            problems.fileError(file, "malformed CSV: " + rootMessage(e) + "; expected RFC 4180 comma-separated values");
            return null;
        }
        if (header == null) {
            problems.fileError(file, "empty file, expected a header line");
            return null;
        }
        return new CsvSource(header, headerLine, rows);
    }

    private static long[] lineStarts(String text) {
        List<Long> starts = new ArrayList<>();
        starts.add(0L);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add((long) i + 1);
            }
        }
        return starts.stream().mapToLong(Long::longValue).toArray();
    }

    /** The 1-based line of the first character of a record, skipping the blank lines before it. */
    private static long lineOf(String text, long[] lineStarts, long position) {
        int p = (int) position;
        while (p < text.length() && (text.charAt(p) == '\r' || text.charAt(p) == '\n')) {
            p++;
        }
        int index = Arrays.binarySearch(lineStarts, p);
        return index >= 0 ? index + 1 : -index - 1;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
