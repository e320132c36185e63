package org.marrow.analysis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marrow.analysis.figure.Figure;
import org.marrow.analysis.table.Table;

/**
 * A report's content: its header, sections of text, figures and tables in reading order, and the
 * machine-readable results written to {@code results.json} (a record, such as {@link StudyResults},
 * whose components are the file's entries). Immutable; built with {@link
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
    private final Record results;

    private Report(ReportHeader header, List<Section> sections, Record results) {
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
     * The results for {@code results.json}: a record whose components are the entries after the
     * header, in order.
     *
     * @return the results, empty for a report without them
     */
    public Optional<Record> results() {
        return Optional.ofNullable(results);
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
        private Record results;
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
         * Sets the results of {@code results.json}: a record whose components become the file's
         * entries after the header, with snake_case names, in order (for example {@link
         * StudyResults}).
         *
         * @param results the results
         * @return this builder
         * @throws IllegalArgumentException if results is null, already set, or has a component named
         *     {@code report} (the header's entry)
         */
        public Builder results(Record results) {
            if (results == null) {
                throw new IllegalArgumentException("Results must not be null");
            }
            if (this.results != null) {
                throw new IllegalArgumentException("Results are already set");
            }
            for (var c : results.getClass().getRecordComponents()) {
                if (c.getName().equals("report")) {
                    throw new IllegalArgumentException("Results must not have a component named 'report'");
                }
            }
            this.results = results;
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
            return new Report(header, List.copyOf(sections), results);
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
