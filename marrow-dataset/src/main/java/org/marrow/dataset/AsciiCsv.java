package org.marrow.dataset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV file of plain ASCII without quotes (the common case: every file the writer and the
 * generators produce without text that needs quoting), read straight from its bytes. It yields
 * exactly the rows {@link CsvSource} yields for the same text (RFC 4180, blank lines skipped, cells
 * trimmed as by {@link String#trim()}, lines counted from 1 with CR, LF and CRLF as line breaks), and
 * can be cut at line breaks into parts that are read in parallel. Any other file is read by
 * {@link CsvSource}.
 */
final class AsciiCsv {
    private static final int PART_BYTES = 4 << 20;
    private static final int RECENT_SLOTS = 1 << 14;
    private static final int MAX_RECENT_LENGTH = 40;

    /** Receives the rows of a part. */
    interface RowHandler {
        /**
         * One row; {@code values} is reused for the next row.
         *
         * @param line the line it is on
         * @param values the trimmed cells, {@code count} of them
         * @param count the number of cells
         */
        void row(long line, String[] values, int count);
    }

    private final byte[] bytes;
    private final int start;

    private AsciiCsv(byte[] bytes, int start) {
        this.bytes = bytes;
        this.start = start;
    }

    /** The file as ASCII CSV, or null if it has a quote or a byte beyond ASCII (a UTF-8 BOM is skipped). */
    static AsciiCsv of(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3
                : 0;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b < 0 || b == '"') {
                return null;
            }
        }
        return new AsciiCsv(bytes, start);
    }

    /** A part of the file: bytes {@code [from, to)}, starting on {@code line} at the start of a line. */
    record Part(int from, int to, long line) {}

    /**
     * Reads the first row (the header) and cuts the rest into parts of a few megabytes at line feeds.
     *
     * @return the header, its line, and the parts; null if the file has no row
     */
    Layout layout() {
        return layout(PART_BYTES);
    }

    /** As {@link #layout()}, with parts of about {@code partBytes} bytes. */
    Layout layout(int partBytes) {
        List<String> header = new ArrayList<>();
        long[] headerLine = {0};
        int afterHeader = readRows(
                start,
                bytes.length,
                1,
                (line, values, count) -> {
                    header.addAll(Arrays.asList(values).subList(0, count));
                    headerLine[0] = line;
                },
                true);
        if (header.isEmpty()) {
            return null;
        }
        long line = headerLine[0] + 1;
        List<Part> parts = new ArrayList<>();
        int from = afterHeader;
        while (from < bytes.length) {
            int to = (int) Math.min(bytes.length, (long) from + partBytes);
            while (to < bytes.length && bytes[to - 1] != '\n') {
                to++;
            }
            parts.add(new Part(from, to, line));
            line += lineBreaks(from, to);
            from = to;
        }
        return new Layout(List.copyOf(header), headerLine[0], List.copyOf(parts));
    }

    /** The header, the line it is on, and the parts holding the data rows. */
    record Layout(List<String> header, long headerLine, List<Part> parts) {}

    private long lineBreaks(int from, int to) {
        long count = 0;
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b == '\n' || (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                count++;
            }
        }
        return count;
    }

    /** Reads every row of a part. */
    void read(Part part, RowHandler handler) {
        readRows(part.from(), part.to(), part.line(), handler, false);
    }

    /** Reads rows from {@code from}, at the start of line {@code line}; returns where it stopped. */
    private int readRows(int from, int to, long line, RowHandler handler, boolean firstOnly) {
        String[] values = new String[16];
        Recent recent = new Recent();
        int p = from;
        while (p < to) {
            byte b = bytes[p];
            if (b == '\n') {
                p++;
                line++;
                continue;
            }
            if (b == '\r') {
                p++;
                if (p < to && bytes[p] == '\n') {
                    p++;
                }
                line++;
                continue;
            }
            int count = 0;
            int cellStart = p;
            while (true) {
                b = p < to ? bytes[p] : (byte) '\n';
                if (b == ',' || b == '\n' || b == '\r') {
                    if (count == values.length) {
                        values = Arrays.copyOf(values, count * 2);
                    }
                    values[count++] = cell(cellStart, p, recent);
                    if (b != ',') {
                        break;
                    }
                    cellStart = p + 1;
                }
                p++;
            }
            handler.row(line, values, count);
            if (p < to) {
                if (bytes[p] == '\r' && p + 1 < to && bytes[p + 1] == '\n') {
                    p++;
                }
                p++;
            }
            line++;
            if (firstOnly) {
                return p;
            }
        }
        return p;
    }

    /**
     * The trimmed text of a cell. A data set repeats most of its cells (the subject on consecutive
     * rows, dates, codes, units, usual doses), so the last text seen for each hash slot is given again
     * when the bytes match: far less garbage, and a hash code already computed for map look-ups.
     */
    private String cell(int from, int to, Recent recent) {
        while (from < to && bytes[from] <= ' ') {
            from++;
        }
        while (to > from && bytes[to - 1] <= ' ') {
            to--;
        }
        int length = to - from;
        if (length == 0) {
            return "";
        }
        if (length > MAX_RECENT_LENGTH) {
            return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
        }
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + bytes[i];
        }
        int slot = (hash ^ (hash >>> 13)) & (RECENT_SLOTS - 1);
        byte[] knownBytes = recent.bytes[slot];
        if (knownBytes != null && Arrays.equals(knownBytes, 0, knownBytes.length, bytes, from, to)) {
            return recent.texts[slot];
        }
        String text = new String(bytes, from, length, StandardCharsets.ISO_8859_1);
        recent.bytes[slot] = Arrays.copyOfRange(bytes, from, to);
        recent.texts[slot] = text;
        return text;
    }

    /** The last cell text seen in each hash slot, with its bytes. */
    private static final class Recent {
        final byte[][] bytes = new byte[RECENT_SLOTS][];
        final String[] texts = new String[RECENT_SLOTS];
    }
}
