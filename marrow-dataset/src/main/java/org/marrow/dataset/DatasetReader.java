package org.marrow.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.marrow.clinical.message.Message;
import org.marrow.study.AdverseEvent;
import org.marrow.study.Dose;
import org.marrow.study.HistoryEntry;
import org.marrow.study.LabRecord;
import org.marrow.study.MutationRecord;
import org.marrow.study.RecordField;
import org.marrow.study.StudyDataset;
import org.marrow.study.StudyEvent;
import org.marrow.study.Subject;
import org.marrow.study.TransfusionRecord;
import org.marrow.study.validation.StudyValidation;

/**
 * Reads a study data set folder (docs/dataset-format.md), reporting every problem at once. Each row is
 * read by the one study validation ({@link StudyValidation}), whose problems are reported at {@code
 * file:line:column} with the column, the value and what was expected; the folder adds its own:
 * unknown and missing columns (naming the allowed ones), malformed lines, a {@code subject_id} not in
 * {@code subjects.csv} or listed twice, a screening history item given twice, and, as warnings, a lab
 * test given twice on one date, reticulocytes in % without a red cell count, unknown files in the
 * folder.
 *
 * <p>The files are read from their bytes ({@link CsvFile}), {@code subjects.csv} and {@code events.csv}
 * first (the others refer to their subjects and deaths), then the others at once, in parts of a few
 * megabytes on every core.
 */
public final class DatasetReader {
    private final Path dir;
    private final StudyValidation validation;
    private final DatasetRows rows = new DatasetRows();

    private DatasetReader(Path dir, StudyValidation validation) {
        this.dir = dir;
        this.validation = validation;
    }

    /**
     * Reads a data set folder, checking dates against today by the system clock.
     *
     * @param dir the folder
     * @return the data set
     * @throws DatasetException if the folder has errors; it lists every problem, warnings included
     * @throws UncheckedIOException if a file exists but cannot be read
     */
    public static StudyDataset read(Path dir) {
        return inspect(dir).orThrow();
    }

    /**
     * Reads a data set folder without throwing on errors, checking dates against today by the system
     * clock.
     *
     * @param dir the folder
     * @return the data set if it has no errors, and every problem found
     * @throws UncheckedIOException if a file exists but cannot be read
     */
    public static DatasetReading inspect(Path dir) {
        return inspect(dir, StudyValidation.asOf(LocalDate.now(Clock.systemDefaultZone())));
    }

    /**
     * Reads a data set folder by a given validation (today, dose limits) without throwing on errors.
     *
     * @param dir the folder
     * @param validation the rules every row is read by
     * @return the data set if it has no errors, and every problem found
     * @throws UncheckedIOException if a file exists but cannot be read
     */
    public static DatasetReading inspect(Path dir, StudyValidation validation) {
        return new DatasetReader(dir, validation).run();
    }

