package org.marrow.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.marrow.clinical.message.Message;

/**
 * A CSV file read from its bytes: the one CSV reader of Marrow, for the data set folder and for the
 * tables the command line reads ({@code marrow stats km --csv}, {@code design match}).
 *
 * <p>The syntax is RFC 4180 in UTF-8 (a byte order mark is skipped): comma-separated, a value holding
 * a comma, a quote or a line break quoted with {@code "}, a quote inside doubled; CRLF, LF or CR line
 * breaks. Blank lines are skipped; white space around a value (and around a quoted value) is ignored,
 * as {@link String#trim()} does. Lines count from 1, the header is the first row that is not blank.
 *
 * <p>It is fast because it does little: the bytes are read once; a file without a quote is cut at line
 * breaks into parts of a few megabytes that can be read in parallel ({@link #parts()}); a row only
 * marks where its cells are, and a cell becomes a {@code String} only when asked for, the same
 * {@code String} again for a cell that repeats (a subject, a date, a code), or a number without any
 * ({@link Row#number}).
 */
public final class CsvFile {
    private static final int PART_BYTES = 4 << 20;
    private static final int RECENT_SLOTS = 1 << 14;
    private static final int MAX_RECENT_LENGTH = 40;

    private final String name;
    private final byte[] bytes;
    private final boolean ascii;
    private final List<String> header;
    private final long headerLine;
    private final List<Part> parts;

    private CsvFile(String name, byte[] bytes, boolean ascii, List<String> header, long headerLine, List<Part> parts) {
        this.name = name;
        this.bytes = bytes;
        this.ascii = ascii;
        this.header = header;
        this.headerLine = headerLine;
        this.parts = parts;
    }

    /**
     * Reads a file, throwing on the first problem.
     *
     * @param path the file
     * @return the file
     * @throws DatasetException if the file does not exist, is empty, is not UTF-8, or is not valid CSV;
     *     its one problem names the file
     * @throws UncheckedIOException if the file exists but cannot be read
     */
    public static CsvFile read(Path path) {
        List<DatasetProblem> problems = new ArrayList<>();
        Optional<CsvFile> file = read(path, problems::add);
        return file.orElseThrow(() -> new DatasetException(problems));
    }

    /**
     * Reads a file, reporting a problem instead of throwing.
     *
     * @param path the file
     * @param problems receives the problem that makes the file unreadable
     * @return the file, or empty if it does not exist, is empty, is not UTF-8 or is not valid CSV
     * @throws UncheckedIOException if the file exists but cannot be read
     */
    public static Optional<CsvFile> read(Path path, Consumer<DatasetProblem> problems) {
        String name = path.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            problems.accept(fileError(name, Message.of("dataset.file.noSuch")));
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
        return of(name, bytes, problems);
    }

    /**
     * Parses CSV bytes.
     *
     * @param name the file name used in problems
     * @param bytes the bytes, not copied (not to be changed afterwards)
     * @param problems receives the problem that makes the bytes unreadable
     * @return the file, or empty if it is empty, not UTF-8 or not valid CSV
     */
    public static Optional<CsvFile> of(String name, byte[] bytes, Consumer<DatasetProblem> problems) {
        return of(name, bytes, problems, PART_BYTES);
    }

    /** As {@link #of(String, byte[], Consumer)}, cut in parts of about {@code partBytes} bytes. */
    static Optional<CsvFile> of(String name, byte[] bytes, Consumer<DatasetProblem> problems, int partBytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3
                : 0;
        int kinds = kinds(bytes, start);
        boolean ascii = (kinds & NOT_ASCII) == 0;
        boolean quoted = (kinds & QUOTE) != 0;
        if (!ascii && !isUtf8(bytes, start)) {
            problems.accept(fileError(name, Message.of("dataset.file.notUtf8")));
            return Optional.empty();
        }
        if (quoted) {
            Message malformed = Quotes.check(bytes, start);
            if (malformed != null) {
                problems.accept(fileError(name, Message.of("dataset.file.malformed", malformed)));
                return Optional.empty();
            }
        }
        CsvFile partial = new CsvFile(name, bytes, ascii, List.of(), 0, List.of());
        Row first = partial.new Row();
        int afterHeader = first.next(start, bytes.length, 1);
        if (afterHeader < 0) {
            problems.accept(fileError(name, Message.of("dataset.file.empty")));
            return Optional.empty();
        }
        List<String> header = new ArrayList<>(first.size());
        for (int i = 0; i < first.size(); i++) {
            header.add(first.text(i));
        }
        long line = first.nextLine();
        return Optional.of(new CsvFile(
                name,
                bytes,
                ascii,
                List.copyOf(header),
                first.line(),
                partsOf(bytes, afterHeader, line, !quoted, partBytes)));
    }

