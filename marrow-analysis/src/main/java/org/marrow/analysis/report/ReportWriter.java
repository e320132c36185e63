package org.marrow.analysis.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.marrow.analysis.figure.Figure;
import org.marrow.analysis.figure.FlowStage;
import org.marrow.analysis.figure.ParticipantFlow;
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
            Files.createDirectories(outDir.resolve("figures"));
            Files.createDirectories(outDir.resolve("tables"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + outDir + ": " + e, e);
        }
        // The files are independent but for the pages, which embed the figures: each figure is drawn
        // (SVG and PNG) once, on all cores, and the PDF, the longest single task, starts as soon as
        // its PNGs are ready.
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, ReportWriter::worker);
        try {
            List<Figure> figures = report.figures();
            Map<String, CompletableFuture<byte[]>> pngs = new LinkedHashMap<>();
            for (Figure f : figures) {
                pngs.put(f.name(), CompletableFuture.supplyAsync(() -> f.png(Figure.PNG_PIXELS_PER_POINT), pool));
            }
            Path pdf = outDir.resolve("report.pdf");
            CompletableFuture<Void> pdfDone = CompletableFuture.allOf(
                            pngs.values().toArray(CompletableFuture[]::new))
                    .thenRunAsync(
                            () -> {
                                String page =
                                        HtmlReport.render(report, HtmlReport.Figures.PNG, new HashMap<>(), done(pngs));
                                try (OutputStream out = Files.newOutputStream(pdf)) {
                                    PdfReport.render(page, out);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(
                                            "cannot write the report to " + outDir + ": " + e, e);
                                }
                            },
                            pool);
            Map<String, CompletableFuture<String>> svgs = new LinkedHashMap<>();
            List<CompletableFuture<?>> files = new ArrayList<>();
            Path figureDir = outDir.resolve("figures");
            for (Figure f : figures) {
                CompletableFuture<String> svg = CompletableFuture.supplyAsync(f::svg, pool);
                svgs.put(f.name(), svg);
                files.add(svg.thenAcceptAsync(
                        text -> write(
                                outDir,
                                figureDir.resolve(f.name() + ".svg"),
                                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + text + "\n")
                                        .getBytes(StandardCharsets.UTF_8)),
                        pool));
                files.add(pngs.get(f.name())
                        .thenAcceptAsync(png -> write(outDir, figureDir.resolve(f.name() + ".png"), png), pool));
            }
            Path html = outDir.resolve("report.html");
            files.add(CompletableFuture.allOf(svgs.values().toArray(CompletableFuture[]::new))
                    .thenRunAsync(
                            () -> write(
                                    outDir,
                                    html,
                                    HtmlReport.render(report, HtmlReport.Figures.SVG, done(svgs), new HashMap<>())
                                            .getBytes(StandardCharsets.UTF_8)),
                            pool));
            List<CompletableFuture<Path>> tables = new ArrayList<>();
            for (Table t : report.tables()) {
                tables.add(CompletableFuture.supplyAsync(() -> t.writeCsv(outDir.resolve("tables")), pool));
            }
            Path results = outDir.resolve("results.json");
            files.add(CompletableFuture.runAsync(() -> ResultsJson.write(report, results), pool));
            files.add(pdfDone);
            files.addAll(tables);
            List<Path> tablePaths = new ArrayList<>();
            for (CompletableFuture<?> file : files) {
                join(file);
            }
            for (CompletableFuture<Path> t : tables) {
                tablePaths.add(join(t));
            }
            List<Path> figurePaths = new ArrayList<>();
            for (Figure f : figures) {
                figurePaths.add(figureDir.resolve(f.name() + ".svg"));
            }
            return new ReportFiles(html, pdf, results, tablePaths, figurePaths);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Loads and initialises what writing a report needs (the PDF renderer with its fonts, PNG
     * encoding, SVG and raster drawing) by drawing a small figure and rendering a page with it to
     * PDF, all discarded, so that a later {@link #write} starts warm. Meant for a spare thread while
     * the data set is read (the command line does so); it writes no file and returns nothing. A
     * failure here is ignored: the same failure, if real, is reported by {@link #write}.
     */
    public static void prepare() {
        try {
            Figure figure = ParticipantFlow.of(
                    "warm-up", "Warm-up", List.of(FlowStage.of("Screened", 2), FlowStage.of("Treated", 1)));
            String svg = figure.svg();
            byte[] png = figure.png(1);
            String page =
                    "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>body { font-family: "
                            + HtmlReport.BODY_FONTS + "; } td { font-family: 'DejaVu Sans Mono'; }</style></head><body>"
                            + "<h1>Warm-up</h1><p><b>bold</b> <i>italic</i> " + svg.length() + "</p>"
                            + "<table><tr><th>a</th><td>1</td></tr></table><img src=\"data:image/png;base64,"
                            + java.util.Base64.getEncoder().encodeToString(png) + "\"/></body></html>";
            PdfReport.render(page, OutputStream.nullOutputStream());
        } catch (RuntimeException e) {
            // Only a head start: write() does the same work and reports any problem.
        }
    }

    private static Thread worker(Runnable task) {
        Thread t = new Thread(task, "marrow-report-writer");
        t.setDaemon(true);
        return t;
    }

    /** The values of futures known to be complete, in the same order. */
    private static <T> Map<String, T> done(Map<String, CompletableFuture<T>> futures) {
        Map<String, T> values = new LinkedHashMap<>();
        futures.forEach((name, future) -> values.put(name, future.join()));
        return values;
    }

    private static void write(Path outDir, Path file, byte[] content) {
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + outDir + ": " + e, e);
        }
    }

    /** The value of a task, with its own exception if it failed. */
    private static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
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
        return HtmlReport.render(report, HtmlReport.Figures.SVG, new HashMap<>(), new HashMap<>());
    }
}
