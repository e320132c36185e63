package org.marrow.analysis.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A results table (baseline characteristics, response, adverse events): title, column headers,
 * rows and footnotes, rendered to CSV (RFC 4180) for re-analysis and to HTML for the report. The
 * tests that rows' P values come from are named in footnotes, lettered a, b, c in order of first
 * use; the CSV has a last column "Test" instead.
 *
 * @param name file name of the CSV ({@code tables/<name>.csv}) and HTML id
 * @param title the caption, for example "Table 1. Clinical characteristics at baseline"
 * @param header the column headers
 * @param rows the rows; each non-section row has one cell per column
 * @param footnotes notes under the table (abbreviations, definitions), without the test notes
 */
public record Table(String name, String title, List<String> header, List<Row> rows, List<String> footnotes) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final String CRLF = "\r\n";

    /**
     * Checks the table.
     *
     * @throws IllegalArgumentException if the name is not lower-case letters, digits and hyphens,
     *     the title is blank, there are no columns, a header or footnote is null, or a row does
     *     not have one cell per column
     */
    public Table {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Table name (" + name
                    + ") must be lower-case letters, digits and hyphens; it names the file tables/<name>.csv");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("Table title (" + title + ") must not be blank");
        }
        if (header == null || header.isEmpty() || hasNull(header)) {
            throw new IllegalArgumentException(
                    "Table " + name + ": header " + header + " must name at least one column");
        }
        if (rows == null || hasNull(rows) || footnotes == null || hasNull(footnotes)) {
            throw new IllegalArgumentException("Table " + name + ": rows and footnotes must not be or contain null");
        }
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        footnotes = List.copyOf(footnotes);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.style() != Row.Style.SECTION && r.cells().size() != header.size()) {
                throw new IllegalArgumentException("Table " + name + ": row " + (i + 1) + " " + r.cells() + " has "
                        + r.cells().size() + " cells; expected one per column (" + header.size() + ")");
            }
        }
    }

    private static boolean hasNull(List<?> list) {
        return list.stream().anyMatch(java.util.Objects::isNull);
    }

    /**
     * The tests named by the rows, in order of first use (their footnote letters are a, b, c...).
     *
     * @return the distinct tests
     */
    public List<StatTest> tests() {
        List<StatTest> tests = new ArrayList<>();
        for (Row r : rows) {
            if (r.test() != null && !tests.contains(r.test())) {
                tests.add(r.test());
            }
        }
        return tests;
    }

    /**
     * The footnotes followed by one note per test used, for example "a Fisher's exact test.".
     *
     * @return all notes in display order
     */
    public List<String> allFootnotes() {
        List<String> notes = new ArrayList<>(footnotes);
        List<StatTest> tests = tests();
        for (int i = 0; i < tests.size(); i++) {
            notes.add(letter(i) + " " + tests.get(i).label() + ".");
        }
        return notes;
    }

    private static String letter(int i) {
        return String.valueOf((char) ('a' + i));
    }

    /**
     * The table as CSV (RFC 4180): CRLF line ends, fields quoted when they contain a comma, quote,
     * CR or LF, quotes doubled. The first record is the header; a section row is its label
     * followed by empty fields; when any row names a test, a last column "Test" carries it. Title
     * and footnotes are not written, so that the file reads straight into R or a spreadsheet. A text cell that a
     * spreadsheet would read as a formula is written after an apostrophe ({@link SpreadsheetText}).
     *
     * @return the CSV text
     */
    public String toCsv() {
        boolean testColumn = !tests().isEmpty();
        StringBuilder out = new StringBuilder();
        List<String> head = new ArrayList<>(header);
        if (testColumn) {
            head.add("Test");
        }
        record(out, head);
        for (Row r : rows) {
            List<String> fields = new ArrayList<>(r.cells());
            while (fields.size() < header.size()) {
                fields.add("");
            }
            if (testColumn) {
                fields.add(r.test() == null ? "" : r.test().label());
            }
            record(out, fields);
        }
        return out.toString();
    }

    private static void record(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String f = SpreadsheetText.neutralise(fields.get(i));
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\r') >= 0 || f.indexOf('\n') >= 0) {
                out.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                out.append(f);
            }
        }
        out.append(CRLF);
    }

    /**
     * The table as an XHTML {@code <table>} element (well-formed XML, so that it also goes into the
     * PDF): caption, header, body, and footnotes in the footer; P values carry their test's letter
     * as a superscript.
     *
     * @return the HTML fragment
     */
    public String toHtml() {
        List<StatTest> tests = tests();
        StringBuilder h = new StringBuilder();
        h.append("<table class=\"marrow-table\" id=\"table-").append(name).append("\">\n");
        h.append("<caption>").append(Html.escape(title)).append("</caption>\n<thead><tr>");
        for (String col : header) {
            h.append("<th>").append(Html.escape(col)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (Row r : rows) {
            switch (r.style()) {
                case SECTION ->
                    h.append("<tr class=\"section\"><th colspan=\"")
                            .append(header.size())
                            .append("\">")
                            .append(Html.escape(r.cells().get(0)))
                            .append("</th></tr>\n");
                case DATA, INDENTED -> {
                    h.append(r.style() == Row.Style.INDENTED ? "<tr class=\"indented\">" : "<tr>");
                    for (int i = 0; i < r.cells().size(); i++) {
                        h.append(i == 0 ? "<th scope=\"row\">" : "<td>")
                                .append(Html.escape(r.cells().get(i)));
                        if (r.test() != null && i == r.cells().size() - 1) {
                            h.append("<sup>")
                                    .append(letter(tests.indexOf(r.test())))
                                    .append("</sup>");
                        }
                        h.append(i == 0 ? "</th>" : "</td>");
                    }
                    h.append("</tr>\n");
                }
            }
        }
        h.append("</tbody>\n");
        List<String> notes = allFootnotes();
        if (!notes.isEmpty()) {
            h.append("<tfoot>\n");
            for (String note : notes) {
                h.append("<tr><td colspan=\"")
                        .append(header.size())
                        .append("\">")
                        .append(Html.escape(note))
                        .append("</td></tr>\n");
            }
            h.append("</tfoot>\n");
        }
        h.append("</table>\n");
        return h.toString();
    }

    /**
     * Writes {@code <name>.csv} (UTF-8) into a directory, creating it if needed.
     *
     * @param directory the tables directory
     * @return the file written
     * @throws UncheckedIOException if the file cannot be written
     */
    public Path writeCsv(Path directory) {
        Path file = directory.resolve(name + ".csv");
        try {
            Files.createDirectories(directory);
            Files.writeString(file, toCsv(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write table " + name + " to " + file + ": " + e, e);
        }
        return file;
    }
}
