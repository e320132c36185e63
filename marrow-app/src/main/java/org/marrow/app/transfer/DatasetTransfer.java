package org.marrow.app.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.marrow.app.assessment.Assessments;
import org.marrow.app.record.RecordKind;
import org.marrow.app.record.SourceRecords;
import org.marrow.app.security.Caller;
import org.marrow.app.study.Site;
import org.marrow.app.study.Studies;
import org.marrow.app.subject.SubjectInput;
import org.marrow.app.subject.SubjectView;
import org.marrow.app.subject.Subjects;
import org.marrow.app.web.ConflictException;
import org.marrow.app.web.ImportRejectedException;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.clinical.renal.Sex;
import org.marrow.dataset.DatasetFile;
import org.marrow.dataset.DatasetProblem;
import org.marrow.dataset.DatasetReader;
import org.marrow.dataset.DatasetReading;
import org.marrow.dataset.DatasetWriter;
import org.marrow.study.AdverseEvent;
import org.marrow.study.Dose;
import org.marrow.study.HistoryEntry;
import org.marrow.study.LabRecord;
import org.marrow.study.MutationRecord;
import org.marrow.study.StudyDataset;
import org.marrow.study.StudyEvent;
import org.marrow.study.Subject;
import org.marrow.study.TransfusionRecord;
import org.marrow.study.validation.StudyValidation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import and export of a whole study as a data set folder (docs/dataset-format.md) in a zip file.
 * An import is one transaction: a data set with any error is refused whole with every problem listed;
 * each row imported is audited with the data set's content hash as the reason. An export writes what
 * the caller may see, in entry order, so importing a data set and exporting it gives the same files.
 */
@Service
public class DatasetTransfer {
    private static final long MAX_UNZIPPED_BYTES = 200L * 1024 * 1024;

    private final Studies studies;
    private final Subjects subjects;
    private final SourceRecords records;
    private final Clock clock = Clock.systemDefaultZone();

    DatasetTransfer(Studies studies, Subjects subjects, SourceRecords records) {
        this.studies = studies;
        this.subjects = subjects;
        this.records = records;
    }

    /**
     * The outcome of an import.
     *
     * @param subjects subjects imported
     * @param records source records imported
     * @param contentHash the data set's content hash
     * @param warnings the reader's warnings (doubtful values accepted)
     */
    public record ImportResult(int subjects, int records, String contentHash, List<String> warnings) {}

    /**
     * Imports a zipped data set folder into a study.
     *
     * @param studyId the study
     * @param zip the zip file's bytes: the CSV files at its root or in one folder
     * @param caller the caller (an admin)
     * @return what was imported
     * @throws ImportRejectedException if the zip or the data set has errors (nothing is stored)
     * @throws ConflictException if a subject code already exists in the study
     */
    @Transactional
    public ImportResult importZip(long studyId, byte[] zip, Caller caller) {
        studies.study(studyId);
        Path dir = unzip(zip);
        try {
            DatasetReading reading = DatasetReader.inspect(dir, StudyValidation.asOf(LocalDate.now(clock)));
            if (!reading.isValid()) {
                throw new ImportRejectedException(
                        Message.of("app.import.errors", reading.errors().size()),
                        reading.problems().stream().map(p -> problem(dir, p)).toList());
            }
            StudyDataset data = reading.orThrow();
            String reason = "import of data set " + DatasetWriter.contentHash(data);
            Map<String, Long> ids = new HashMap<>();
            for (Subject s : data.subjects()) {
                Site site = studies.siteByCode(s.site()).orElseGet(() -> studies.createSite(s.site(), s.site()));
                SubjectInput in = new SubjectInput(
                        s.subjectId(),
                        site.id(),
                        s.sex() == Sex.MALE ? "M" : "F",
                        s.birthDate().toString(),
                        s.weightKg().toPlainString(),
                        s.heightCm().toPlainString(),
                        text(s.screenedOn()),
                        s.arm().orElse(null),
                        text(s.enrolledOn()),
                        text(s.firstDoseOn()),
                        null,
                        null,
                        null,
                        reason);
                ids.put(
                        s.subjectId(),
                        subjects.createWithArm(studyId, in, caller).id());
            }
            int count = 0;
            count += insertAll(RecordKind.LABS, data.labs(), LabRecord::subjectId, ids, reason);
            count += insertAll(RecordKind.TRANSFUSIONS, data.transfusions(), TransfusionRecord::subjectId, ids, reason);
            count += insertAll(RecordKind.DOSES, data.doses(), Dose::subjectId, ids, reason);
            count += insertAll(RecordKind.ADVERSE_EVENTS, data.adverseEvents(), AdverseEvent::subjectId, ids, reason);
            count += insertAll(RecordKind.EVENTS, data.events(), StudyEvent::subjectId, ids, reason);
            count += insertAll(RecordKind.HISTORY, data.screeningHistory(), HistoryEntry::subjectId, ids, reason);
            count += insertAll(RecordKind.MUTATIONS, data.mutations(), MutationRecord::subjectId, ids, reason);
            Set<DatasetFile> files = EnumSet.noneOf(DatasetFile.class);
            files.addAll(DatasetFile.filesOf(data));
            for (String name : studies.datasetFiles(studyId).split(",")) {
                DatasetFile.byName(name).ifPresent(files::add);
            }
            studies.setDatasetFiles(
                    studyId, files.stream().map(DatasetFile::fileName).collect(Collectors.joining(",")));
            return new ImportResult(
                    data.subjects().size(),
                    count,
                    DatasetWriter.contentHash(data),
                    reading.warnings().stream()
                            .map(p -> {
                                ImportRejectedException.ImportProblem shown = problem(dir, p);
                                return shown.location() + ": "
                                        + MessageRenderer.english()
                                                .render(Message.of("dataset.warning", shown.message()));
                            })
                            .toList());
        } finally {
            deleteTree(dir);
        }
    }