    private static final int NOT_ASCII = 1;
    private static final int QUOTE = 2;

    /** Whether the bytes have a byte beyond ASCII and a quote; a large file is scanned on every core. */
    private static int kinds(byte[] bytes, int start) {
        int chunks =
                bytes.length - start < PART_BYTES ? 1 : Runtime.getRuntime().availableProcessors();
        int size = (bytes.length - start + chunks - 1) / chunks;
        return IntStream.range(0, chunks)
                .parallel()
                .map(c -> kinds(bytes, start + c * size, Math.min(bytes.length, start + (c + 1) * size)))
                .reduce(0, (a, b) -> a | b);
    }

    private static int kinds(byte[] bytes, int from, int to) {
        int negative = 0;
        boolean quote = false;
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            negative |= b;
            quote |= b == '"';
        }
        return (negative < 0 ? NOT_ASCII : 0) | (quote ? QUOTE : 0);
    }

    private static boolean isUtf8(byte[] bytes, int start) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static DatasetProblem fileError(String file, Message message) {
        return DatasetProblem.ofFile(DatasetProblem.Level.ERROR, file, message);
    }

    /** Cuts the rows after the header into parts at line feeds; a file with quotes is one part. */
    private static List<Part> partsOf(byte[] bytes, int from, long line, boolean cuttable, int partBytes) {
        if (from >= bytes.length) {
            return List.of();
        }
        if (!cuttable) {
            return List.of(new Part(from, bytes.length, line));
        }
        List<Part> parts = new ArrayList<>();
        while (from < bytes.length) {
            int to = (int) Math.min(bytes.length, (long) from + partBytes);
            while (to < bytes.length && bytes[to - 1] != '\n') {
                to++;
            }
            parts.add(new Part(from, to, line));
            line += lineBreaks(bytes, from, to);
            from = to;
        }
        return List.copyOf(parts);
    }

    private static long lineBreaks(byte[] bytes, int from, int to) {
        long count = 0;
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b == '\n' || (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                count++;
            }
        }
        return count;
    }

    /**
     * A stretch of the rows after the header: bytes {@code [from, to)}, starting at the start of line
     * {@code line}. Parts of one file can be read at the same time, each with its own {@link Row}.
     *
     * @param from the first byte
     * @param to the byte after the last
     * @param line the line the part starts on
     */
    public record Part(int from, int to, long line) {}

    /** Receives the rows of a part, one after another. */
    @FunctionalInterface
    public interface RowHandler {
        /**
         * One row; the row object is reused for the next one.
         *
         * @param row the row
         */
        void row(Row row);
    }

    /**
     * The file name given, used in problems.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The header's cells.
     *
     * @return the column names, trimmed
     */
    public List<String> header() {
        return header;
    }

    /**
     * The line the header is on.
     *
     * @return usually 1 (blank lines before it count)
     */
    public long headerLine() {
        return headerLine;
    }

    /**
     * The rows after the header, in parts to read in parallel (one part for a file with quotes).
     *
     * @return the parts, in file order; empty if there is no row after the header
     */
    public List<Part> parts() {
        return parts;
    }

    /**
     * Reads the rows of a part, in order.
     *
     * @param part one of {@link #parts()}
     * @param handler receives each row
     */
    public void read(Part part, RowHandler handler) {
        Row row = new Row();
        long line = part.line();
        int p = part.from();
        while (true) {
            p = row.next(p, part.to(), line);
            if (p < 0) {
                return;
            }
            handler.row(row);
            line = row.nextLine();
        }
    }

    /**
     * Reads every row after the header, in order, in this thread.
     *
     * @param handler receives each row
     */
    public void readAll(RowHandler handler) {
        for (Part part : parts) {
            read(part, handler);
        }
    }

    /**
     * One row of the file: where its cells are, read on demand. Valid only while the handler has it.
     */
    public final class Row {
        private int[] starts = new int[16];
        private int[] ends = new int[16];
        private boolean[] quoted = new boolean[16];
        private int size;
        private long line;
        private long nextLine;
        private final byte[][] recentBytes = new byte[RECENT_SLOTS][];
        private final String[] recentTexts = new String[RECENT_SLOTS];

        private Row() {}

        /**
         * The line the row starts on.
         *
         * @return the 1-based line
         */
        public long line() {
            return line;
        }

        /**
         * The number of cells.
         *
         * @return the count
         */
        public int size() {
            return size;
        }

        /**
         * The name of the file the row is in.
         *
         * @return the file name
         */
        public String file() {
            return name;
        }

        long nextLine() {
            return nextLine;
        }

        /**
         * Whether a cell is empty.
         *
         * @param cell the 0-based cell
         * @return true if it has no text
         */
        public boolean isEmpty(int cell) {
            return ends[cell] == starts[cell];
        }

        /**
         * Whether a cell's text is exactly an ASCII text, without making a {@code String}.
         *
         * @param cell the 0-based cell
         * @param text ASCII text
         * @return true if equal
         */
        public boolean is(int cell, String text) {
            int from = starts[cell];
            int length = ends[cell] - from;
            if (quoted[cell] || length != text.length()) {
                return !quoted[cell] ? false : text(cell).equals(text);
            }
            for (int i = 0; i < length; i++) {
                if (bytes[from + i] != text.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * A cell's text, trimmed, unquoted.
         *
         * @param cell the 0-based cell
         * @return the text; a repeated text is the same {@code String} again
         */
        public String text(int cell) {
            int from = starts[cell];
            int to = ends[cell];
            if (quoted[cell]) {
                return Quotes.unquote(bytes, from, to);
            }
            int length = to - from;
            if (length == 0) {
                return "";
            }
            if (length > MAX_RECENT_LENGTH) {
                return decode(from, length);
            }
            int hash = 0;
            for (int i = from; i < to; i++) {
                hash = 31 * hash + bytes[i];
            }
            int slot = (hash ^ (hash >>> 13)) & (RECENT_SLOTS - 1);
            byte[] known = recentBytes[slot];
            if (known != null && Arrays.equals(known, 0, known.length, bytes, from, to)) {
                return recentTexts[slot];
            }
            String text = decode(from, length);
            recentBytes[slot] = Arrays.copyOfRange(bytes, from, to);
            recentTexts[slot] = text;
            return text;
        }

        private String decode(int from, int length) {
            return new String(bytes, from, length, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        }

        /**
         * A cell as a number, as {@link Double#parseDouble} reads its text, without making a {@code String}
         * for a plain decimal such as {@code 12.5}.
         *
         * @param cell the 0-based cell
         * @return the number; NaN if the text is not a number (or is NaN)
         */
        public double number(int cell) {
            double fast = quoted[cell] ? Double.NaN : Numbers.plainDecimal(bytes, starts[cell], ends[cell]);
            if (!Double.isNaN(fast)) {
                return fast;
            }
            try {
                return Double.parseDouble(text(cell));
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }

        /**
         * Finds the next row from {@code p}, at the start of line {@code firstLine}: marks its cells and
         * returns the position after it, or -1 if only blank lines are left before {@code to}.
         */
        int next(int p, int to, long firstLine) {
            long at = firstLine;
            while (p < to && (bytes[p] == '\n' || bytes[p] == '\r')) {
                if (bytes[p] == '\r' && p + 1 < to && bytes[p + 1] == '\n') {
                    p++;
                }
                p++;
                at++;
            }
            if (p >= to) {
                return -1;
            }
            line = at;
            size = 0;
            while (true) {
                if (size == starts.length) {
                    starts = Arrays.copyOf(starts, size * 2);
                    ends = Arrays.copyOf(ends, size * 2);
                    quoted = Arrays.copyOf(quoted, size * 2);
                }
                int s = p;
                while (s < to && isBlank(bytes[s])) {
                    s++;
                }
                if (s < to && bytes[s] == '"') {
                    // A quoted cell: to the closing quote (a doubled quote is part of the text).
                    int q = s + 1;
                    while (true) {
                        if (bytes[q] == '"') {
                            if (q + 1 < to && bytes[q + 1] == '"') {
                                q += 2;
                                continue;
                            }
                            break;
                        }
                        if (bytes[q] == '\n' || (bytes[q] == '\r' && (q + 1 >= to || bytes[q + 1] != '\n'))) {
                            at++;
                        }
                        q++;
                    }
                    starts[size] = s + 1;
                    ends[size] = q;
                    quoted[size] = true;
                    p = q + 1;
                    while (p < to && isBlank(bytes[p])) {
                        p++;
                    }
                } else {
                    p = s;
                    while (p < to && bytes[p] != ',' && bytes[p] != '\n' && bytes[p] != '\r') {
                        p++;
                    }
                    int e = p;
                    while (e > s && isBlank(bytes[e - 1])) {
                        e--;
                    }
                    starts[size] = s;
                    ends[size] = e;
                    quoted[size] = false;
                }
                size++;
                if (p < to && bytes[p] == ',') {
                    p++;
                    continue;
                }
                break;
            }
            if (p < to && bytes[p] == '\r' && p + 1 < to && bytes[p + 1] == '\n') {
                p++;
            }
            if (p < to) {
                p++;
            }
            nextLine = at + 1;
            return p;
        }

        private static boolean isBlank(byte b) {
            return b >= 0 && b <= ' ' && b != '\n' && b != '\r';
        }
    }
}
