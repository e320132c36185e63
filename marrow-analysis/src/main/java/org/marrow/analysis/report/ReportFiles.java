package org.marrow.analysis.report;

import java.nio.file.Path;
import java.util.List;

/**
 * The files a report was written to.
 *
 * @param html the self-contained {@code report.html}
 * @param pdf {@code report.pdf}
 * @param results {@code results.json}
 * @param tables {@code tables/<name>.csv}, in reading order
 * @param figures {@code figures/<name>.svg}, in reading order (each with a {@code .png} beside it)
 */
public record ReportFiles(Path html, Path pdf, Path results, List<Path> tables, List<Path> figures) {
    /** Copies the lists. */
    public ReportFiles {
        tables = List.copyOf(tables);
        figures = List.copyOf(figures);
    }
}
