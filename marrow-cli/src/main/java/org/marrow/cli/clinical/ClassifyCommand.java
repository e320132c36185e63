package org.marrow.cli.clinical;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.marrow.cli.Json;
import org.marrow.cli.Marrow;
import org.marrow.cli.TextTable;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.response.CriteriaSet;
import org.marrow.clinical.response.ResponseCriteria;
import org.marrow.dataset.DatasetProblem;
import org.marrow.dataset.DatasetReader;
import org.marrow.dataset.DatasetReading;
import org.marrow.dataset.DatasetWriter;
import org.marrow.study.StudyDataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marrow classify DATASET_DIR}: for every subject and every date with blood counts, the
 * severity (modified Camitta, trial document 000), transfusion dependence (8-week look-back), the
 * response under a criteria set (baseline = the last values on or before {@code first_dose_on}),
 * the CTCAE v5.0 grades of that date's lab values, and the reasons.
 *
 * <p>A data set with errors prints every problem on standard error, one per line
 * ({@code file:line:column: ...}), nothing else, and exits with code 2. Warnings of a valid data set
 * are printed on standard error and included in the JSON output.
 */
@Command(
        name = "classify",
        mixinStandardHelpOptions = true,
        description = "Severity, transfusion dependence, response and CTCAE grades of every subject at every "
                + "date with blood counts.")
public final class ClassifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET_DIR", description = "The data set folder (docs/dataset-format.md).")
    Path dir;

    @Option(
            names = "--criteria",
            paramLabel = "SET",
            defaultValue = "five-tier",
            description =
                    "Response criteria: five-tier (document 000), standard or lineage. Default: ${DEFAULT-VALUE}.")
    String criteria;

    @Option(names = "--json", description = "Write JSON.")
    boolean json;

    @Option(names = "--csv", description = "Write CSV.")
    boolean csv;

    @Override
    public Integer call() {
        if (json && csv) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--json and --csv were both given; expected at most one output format");
        }
        CriteriaSet set;
        try {
            set = CriteriaSet.fromCode(criteria);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--criteria: '" + criteria + "' is not recognised; expected five-tier, standard or lineage");
        }
        DatasetReading reading = DatasetReader.inspect(dir);
        PrintWriter err = spec.commandLine().getErr();
        if (!reading.isValid()) {
            reading.problems().forEach(err::println);
            err.flush();
            return Marrow.EXIT_USAGE;
        }
        reading.warnings().forEach(err::println);
        err.flush();
        StudyDataset dataset = reading.dataset().orElseThrow();
        List<Classification.Assessment> assessments = new Classification(ResponseCriteria.of(set)).classify(dataset);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("criteria", set.code());
            document.put("dataset_sha256", DatasetWriter.contentHash(dataset));
            document.put("assessments", assessments);
            document.put(
                    "warnings",
                    reading.warnings().stream().map(DatasetProblem::toString).toList());
            Json.write(out, document);
        } else if (csv) {
            writeCsv(out, assessments);
        } else {
            writeTable(out, assessments);
        }
        return 0;
    }

    private static void writeTable(PrintWriter out, List<Classification.Assessment> assessments) {
        TextTable table = new TextTable(
                "subject_id", "date", "day", "severity", "transfusion_dependent", "response", "ctcae", "reason");
        for (Classification.Assessment a : assessments) {
            table.row(
                    a.subjectId(),
                    a.date(),
                    a.studyDay(),
                    a.severityLabel(),
                    yesNo(a.transfusionDependent()),
                    a.response(),
                    ctcaeText(a),
                    a.responseReason());
        }
        table.print(out);
    }

    private static String ctcaeText(Classification.Assessment a) {
        List<String> parts = new ArrayList<>();
        a.ctcae().forEach((test, grade) -> parts.add(test + " " + (grade == null ? "?" : grade)));
        return parts.isEmpty() ? "-" : String.join(", ", parts);
    }

    private static String yesNo(Boolean b) {
        return b == null ? "unknown" : b ? "yes" : "no";
    }

    private static void writeCsv(PrintWriter out, List<Classification.Assessment> assessments) {
        List<String> header = new ArrayList<>(List.of(
                "subject_id",
                "date",
                "study_day",
                "severity",
                "severity_label",
                "transfusion_dependent",
                "rbc_dependent",
                "plt_dependent",
                "response"));
        for (LabTest test : Classification.GRADED) {
            header.add("ctcae_" + test.code());
        }
        header.add("reasons");
        try {
            CSVPrinter printer = new CSVPrinter(
                    out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            printer.printRecord(header);
            for (Classification.Assessment a : assessments) {
                List<String> row = new ArrayList<>(List.of(
                        a.subjectId(),
                        a.date(),
                        na(a.studyDay()),
                        na(a.severity()),
                        na(a.severityLabel()),
                        na(a.transfusionDependent()),
                        na(a.redCellDependent()),
                        na(a.plateletDependent()),
                        na(a.response())));
                for (LabTest test : Classification.GRADED) {
                    row.add(na(a.ctcae().get(test.code())));
                }
                row.add(String.join(" | ", a.reasons()));
                printer.printRecord(row);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    private static String na(Object value) {
        return value == null ? "NA" : value.toString();
    }
}
