package org.marrow.cli.interop;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.marrow.analysis.StudyAnalysis;
import org.marrow.analysis.endpoint.Progress;
import org.marrow.cli.Marrow;
import org.marrow.cli.protocol.StudyInputs;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.interop.AuditHistory;
import org.marrow.interop.ExportFiles;
import org.marrow.interop.ExportFormat;
import org.marrow.interop.StudyExport;
import org.marrow.protocol.Protocol;
import org.marrow.study.StudyDataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marrow export --format r|sas|spss|stata|odm|sdtm|fhir --protocol ID DATASET_DIR --out DIR}: a data set
 * in a standard (docs/exports.md). A data set with errors prints every problem and exits with code 2, as do an
 * unknown format or protocol and an output path that is a file.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export a data set for R, SAS, SPSS or Stata, or as CDISC ODM, SDTM (with Define-XML and"
                + " Dataset-JSON) or an HL7 FHIR R4 Bundle.")
public final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--format",
            required = true,
            paramLabel = "FORMAT",
            description = "r, sas, spss, stata, odm, sdtm or fhir.")
    String format;

    @Option(
            names = "--protocol",
            required = true,
            paramLabel = "ID",
            description = "Bundled protocol id (ctx-ist), id@version, or a protocol .yaml file.")
    String protocolRef;

    @Parameters(index = "0", paramLabel = "DATASET_DIR", description = "The data set folder (docs/dataset-format.md).")
    Path dir;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Output directory (created if missing).")
    Path out;

    @Override
    public Integer call() {
        ExportFormat exportFormat;
        try {
            exportFormat = ExportFormat.fromCode(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--out: '" + out + "' is a file; expected a directory (it is created if missing)");
        }
        try {
            Protocol protocol = StudyInputs.protocol(spec, protocolRef);
            StudyDataset dataset = StudyInputs.dataset(spec, dir).orThrow();
            StudyAnalysis analysis;
            try {
                analysis = StudyAnalysis.of(protocol, dataset, null, Progress.NONE);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--protocol: " + e.getMessage());
            }
            StudyExport export = new StudyExport(
                    protocol,
                    dataset,
                    analysis,
                    AuditHistory.none(),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS),
                    Marrow.version(),
                    MessageRenderer.english());
            ExportFiles files = exportFormat.export(export);
            files.writeTo(out);
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println(
                    exportFormat.code() + " export of " + dataset.subjects().size() + " subjects (protocol "
                            + protocol.id() + " " + protocol.version() + ") written to " + out + ": "
                            + String.join(", ", files.names()));
            stdout.flush();
            return 0;
        } catch (StudyInputs.Refused refused) {
            return Marrow.EXIT_USAGE;
        }
    }
}