    private <T> int insertAll(
            RecordKind kind,
            List<T> rows,
            java.util.function.Function<T, String> subject,
            Map<String, Long> ids,
            String reason) {
        for (T row : rows) {
            records.insertChecked(ids.get(subject.apply(row)), kind, row, reason);
        }
        return rows.size();
    }

    private static String text(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }

    /** A problem of the data set as the API shows it: located in the data set, not on the server. */
    private static ImportRejectedException.ImportProblem problem(Path dir, DatasetProblem p) {
        Path file = Path.of(p.file());
        String name = file.startsWith(dir)
                ? dir.relativize(file).toString()
                : file.getFileName().toString();
        String location = p.line() == 0
                ? name
                : p.column() == 0 ? name + ":" + p.line() : name + ":" + p.line() + ":" + p.column();
        return new ImportRejectedException.ImportProblem(
                location,
                p.columnName().isEmpty() ? null : p.columnName(),
                p.columnName().isEmpty() ? null : p.value(),
                p.message(),
                !p.isError());
    }

    /**
     * The study's data, as far as the caller sees it, as a data set.
     *
     * @param studyId the study
     * @param caller the caller
     * @return the data set
     */
    @Transactional(readOnly = true)
    public StudyDataset export(long studyId, Caller caller) {
        studies.study(studyId);
        List<Subject> subjectRows = new ArrayList<>();
        for (SubjectView s : subjects.list(studyId, caller)) {
            subjectRows.add(Assessments.toDataset(s));
        }
        Set<DatasetFile> files = EnumSet.noneOf(DatasetFile.class);
        for (String name : studies.datasetFiles(studyId).split(",")) {
            DatasetFile.byName(name).ifPresent(files::add);
        }
        return StudyDataset.of(
                subjectRows,
                cast(records.datasetRecords(studyId, RecordKind.LABS, caller)),
                cast(records.datasetRecords(studyId, RecordKind.TRANSFUSIONS, caller)),
                cast(records.datasetRecords(studyId, RecordKind.DOSES, caller)),
                cast(records.datasetRecords(studyId, RecordKind.ADVERSE_EVENTS, caller)),
                cast(records.datasetRecords(studyId, RecordKind.EVENTS, caller)),
                cast(records.datasetRecords(studyId, RecordKind.HISTORY, caller)),
                cast(records.datasetRecords(studyId, RecordKind.MUTATIONS, caller)),
                files.stream().map(DatasetFile::recordType).toList());
    }

    /**
     * The study's data as a zipped data set folder.
     *
     * @param studyId the study
     * @param caller the caller
     * @return the zip file's bytes
     */
    @Transactional(readOnly = true)
    public byte[] exportZip(long studyId, Caller caller) {
        StudyDataset data = export(studyId, caller);
        Path dir;
        try {
            dir = Files.createTempDirectory("marrow-export");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            DatasetWriter.write(data, dir);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (DatasetFile file : DatasetFile.values()) {
                    Path path = dir.resolve(file.fileName());
                    if (Files.exists(path)) {
                        ZipEntry entry = new ZipEntry(file.fileName());
                        entry.setTime(0);
                        out.putNextEntry(entry);
                        Files.copy(path, out);
                        out.closeEntry();
                    }
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(dir);
        }
    }

    private static Path unzip(byte[] zip) {
        Path dir;
        try {
            dir = Files.createTempDirectory("marrow-import");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long total = 0;
        int files = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.isDirectory()) {
                    continue;
                }
                String name = e.getName();
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (base.isEmpty() || base.startsWith(".") || name.contains("..") || name.contains("\\")) {
                    continue;
                }
                Path target = dir.resolve(base);
                if (Files.exists(target)) {
                    deleteTree(dir);
                    throw new ImportRejectedException(Message.of("app.import.twice", base), List.of());
                }
                total += copyLimited(in, target, MAX_UNZIPPED_BYTES - total);
                files++;
            }
        } catch (IOException e) {
            deleteTree(dir);
            throw new ImportRejectedException(
                    e instanceof TooLargeException
                            ? Message.of("app.import.tooLarge", MAX_UNZIPPED_BYTES)
                            : Message.of("app.import.notZip"),
                    List.of());
        }
        if (files == 0) {
            deleteTree(dir);
            throw new ImportRejectedException(Message.of("app.import.empty"), List.of());
        }
        return dir;
    }

    private static long copyLimited(InputStream in, Path target, long limit) throws IOException {
        byte[] buffer = new byte[8192];
        long written = 0;
        try (var out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                written += n;
                if (written > limit) {
                    throw new TooLargeException();
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }

    /** The unzipped data set would exceed {@link #MAX_UNZIPPED_BYTES}. */
    private static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<Object> list) {
        return (List<T>) (List<?>) list;
    }
}
