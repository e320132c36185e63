package org.marrow.cli.interop;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marrow.cli.CommandGroup;
import org.marrow.cli.Marrow;
import org.marrow.cli.protocol.StudyInputs;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.dataset.DatasetWriter;
import org.marrow.interop.ImportProblem;
import org.marrow.interop.fhir.FhirLabImport;
import org.marrow.interop.odm.OdmImport;
import org.marrow.study.EventType;
import org.marrow.study.LabRecord;
import org.marrow.study.RecordType;
import org.marrow.study.StudyDataset;
import org.marrow.study.StudyEvent;
import org.marrow.study.Subject;
import org.marrow.study.validation.StudyValidation;
import org.marrow.study.validation.SubjectContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marrow import odm|fhir}: a standard's file into a data set folder, every record checked by the study
 * validation; a file with any error changes nothing and prints every problem (exit code 2).
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import a CDISC ODM file as a data set folder, or a FHIR Bundle of lab results into a subject.")
public final class ImportCommand implements Runnable, CommandGroup {
    private static final List<Class<?>> SUBCOMMANDS = List.of(Odm.class, Fhir.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public List<Class<?>> subcommands() {
        return SUBCOMMANDS;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static byte[] read(CommandLine.Model.CommandSpec spec, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'" + file + "' is not a file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static void print(CommandLine.Model.CommandSpec spec, List<ImportProblem> problems) {
        PrintWriter err = spec.commandLine().getErr();
        problems.forEach(p -> err.println(p.render(MessageRenderer.english())));
        err.flush();
    }

    /** {@code marrow import odm FILE --out DATASET_DIR}: an ODM 1.3.2 file as a new data set folder. */
    @Command(
            name = "odm",
            mixinStandardHelpOptions = true,
            description = "Read a CDISC ODM 1.3.2 file (as marrow export --format odm writes it) into a new data set"
                    + " folder.")
    public static final class Odm implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The ODM file.")
        Path file;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new or empty data set folder.")
        Path out;

        @Override
        public Integer call() {
            byte[] bytes = read(spec, file);
            if (Files.exists(out) && !isEmptyDirectory(out)) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--out: '" + out + "' is not an empty directory; expected a new data set folder");
            }
            OdmImport.Result result = OdmImport.read(bytes, file.toString(), StudyValidation.asOf(LocalDate.now()));
            print(spec, result.problems());
            if (result.dataset().isEmpty()) {
                return Marrow.EXIT_USAGE;
            }
            StudyDataset dataset = result.dataset().get();
            DatasetWriter.write(dataset, out);
            spec.commandLine().getOut().println(dataset + " read from " + file + " and written to " + out);
            spec.commandLine().getOut().flush();
            return 0;
        }

        private static boolean isEmptyDirectory(Path dir) {
            try (Stream<Path> files = Files.list(dir)) {
                return files.findAny().isEmpty();
            } catch (IOException e) {
                return false;
            }
        }
    }

    /**
     * {@code marrow import fhir BUNDLE --subject ID DATASET_DIR}: a hospital's lab results into one subject's labs.
     */
    @Command(
            name = "fhir",
            mixinStandardHelpOptions = true,
            description =
                    "Add the laboratory Observations of an HL7 FHIR R4 Bundle (JSON or XML) to a subject's labs in"
                            + " a data set folder, in canonical units; values already recorded are left out.")
    public static final class Fhir implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "BUNDLE", description = "The FHIR Bundle.")
        Path bundle;

        @Parameters(index = "1", paramLabel = "DATASET_DIR", description = "The data set folder to add the labs to.")
        Path dir;

        @Option(
                names = "--subject",
                required = true,
                paramLabel = "ID",
                description = "The subject the results are of.")
        String subjectId;

        @Option(
                names = "--accept-implausible",
                description = "Add values the study validation finds doubtful (implausible, a likely unit mix-up).")
        boolean acceptImplausible;

        @Override
        public Integer call() {
            byte[] bytes = read(spec, bundle);
            try {
                StudyDataset dataset = StudyInputs.dataset(spec, dir).orThrow();
                Subject subject = StudyInputs.subject(spec, dataset, subjectId);
                SubjectContext context = SubjectContext.of(subject);
                Optional<LocalDate> death = dataset.recordsOf(subjectId).events().stream()
                        .filter(e -> e.type() == EventType.DEATH)
                        .map(StudyEvent::date)
                        .findFirst();
                if (death.isPresent()) {
                    context = context.withDeath(death.get(), Optional.empty());
                }
                List<LabRecord> existing = dataset.recordsOf(subjectId).labs();
                FhirLabImport.Result result = FhirLabImport.read(
                        bytes, bundle.toString(), context, existing, StudyValidation.asOf(LocalDate.now()));
                print(spec, result.problems());
                if (result.hasErrors() || (result.hasDoubts() && !acceptImplausible)) {
                    if (!result.hasErrors()) {
                        spec.commandLine()
                                .getErr()
                                .println("nothing added: confirm the doubtful values with --accept-implausible");
                    }
                    return Marrow.EXIT_USAGE;
                }
                List<LabRecord> labs = new ArrayList<>(dataset.labs());
                labs.addAll(result.added());
                List<RecordType> types = new ArrayList<>(dataset.recordTypes());
                types.add(RecordType.LABS);
                DatasetWriter.write(
                        StudyDataset.of(
                                dataset.subjects(),
                                labs,
                                dataset.transfusions(),
                                dataset.doses(),
                                dataset.adverseEvents(),
                                dataset.events(),
                                dataset.screeningHistory(),
                                dataset.mutations(),
                                types),
                        dir);
                spec.commandLine()
                        .getOut()
                        .println(result.added().size() + " lab values added to " + subjectId + " in " + dir
                                + (result.duplicates() == 0
                                        ? ""
                                        : "; " + result.duplicates() + " already recorded, left out"));
                spec.commandLine().getOut().flush();
                return 0;
            } catch (StudyInputs.Refused refused) {
                return Marrow.EXIT_USAGE;
            }
        }
    }
}
