package org.marrow.cli.stats;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marrow.cli.Json;
import org.marrow.cli.TextTable;
import org.marrow.stats.table.ChiSquareResult;
import org.marrow.stats.table.ChiSquareTest;
import org.marrow.stats.table.ContingencyTable;
import org.marrow.stats.table.FisherTest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marrow stats table}: tests of independence on an r x c table of counts. */
@Command(
        name = "table",
        mixinStandardHelpOptions = true,
        description = {
            "Tests independence of rows and columns of an r x c table of counts: Pearson's chi-square"
                    + " (R chisq.test(correct = FALSE); for a 2x2 table also with Yates' correction, R's default)"
                    + " and the Fisher-Freeman-Halton exact test (R fisher.test).",
            "Fisher's test enumerates the tables with the observed margins; for a table too large to enumerate"
                    + " fisher_p is null (NA) and fisher_note says why. A row or column of zeros gives a chi-square"
                    + " of NA, as in R."
        })
public final class TableCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--counts",
            required = true,
            description =
                    "The counts, rows separated by ';' and counts by ',', e.g. \"3,4,5;6,7,8\" (2 rows, 3 columns).")
    String counts;

    @Option(names = "--json", description = "Write JSON instead of tables.")
    boolean json;

    @Override
    public Integer call() {
        ContingencyTable table = parse();
        ChiSquareResult chi = ChiSquareTest.PEARSON.test(table);
        ChiSquareResult yates = table.isTwoByTwo() ? ChiSquareTest.YATES.test(table) : null;
        double fisherP = Double.NaN;
        String fisherNote = null;
        try {
            fisherP = FisherTest.pValue(table);
        } catch (IllegalArgumentException e) {
            fisherNote = e.getMessage();
        }
        String warning = chi.smallExpectedCount()
                ? "Chi-squared approximation may be incorrect: an expected count is below 5"
                : null;
        var o = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("rows", table.rows());
            out.put("columns", table.columns());
            out.put("total", table.total());
            out.put("chisq", chi.statistic());
            out.put("df", chi.degreesOfFreedom());
            out.put("p", chi.p());
            if (yates != null) {
                out.put("chisq_yates", yates.statistic());
                out.put("chisq_yates_p", yates.p());
            }
            out.put("fisher_p", fisherP);
            out.put("fisher_note", fisherNote);
            out.put("expected", chi.expected());
            out.put("small_expected", chi.smallExpectedCount());
            out.put("warning", warning);
            Json.write(o, out);
            return 0;
        }
        String[] header = new String[table.columns() + 1];
        header[0] = "expected";
        for (int j = 0; j < table.columns(); j++) {
            header[j + 1] = "column " + (j + 1);
        }
        TextTable expected = new TextTable(header);
        double[][] e = chi.expected();
        for (int i = 0; i < table.rows(); i++) {
            Object[] row = new Object[table.columns() + 1];
            row[0] = "row " + (i + 1);
            for (int j = 0; j < table.columns(); j++) {
                row[j + 1] = e[i][j];
            }
            expected.row(row);
        }
        expected.print(o);
        o.println();
        TextTable tests = new TextTable("test", "statistic", "df", "p")
                .row("Pearson chi-square", chi.statistic(), chi.degreesOfFreedom(), chi.p());
        if (yates != null) {
            tests.row("Pearson chi-square, Yates", yates.statistic(), yates.degreesOfFreedom(), yates.p());
        }
        tests.row("Fisher exact (two-sided)", "", "", fisherP).print(o);
        if (fisherNote != null) {
            o.println("Note: " + fisherNote);
        }
        if (warning != null) {
            o.println("Warning: " + warning);
        }
        o.flush();
        return 0;
    }

    private ContingencyTable parse() {
        CommandLine cl = spec.commandLine();
        String[] rows = counts.split(";", -1);
        int[][] cells = new int[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            String[] parts = rows[i].split(",", -1);
            cells[i] = new int[parts.length];
            for (int j = 0; j < parts.length; j++) {
                String s = parts[j].strip();
                try {
                    cells[i][j] = Integer.parseInt(s);
                } catch (NumberFormatException e) {
                    cells[i][j] = -1;
                }
                if (cells[i][j] < 0) {
                    throw new CommandLine.ParameterException(
                            cl,
                            "--counts: row " + (i + 1) + ", column " + (j + 1) + " is '" + s
                                    + "'; expected a whole number >= 0 (rows separated by ';', counts by ',')");
                }
            }
        }
        try {
            return ContingencyTable.of(cells);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--counts: " + e.getMessage());
        }
    }
}
