package org.marrow.cli.protocol;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marrow.dataset.DatasetProblem;
import org.marrow.dataset.DatasetReader;
import org.marrow.dataset.DatasetReading;
import org.marrow.protocol.InvalidProtocolException;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.study.StudyDataset;
import org.marrow.study.Subject;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The inputs the protocol commands share, parsed at the boundary with the CLI's error conventions:
 * the protocol of {@code --protocol}, the data set folder, {@code --subject} and dates.
 */
public final class StudyInputs {
    /** A protocol or data set was refused; its problems are already printed on standard error. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused() {
            super(null, null, false, false);
        }
    }

    private StudyInputs() {}

    /**
     * Loads {@code --protocol}: a bundled id, {@code id@version}, or a YAML file. An invalid file
     * prints every problem on standard error and throws {@link Refused}.
     *
     * @param spec the command
     * @param reference the option's value
     * @return the protocol
     * @throws Refused if the protocol file has errors (every problem printed)
     * @throws CommandLine.ParameterException if no protocol has that id or version
     */
    public static Protocol protocol(CommandSpec spec, String reference) {
        ProtocolRegistry registry = ProtocolRegistry.bundled();
        String expected = "expected a bundled protocol (" + String.join(", ", registry.ids())
                + "), id@version or a protocol YAML file";
        boolean looksLikeFile = reference.endsWith(".yaml") || reference.endsWith(".yml") || reference.contains("/");
        try {
            if (Files.isRegularFile(Path.of(reference))) {
                return ProtocolRegistry.loadFile(Path.of(reference));
            }
            if (looksLikeFile) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--protocol: file '" + reference + "' does not exist; " + expected);
            }
            return registry.resolve(reference);
        } catch (InvalidProtocolException e) {
            PrintWriter err = spec.commandLine().getErr();
            e.problems().forEach(err::println);
            err.flush();
            throw new Refused();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--protocol: '" + reference + "' is not a bundled protocol; " + expected);
        }
    }

    /**
     * Reads the data set; problems are printed and {@link Refused} thrown, warnings printed.
     *
     * @param spec the command
     * @param dir the data set folder
     * @return the reading, valid
     * @throws Refused if the data set has errors (every problem printed)
     */
    public static DatasetReading dataset(CommandSpec spec, Path dir) {
        DatasetReading reading = DatasetReader.inspect(dir);
        PrintWriter err = spec.commandLine().getErr();
        if (!reading.isValid()) {
            reading.problems().forEach(err::println);
            err.flush();
            throw new Refused();
        }
        reading.warnings().forEach(err::println);
        err.flush();
        return reading;
    }

    static List<String> warnings(DatasetReading reading) {
        return reading.warnings().stream().map(DatasetProblem::toString).toList();
    }

    /**
     * The subject of {@code --subject}, or a one-line error naming the known subjects.
     *
     * @param spec the command
     * @param dataset the data set
     * @param id the option's value
     * @return the subject
     * @throws CommandLine.ParameterException if the data set has no such subject
     */
    public static Subject subject(CommandSpec spec, StudyDataset dataset, String id) {
        Optional<Subject> subject = dataset.subject(id);
        if (subject.isEmpty()) {
            List<String> ids =
                    dataset.subjects().stream().map(Subject::subjectId).toList();
            String known = ids.size() <= 10
                    ? String.join(", ", ids)
                    : String.join(", ", ids.subList(0, 10)) + ", ... (" + ids.size() + " subjects)";
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--subject: '" + id + "' is not in the data set; expected one of " + known);
        }
        return subject.get();
    }

    /** A date option value, or a one-line error naming the option, the value and the format. */
    static LocalDate date(CommandSpec spec, String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    option + ": '" + value + "' is not a date; expected YYYY-MM-DD (e.g. 2024-03-01)");
        }
    }

    static Map<String, String> protocolId(Protocol protocol) {
        Map<String, String> id = new LinkedHashMap<>();
        id.put("id", protocol.id());
        id.put("version", protocol.version());
        return id;
    }
}
