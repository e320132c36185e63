package org.marrow.analysis.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marrow.analysis.figure.Figure;
import org.marrow.analysis.table.Table;

/**
 * A report's content: its header, sections of text, figures and tables in reading order, and the
 * machine-readable results written to {@code results.json}. Immutable; built with {@link
 * #builder(ReportHeader)} and written with {@link ReportWriter#write(Report, java.nio.file.Path)}.
 */
public final class Report {
    /** A part of a section. */
    public sealed interface Block permits Paragraph, FigureBlock, TableBlock {}

    /**
     * A paragraph of plain text.
     *
     * @param text the text
     */
    public record Paragraph(String text) implements Block {}

    /**
     * A figure with its caption.
     *
     * @param figure the figure
     * @param caption the caption (may be empty)
     */
    public record FigureBlock(Figure figure, String caption) implements Block {}

    /**
     * A table.
     *
     * @param table the table
     */
    public record TableBlock(Table table) implements Block {}

    /**
     * A section: a heading and its blocks.
     *
     * @param heading the heading
     * @param blocks the blocks in order
     */
    public record Section(String heading, List<Block> blocks) {}

    private final ReportHeader header;
    private final List<Section> sections;
    private final Map<String, Object> results;

    private Report(ReportHeader header, List<Section> sections, Map<String, Object> results) {
        this.header = header;
        this.sections = sections;
        this.results = results;
    }

    /**
     * Starts a report.
     *
     * @param header the report's provenance
     * @return a builder
     * @throws IllegalArgumentException if header is null
     */
    public static Builder builder(ReportHeader header) {
        if (header == null) {
            throw new IllegalArgumentException("Report header must not be null");
        }
        return new Builder(header);
    }

    /**
     * The header.
     *
     * @return the header
     */
    public ReportHeader header() {
        return header;
    }

    /**
     * The sections in reading order.
     *
     * @return unmodifiable sections
     */
    public List<Section> sections() {
        return sections;
    }

    /**
     * The results for {@code results.json}, in insertion order.
     *
     * @return unmodifiable map of top-level keys to records, lists, maps, numbers or strings
     */
    public Map<String, Object> results() {
        return results;
    }

    /**
     * Every figure, in reading order.
     *
     * @return the figures
     */
    public List<Figure> figures() {
        List<Figure> out = new ArrayList<>();
        for (Section s : sections) {
            for (Block b : s.blocks()) {
                if (b instanceof FigureBlock f) {
                    out.add(f.figure());
                }
            }
        }
        return out;
    }

    /**
     * Every table, in reading order.
     *
     * @return the tables
     */
    public List<Table> tables() {
        List<Table> out = new ArrayList<>();
        for (Section s : sections) {
            for (Block b : s.blocks()) {
                if (b instanceof TableBlock t) {
                    out.add(t.table());
                }
            }
        }
        return out;
    }

    /** Builds a {@link Report}; not thread-safe, single use. */
    public static final class Builder {
        private final ReportHeader header;
        private final List<Section> sections = new ArrayList<>();
        private final Map<String, Object> results = new LinkedHashMap<>();
        private final List<String> names = new ArrayList<>();
        private String heading;
        private List<Block> blocks;

        private Builder(ReportHeader header) {
            this.header = header;
        }

        /**
         * Starts a new section; the blocks added next go into it.
         *
         * @param heading the section heading
         * @return this builder
         * @throws IllegalArgumentException if the heading is blank
         */
        public Builder section(String heading) {
            if (heading == null || heading.isBlank()) {
                throw new IllegalArgumentException("Section heading (" + heading + ") must not be blank");
            }
            close();
            this.heading = heading;
            this.blocks = new ArrayList<>();
            return this;
        }

        /**
         * Adds a paragraph to the current section.
         *
         * @param text plain text (escaped when written)
         * @return this builder
         * @throws IllegalArgumentException if no section was started or the text is blank
         */
        public Builder paragraph(String text) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("Paragraph (" + text + ") must not be blank");
            }
            add(new Paragraph(text));
            return this;
        }

        /**
         * Adds a figure to the current section.
         *
         * @param figure the figure
         * @param caption its caption, plain text (may be empty)
         * @return this builder
         * @throws IllegalArgumentException if no section was started, an argument is null, or a
         *     figure of the same name was added already (their files would collide)
         */
        public Builder figure(Figure figure, String caption) {
            if (figure == null || caption == null) {
                throw new IllegalArgumentException("Figure and caption must not be null");
            }
            unique("figure", figure.name());
            add(new FigureBlock(figure, caption));
            return this;
        }

        /**
         * Adds a table to the current section.
         *
         * @param table the table
         * @return this builder
         * @throws IllegalArgumentException if no section was started, table is null, or a table of
         *     the same name was added already
         */
        public Builder table(Table table) {
            if (table == null) {
                throw new IllegalArgumentException("Table must not be null");
            }
            unique("table", table.name());
            add(new TableBlock(table));
            return this;
        }

        /**
         * Sets a top-level entry of {@code results.json}, for example {@code "response"} to a
         * list of {@code TimepointRates}. Records are written with snake_case field names.
         *
         * @param key the entry's name
         * @param value a record, list, map, number, string or boolean
         * @return this builder
         * @throws IllegalArgumentException if the key is blank or already set, or the value is null
         */
        public Builder result(String key, Object value) {
            if (key == null || key.isBlank() || value == null) {
                throw new IllegalArgumentException("Result key (" + key + ") and value must be given");
            }
            if (results.containsKey(key) || key.equals("report")) {
                throw new IllegalArgumentException("Result key '" + key + "' is already set");
            }
            results.put(key, value);
            return this;
        }

        /**
         * Finishes the report.
         *
         * @return the report
         * @throws IllegalArgumentException if it has no section
         */
        public Report build() {
            close();
            if (sections.isEmpty()) {
                throw new IllegalArgumentException("A report needs at least one section");
            }
            return new Report(
                    header, List.copyOf(sections), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(results)));
        }

        private void unique(String kind, String name) {
            if (names.contains(kind + ":" + name)) {
                throw new IllegalArgumentException("A " + kind + " named '" + name + "' is already in the report");
            }
            names.add(kind + ":" + name);
        }

        private void add(Block block) {
            if (blocks == null) {
                throw new IllegalArgumentException(
                        "Start a section before adding " + block.getClass().getSimpleName());
            }
            blocks.add(block);
        }

        private void close() {
            if (heading != null) {
                sections.add(new Section(heading, List.copyOf(blocks)));
                heading = null;
                blocks = null;
            }
        }
    }
}
