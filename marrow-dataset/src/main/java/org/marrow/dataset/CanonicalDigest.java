package org.marrow.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.marrow.study.Dose;
import org.marrow.study.LabRecord;
import org.marrow.study.StudyDataset;
import org.marrow.study.TransfusionRecord;

/**
 * The content hash of {@link DatasetWriter#contentHash}, computed from the records without building
 * the canonical files as strings: the same bytes as {@link DatasetWriter#render} (a test holds them
 * equal), written straight into byte buffers, in parts of a file that are rendered in parallel and
 * then digested in order.
 *
 * <p>Most cells are plain (ASCII without a comma, a quote, a line break or a character that commons-csv
 * quotes at the start or end of a value) and are copied as they are; any other cell is printed by
 * the writer's own {@code CSVFormat}, so quoting is the writer's by construction.
 */
final class CanonicalDigest {
    /** Rows per part: large enough that a part is worth a task, small enough to spread over cores. */
    static final int PART_ROWS = 1 << 16;

    private CanonicalDigest() {}

    static String sha256(StudyDataset dataset) {
        return sha256(dataset, PART_ROWS);
    }

    static String sha256(StudyDataset dataset, int partRows) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
        List<Part> parts = new ArrayList<>();
        for (DatasetFile file : DatasetFile.filesOf(dataset)) {
            parts.add(new Part(file, -1, 0));
            int rows = rows(dataset, file).size();
            for (int from = 0; from < rows; from += partRows) {
                parts.add(new Part(file, from, Math.min(rows, from + partRows)));
            }
        }
        Bytes[] rendered = new Bytes[parts.size()];
        IntStream.range(0, parts.size()).parallel().forEach(i -> rendered[i] = render(dataset, parts.get(i)));
        for (int i = 0; i < parts.size(); ) {
            DatasetFile file = parts.get(i).file();
            long length = 0;
            int end = i;
            while (end < parts.size() && parts.get(end).file() == file) {
                length += rendered[end].length;
                end++;
            }
            digest.update((file.fileName() + "\n" + length + "\n").getBytes(StandardCharsets.UTF_8));
            for (; i < end; i++) {
                digest.update(rendered[i].buffer, 0, rendered[i].length);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) of a file; the header if from is -1. */
    private record Part(DatasetFile file, int from, int to) {}

    private static List<?> rows(StudyDataset dataset, DatasetFile file) {
        return switch (file) {
            case SUBJECTS -> dataset.subjects();
            case LABS -> dataset.labs();
            case TRANSFUSIONS -> dataset.transfusions();
            case DOSES -> dataset.doses();
            case ADVERSE_EVENTS -> dataset.adverseEvents();
            case EVENTS -> dataset.events();
            case SCREENING_HISTORY -> dataset.screeningHistory();
            case MUTATIONS -> dataset.mutations();
        };
    }

    private static Bytes render(StudyDataset dataset, Part part) {
        if (part.from() < 0) {
            Bytes out = new Bytes(256);
            out.row(DatasetWriter.header(dataset, part.file()));
            return out;
        }
        int count = part.to() - part.from();
        switch (part.file()) {
            case LABS -> {
                Bytes out = new Bytes(count * 40);
                for (LabRecord l : dataset.labs().subList(part.from(), part.to())) {
                    out.first(l.subjectId());
                    out.date(l.date());
                    out.text(l.test().code());
                    out.decimal(l.value().amount());
                    out.text(l.unitText());
                    out.decimal(l.lowerLimitOfNormal());
                    out.decimal(l.upperLimitOfNormal());
                    out.end();
                }
                return out;
            }
            case DOSES -> {
                Bytes out = new Bytes(count * 36);
                for (Dose d : dataset.doses().subList(part.from(), part.to())) {
                    out.first(d.subjectId());
                    out.date(d.date());
                    out.text(d.drug().id());
                    out.decimal(d.amount());
                    out.text(d.unit().symbol());
                    out.end();
                }
                return out;
            }
            case TRANSFUSIONS -> {
                Bytes out = new Bytes(count * 32);
                for (TransfusionRecord t : dataset.transfusions().subList(part.from(), part.to())) {
                    out.first(t.subjectId());
                    out.date(t.transfusion().date());
                    out.text(t.transfusion().product().name());
                    out.text(Integer.toString(t.transfusion().units()));
                    out.end();
                }
                return out;
            }
            default -> {
                // Small files: the writer's own rows.
                Bytes out = new Bytes(count * 64);
                List<List<String>> rows = DatasetWriter.rows(dataset, part.file(), part.from(), part.to());
                for (List<String> row : rows) {
                    out.row(row);
                }
                return out;
            }
        }
    }

    /** A growing byte buffer that prints CSV cells as the writer's format does. */
    private static final class Bytes {
        byte[] buffer;
        int length;
        private boolean firstOfRecord = true;
        private final Map<BigDecimal, byte[]> decimals = new HashMap<>();
        private final Map<LocalDate, byte[]> dates = new HashMap<>();
        private final StringBuilder special = new StringBuilder();

        Bytes(int capacity) {
            buffer = new byte[Math.max(capacity, 64)];
        }

        void row(List<String> cells) {
            for (String cell : cells) {
                text(cell);
            }
            end();
        }

        void first(String cell) {
            text(cell);
        }

        void end() {
            ensure(1);
            buffer[length++] = '\n';
            firstOfRecord = true;
        }

        void date(LocalDate date) {
            byte[] bytes = dates.get(date);
            if (bytes == null) {
                bytes = date.toString().getBytes(StandardCharsets.UTF_8);
                dates.put(date, bytes);
            }
            delimiter();
            put(bytes);
        }

        void decimal(Optional<BigDecimal> value) {
            if (value.isPresent()) {
                decimal(value.get());
            } else {
                text("");
            }
        }

        void decimal(BigDecimal value) {
            // BigDecimal equality includes the scale, so 9.5 and 9.50 keep their own texts.
            byte[] bytes = decimals.get(value);
            if (bytes == null) {
                bytes = value.toPlainString().getBytes(StandardCharsets.UTF_8);
                decimals.put(value, bytes);
            }
            delimiter();
            put(bytes);
        }

        void text(String value) {
            if (isPlain(value)) {
                delimiter();
                int n = value.length();
                ensure(n);
                for (int i = 0; i < n; i++) {
                    buffer[length++] = (byte) value.charAt(i);
                }
            } else if (value.isEmpty() && !firstOfRecord) {
                // Minimal quoting writes an empty value that is not first on its line as nothing.
                delimiter();
            } else {
                // The format writes the delimiter itself when the value is not first on its line.
                special.setLength(0);
                try {
                    DatasetWriter.FORMAT.print(value, special, firstOfRecord);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                firstOfRecord = false;
                put(special.toString().getBytes(StandardCharsets.UTF_8));
            }
        }

        private void delimiter() {
            if (firstOfRecord) {
                firstOfRecord = false;
            } else {
                ensure(1);
                buffer[length++] = ',';
            }
        }

        private void put(byte[] bytes) {
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
        }

        private void ensure(int more) {
            if (length + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
            }
        }
    }

    /**
     * A value that commons-csv's minimal quoting leaves as it is, whatever its place on the line:
     * non-empty, printable ASCII without a comma, a quote or a backslash, beginning with a character
     * after {@code #} and not ending with white space. Anything else goes through the format itself.
     */
    static boolean isPlain(String value) {
        int n = value.length();
        if (n == 0 || !isPlainEnd(value.charAt(0)) || !isPlainEnd(value.charAt(n - 1))) {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = value.charAt(i);
            if (c != ' ' && !isPlainEnd(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlainEnd(char c) {
        return c > '#' && c < 0x7F && c != ',' && c != '\\';
    }
}