    private DatasetReading run() {
        List<DatasetProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(DatasetProblem.ofFile(
                    DatasetProblem.Level.ERROR,
                    dir.toString(),
                    Message.of(Files.exists(dir) ? "dataset.folder.notDirectory" : "dataset.folder.missing")));
            return new DatasetReading(Optional.empty(), problems);
        }
        warnUnknownFiles(problems);
        Set<DatasetFile> present = EnumSet.noneOf(DatasetFile.class);
        FileReading<Subject> subjectReading = new FileReading<>(DatasetFile.SUBJECTS, rows::subject, false, false);
        List<Subject> subjects = readAlone(subjectReading, present, problems);
        FileReading<StudyEvent> eventReading = new FileReading<>(DatasetFile.EVENTS, rows::event, false, false);
        List<StudyEvent> events = readAlone(eventReading, present, problems);
        FileReading<LabRecord> labReading = new FileReading<>(DatasetFile.LABS, rows::lab, true, true);
        FileReading<TransfusionRecord> transfusionReading =
                new FileReading<>(DatasetFile.TRANSFUSIONS, rows::transfusion, true, false);
        FileReading<Dose> doseReading = new FileReading<>(DatasetFile.DOSES, rows::dose, true, false);
        FileReading<AdverseEvent> adverseEventReading =
                new FileReading<>(DatasetFile.ADVERSE_EVENTS, rows::adverseEvent, false, false);
        // Duplicate items are found in file order: the history file is one part.
        FileReading<HistoryEntry> historyReading =
                new FileReading<>(DatasetFile.SCREENING_HISTORY, rows::historyEntry, false, false);
        FileReading<MutationRecord> mutationReading =
                new FileReading<>(DatasetFile.MUTATIONS, rows::mutation, false, false);
        List<FileReading<?>> rest = List.of(
                labReading, transfusionReading, doseReading, adverseEventReading, historyReading, mutationReading);
        runAll(rest.stream()
                .<Runnable>map(r -> () -> r.prepare(dir, validation))
                .toList());
        List<Runnable> tasks = new ArrayList<>();
        for (FileReading<?> reading : rest) {
            publish(reading, present, problems);
            tasks.addAll(reading.tasks());
        }
        runAll(tasks);
        List<LabRecord> labs = labReading.finish(problems);
        LabChecks.check(
                labs,
                labReading.lines(),
                rows.subjects(),
                dir.resolve(DatasetFile.LABS.fileName()).toString(),
                labReading.position(RecordField.TEST),
                problems);
        List<TransfusionRecord> transfusions = transfusionReading.finish(problems);
        List<Dose> doses = doseReading.finish(problems);
        List<AdverseEvent> adverseEvents = adverseEventReading.finish(problems);
        List<HistoryEntry> history = historyReading.finish(problems);
        List<MutationRecord> mutations = mutationReading.finish(problems);
        List<DatasetProblem> sorted = sorted(problems);
        if (sorted.stream().anyMatch(DatasetProblem::isError)) {
            return new DatasetReading(Optional.empty(), sorted);
        }
        StudyDataset dataset = StudyDataset.of(
                subjects,
                labs,
                transfusions,
                doses,
                adverseEvents,
                events,
                history,
                mutations,
                present.stream().map(DatasetFile::recordType).toList());
        return new DatasetReading(Optional.of(dataset), sorted);
    }

    /** Reads a file that the others depend on, alone and in one part. */
    private <T> List<T> readAlone(FileReading<T> reading, Set<DatasetFile> present, List<DatasetProblem> problems) {
        reading.prepare(dir, validation);
        publish(reading, present, problems);
        runAll(reading.tasks());
        return reading.finish(problems);
    }

    private static void publish(FileReading<?> reading, Set<DatasetFile> present, List<DatasetProblem> problems) {
        if (reading.exists()) {
            present.add(reading.file());
        }
        problems.addAll(reading.fileProblems());
    }

    private static void runAll(List<Runnable> tasks) {
        if (tasks.size() == 1) {
            tasks.get(0).run();
        } else if (!tasks.isEmpty()) {
            tasks.parallelStream().forEach(Runnable::run);
        }
    }

    /** The problems by file (folder, data set files in canonical order, other files), line and column. */
    private List<DatasetProblem> sorted(List<DatasetProblem> problems) {
        List<DatasetProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((DatasetProblem p) -> fileRank(p.file()))
                .thenComparingLong(DatasetProblem::line)
                .thenComparingInt(DatasetProblem::column));
        return sorted;
    }

    private int fileRank(String file) {
        for (DatasetFile f : DatasetFile.values()) {
            if (file.equals(dir.resolve(f.fileName()).toString())) {
                return f.ordinal() + 1;
            }
        }
        return file.equals(dir.toString()) ? 0 : DatasetFile.values().length + 1;
    }

    private void warnUnknownFiles(List<DatasetProblem> problems) {
        List<String> names =
                Arrays.stream(DatasetFile.values()).map(DatasetFile::fileName).toList();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p ->
                            p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .filter(p -> DatasetFile.byName(p.getFileName().toString()).isEmpty())
                    .sorted()
                    .forEach(p -> problems.add(DatasetProblem.ofFile(
                            DatasetProblem.Level.WARNING, p.toString(), Message.of("dataset.file.unknown", names))));
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
    }
}
