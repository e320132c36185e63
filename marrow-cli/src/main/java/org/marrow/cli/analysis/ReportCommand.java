package org.marrow.cli.analysis;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.marrow.analysis.StudyAnalysis;
import org.marrow.analysis.endpoint.AnalysisPlan;
import org.marrow.analysis.endpoint.EndpointDerivation;
import org.marrow.analysis.endpoint.Progress;
import org.marrow.analysis.report.Report;
import org.marrow.analysis.report.ReportFiles;
import org.marrow.analysis.report.ReportHeader;
import org.marrow.analysis.report.ReportWriter;
import org.marrow.analysis.stage.MonitoringLookStatus;
import org.marrow.analysis.stage.SimonStage;
import org.marrow.analysis.stage.SimonStatus;
import org.marrow.analysis.stage.ToxicityLookStatus;
import org.marrow.analysis.stage.ToxicityStatus;
import org.marrow.cli.Marrow;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.dataset.DatasetReader;
import org.marrow.dataset.DatasetReading;
import org.marrow.dataset.DatasetWriter;
import org.marrow.protocol.InvalidProtocolException;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.study.StudyDataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marrow report --protocol ID DATASET_DIR --out DIR [--as-of DATE]}: the trial report of a
 * study data set under its protocol: {@code report.html}, {@code report.pdf}, {@code
 * tables/*.csv}, {@code figures/*.svg} (and PNG) and {@code results.json}.
 *
 * <p>A data set with errors prints every problem on standard error, one per line, and exits with
 * code 2; so does an invalid protocol file. Other bad input (unknown protocol, a malformed or future
 * {@code --as-of}, an output path that is a file) is one line and exit code 2. On a terminal a
 * progress bar is drawn on standard error.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Write the trial report (HTML, PDF, CSV tables, SVG figures, results.json) of a data set.")
public final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET_DIR", description = "The data set folder (docs/dataset-format.md).")
    Path dir;

    @Option(
            names = "--protocol",
            required = true,
            paramLabel = "ID",
            description = "Bundled protocol id (ctx-ist), id@version, or a protocol .yaml file.")
    String protocolRef;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "Data cut-off (YYYY-MM-DD): analyse the data as they stood on that date.")
    String asOfText;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LocalDate today = LocalDate.now();
        LocalDate asOf = null;
        if (asOfText != null) {
            try {
                asOf = LocalDate.parse(asOfText);
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--as-of: '" + asOfText + "' is not a date; expected YYYY-MM-DD");
            }
            if (asOf.isAfter(today)) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--as-of: " + asOf + " is after today (" + today + "); expected a cut-off on or before today");
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--out: '" + out + "' is a file; expected a directory (it is created if missing)");
        }
        Protocol protocol;
        try {
            protocol = ProtocolRegistry.bundled().resolve(protocolRef);
        } catch (InvalidProtocolException e) {
            e.problems().forEach(err::println);
            err.flush();
            return Marrow.EXIT_USAGE;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--protocol: " + e.getMessage());
        }
        AnalysisPlan plan;
        try {
            plan = AnalysisPlan.of(protocol);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--protocol: " + e.getMessage());
        }
        Progress progress = TerminalProgress.forConsole(err);
        // The PDF and figure renderers load and initialise (classes, fonts) on a spare thread while
        // the data set is read; the hash is computed while the endpoints are derived.
        Thread writerWarmUp = new Thread(ReportWriter::prepare, "marrow-report-warm-up");
        writerWarmUp.setDaemon(true);
        writerWarmUp.setPriority(Thread.MIN_PRIORITY);
        writerWarmUp.start();
        stage(progress, "reading " + dir);
        DatasetReading reading = DatasetReader.inspect(dir);
        if (!reading.isValid()) {
            reading.problems().forEach(err::println);
            err.flush();
            return Marrow.EXIT_USAGE;
        }
        reading.warnings().forEach(err::println);
        err.flush();
        StudyDataset dataset = reading.dataset().orElseThrow();
        FutureTask<String> hashing = new FutureTask<>(() -> DatasetWriter.contentHash(dataset));
        Thread hasher = new Thread(hashing, "marrow-report-hash");
        hasher.setDaemon(true);
        hasher.start();
        StudyAnalysis analysis;
        try {
            analysis = StudyAnalysis.of(EndpointDerivation.derive(protocol, dataset, plan, asOf, progress));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--protocol: " + e.getMessage());
        }
        stage(progress, "writing the report");
        String hash = result(hashing);
        ReportHeader header = new ReportHeader(
                protocol.identity().title(), hash, protocol.id(), protocol.version(), Marrow.version(), today, asOf);
        Report report = analysis.report(header);
        ReportFiles files = ReportWriter.write(report, out);
        stage(progress, "");
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("report of " + analysis.endpoints().subjects().size() + " treated subjects (protocol "
                + protocol.id() + " "
                + protocol.version() + (asOf == null ? "" : ", data as of " + asOf) + ") written to " + out + ": "
                + out.relativize(files.html()) + ", " + out.relativize(files.pdf()) + ", "
                + out.relativize(files.results()) + ", " + files.tables().size() + " tables, "
                + files.figures().size() + " figures");
        analysis.simon().ifPresent(s -> simon(stdout, s));
        monitoring(stdout, analysis);
        stdout.flush();
        return 0;
    }

    /**
     * The Simon stage status, one line per stage (document 002: "stage 1: 15 patients ..."), and the
     * inference after the two stages once the outcome is known.
     */
    private static void simon(PrintWriter out, SimonStatus status) {
        MessageRenderer english = MessageRenderer.english();
        for (SimonStage s : status.stages()) {
            out.println("Simon two-stage design: " + english.render(status.summary(s)));
        }
        status.inferenceSummary().ifPresent(m -> out.println("Simon two-stage inference: " + english.render(m)));
    }

    /** The Bayesian monitoring, one line per look reached, and each toxicity rule, one line per look. */
    private static void monitoring(PrintWriter out, StudyAnalysis analysis) {
        MessageRenderer english = MessageRenderer.english();
        analysis.monitoring().ifPresent(m -> {
            for (MonitoringLookStatus l : m.looks()) {
                out.println("Bayesian monitoring: " + english.render(m.summary(l)));
            }
        });
        for (ToxicityStatus t : analysis.toxicity()) {
            for (ToxicityLookStatus l : t.looks()) {
                out.println("Toxicity stopping: " + english.render(t.summary(l)));
            }
        }
    }

    private static String result(FutureTask<String> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while hashing the data set", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void stage(Progress progress, String text) {
        if (progress instanceof TerminalProgress t) {
            t.stage(text);
        }
    }
}
