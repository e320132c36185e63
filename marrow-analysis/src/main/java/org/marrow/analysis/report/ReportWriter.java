package org.marrow.analysis.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marrow.analysis.figure.Figure;
import org.marrow.analysis.table.Table;

/**
 * Writes a report into an output directory: {@code report.html} (self-contained: inline CSS and
 * SVG), {@code report.pdf} (from the same page, figures as PNG), {@code results.json}, {@code
 * tables/<name>.csv} and {@code figures/<name>.svg} with {@code .png}.
 */
public final class ReportWriter {
    private ReportWriter() {}

    /**
     * Writes every file of the report, creating the directories as needed and replacing files
     * of the same names.
     *
     * @param report the report
     * @param outDir the output directory
     * @return the files written
     * @throws IllegalArgumentException if an argument is null or outDir exists and is not a
     *     directory
     * @throws UncheckedIOException if a file cannot be written
     */
    public static ReportFiles write(Report report, Path outDir) {
        if (report == null || outDir == null) {
            throw new IllegalArgumentException("Report and output directory must not be null");
        }
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new IllegalArgumentException("Output directory (" + outDir + ") exists and is not a directory");
        }
        try {
            Files.createDirectories(outDir);
            List<Path> tables = new ArrayList<>();
            for (Table t : report.tables()) {
                tables.add(t.writeCsv(outDir.resolve("tables")));
            }
            Map<String, byte[]> pngs = new HashMap<>();
            List<Path> figures = new ArrayList<>();
            Path figureDir = Files.createDirectories(outDir.resolve("figures"));
            for (Figure f : report.figures()) {
                Path svg = figureDir.resolve(f.name() + ".svg");
                Files.writeString(
                        svg, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + f.svg() + "\n", StandardCharsets.UTF_8);
                byte[] png = f.png(Figure.PNG_PIXELS_PER_POINT);
                Files.write(figureDir.resolve(f.name() + ".png"), png);
                pngs.put(f.name(), png);
                figures.add(svg);
            }
            Path html = outDir.resolve("report.html");
            Files.writeString(html, HtmlReport.render(report, HtmlReport.Figures.SVG, pngs), StandardCharsets.UTF_8);
            Path pdf = outDir.resolve("report.pdf");
            try (OutputStream out = Files.newOutputStream(pdf)) {
                PdfReport.render(HtmlReport.render(report, HtmlReport.Figures.PNG, pngs), out);
            }
            Path results = outDir.resolve("results.json");
            ResultsJson.write(report, results);
            return new ReportFiles(html, pdf, results, tables, figures);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + outDir + ": " + e, e);
        }
    }

    /**
     * The report as a self-contained HTML page with inline SVG figures, as written to {@code
     * report.html}.
     *
     * @param report the report
     * @return the page
     * @throws IllegalArgumentException if report is null
     */
    public static String html(Report report) {
        if (report == null) {
            throw new IllegalArgumentException("Report must not be null");
        }
        return HtmlReport.render(report, HtmlReport.Figures.SVG, new HashMap<>());
    }
}
