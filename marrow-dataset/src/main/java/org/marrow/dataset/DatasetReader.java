package org.marrow.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.marrow.clinical.quantity.ImpossibleLabValueException;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.Plausibility;
import org.marrow.clinical.quantity.Unit;
import org.marrow.clinical.renal.Sex;
import org.marrow.clinical.transfusion.BloodProduct;
import org.marrow.clinical.transfusion.Transfusion;
import org.marrow.study.AdverseEvent;
import org.marrow.study.Dose;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;
import org.marrow.study.EventType;
import org.marrow.study.HistoryEntry;
import org.marrow.study.HistoryItem;
import org.marrow.study.LabRecord;
import org.marrow.study.StudyDataset;
import org.marrow.study.StudyEvent;
import org.marrow.study.Subject;
import org.marrow.study.TransfusionRecord;

/**
 * Reads a study data set folder (docs/dataset-format.md), reporting every problem at once: each bad
 * cell with {@code file:line:column}, the column, the value and what was expected; unknown and
 * missing columns (naming the allowed ones); cross-file problems (a {@code subject_id} not in
 * {@code subjects.csv}, a duplicate {@code subject_id}, a date before the subject's birth); and, as
 * warnings, values that are accepted but doubtful (implausible lab values and likely unit mix-ups by
 * the clinical plausibility rules of {@link LabValue#plausibility()}, reticulocytes in % without a red
 * cell count, records after death, doses before the first dose date, unknown files in the folder).
 * Impossible lab values ({@link LabValue#of}) are errors.
 */
public final class DatasetReader {
    private static final Map<String, LabTest> LAB_TESTS = labTests();
    private static final BigDecimal MAX_WEIGHT = new BigDecimal("400");
    private static final BigDecimal MAX_HEIGHT = new BigDecimal("300");
    private static final BigDecimal[] PLAUSIBLE_WEIGHT = {new BigDecimal("25"), new BigDecimal("200")};
    private static final BigDecimal[] PLAUSIBLE_HEIGHT = {new BigDecimal("100"), new BigDecimal("230")};
    private static final int MAX_PLAUSIBLE_UNITS = 10;

    private final Path dir;
    private final Problems problems = new Problems();
    private final Map<String, SubjectInfo> subjectInfo = new HashMap<>();
    private final Map<String, LocalDate> deaths = new HashMap<>();

    /**
     * What the other files need to know of a subject row, even an invalid one; {@code id} is the one
     * instance of the identifier that every record of the subject shares.
     */
    private record SubjectInfo(
            String id, int ordinal, long line, LocalDate birthDate, LocalDate enrolledOn, LocalDate firstDoseOn) {}

    private static Map<String, LabTest> labTests() {
        Map<String, LabTest> tests = new HashMap<>();
        for (LabTest test : LabTest.values()) {
            tests.put(test.code(), test);
        }
        return Map.copyOf(tests);
    }

    private DatasetReader(Path dir) {
        this.dir = dir;
    }

    /**
     * Reads a data set folder.
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
     * Reads a data set folder without throwing on errors.
     *
     * @param dir the folder
     * @return the data set if it has no errors, and every problem found
     * @throws UncheckedIOException if a file exists but cannot be read
     */
    public static DatasetReading inspect(Path dir) {
        return new DatasetReader(dir).run();
    }

    private DatasetReading run() {
        String dirName = dir.toString();
        if (!Files.isDirectory(dir)) {
            problems.fileError(
                    dirName,
                    Files.exists(dir)
                            ? "not a directory, expected a data set folder"
                            : "no such directory, expected a data set folder with subjects.csv");
            return new DatasetReading(Optional.empty(), problems.sorted(f -> 0));
        }
        warnUnknownFiles();
        Set<DatasetFile> present = EnumSet.noneOf(DatasetFile.class);
        // The other files refer to subjects (and to deaths): those two files come first, the rest
        // are independent of one another and read in parallel, in parts of a few megabytes.
        FileReading<Subject> subjectReading = new FileReading<>(DatasetFile.SUBJECTS, this::subject, false);
        subjectReading.prepare();
        subjectReading.publish(present);
        runAll(subjectReading.parts);
        List<Subject> subjects = subjectReading.finish();
        FileReading<StudyEvent> eventReading = new FileReading<>(DatasetFile.EVENTS, this::event, false);
        eventReading.prepare();
        eventReading.publish(present);
        runAll(eventReading.parts);
        List<StudyEvent> events = eventReading.finish();
        FileReading<LabRecord> labReading = new FileReading<>(DatasetFile.LABS, this::lab, true);
        FileReading<TransfusionRecord> transfusionReading =
                new FileReading<>(DatasetFile.TRANSFUSIONS, this::transfusion, true);
        FileReading<Dose> doseReading = new FileReading<>(DatasetFile.DOSES, this::dose, true);
        FileReading<AdverseEvent> adverseEventReading =
                new FileReading<>(DatasetFile.ADVERSE_EVENTS, this::adverseEvent, false);
        // Duplicate items are found in file order: the history file is one part.
        FileReading<HistoryEntry> historyReading =
                new FileReading<>(DatasetFile.SCREENING_HISTORY, this::historyEntry, false);
        List<FileReading<?>> readings =
                List.of(labReading, transfusionReading, doseReading, adverseEventReading, historyReading);
        runAll(readings.stream().<Runnable>map(r -> r::prepare).toList());
        for (FileReading<?> reading : readings) {
            reading.publish(present);
        }
        List<Runnable> parts = new ArrayList<>();
        for (FileReading<?> reading :
                List.of(labReading, transfusionReading, doseReading, adverseEventReading, historyReading)) {
            parts.addAll(reading.parts);
        }
        runAll(parts);
        List<LabRecord> labs = labReading.finish();
        checkLabs(labs, labReading);
        List<TransfusionRecord> transfusions = transfusionReading.finish();
        List<Dose> doses = doseReading.finish();
        List<AdverseEvent> adverseEvents = adverseEventReading.finish();
        List<HistoryEntry> history = historyReading.finish();
        List<DatasetProblem> sorted = problems.sorted(this::fileRank);
        if (problems.hasErrors()) {
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
                present.stream().map(DatasetFile::recordType).toList());
        return new DatasetReading(Optional.of(dataset), sorted);
    }

    private int fileRank(String file) {
        for (DatasetFile f : DatasetFile.values()) {
            if (file.equals(name(f))) {
                return f.ordinal() + 1;
            }
        }
        return file.equals(dir.toString()) ? 0 : DatasetFile.values().length + 1;
    }

    private String name(DatasetFile file) {
        return dir.resolve(file.fileName()).toString();
    }

    private void warnUnknownFiles() {
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.getFileName()
                            .toString()
                            .toLowerCase(java.util.Locale.ROOT)
                            .endsWith(".csv"))
                    .filter(p -> DatasetFile.byName(p.getFileName().toString()).isEmpty())
                    .sorted()
                    .forEach(p -> problems.fileWarning(
                            p.toString(), "not a data set file, ignored; the data set files are " + fileNames()));
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
    }

    private static String fileNames() {
        StringBuilder text = new StringBuilder();
        for (DatasetFile f : DatasetFile.values()) {
            text.append(text.length() == 0 ? "" : ", ").append(f.fileName());
        }
        return text.toString();
    }

    /** Parses one row into a record, or returns null with the problems reported. */
    private interface RowParser<T> {
        T parse(Cells cells);
    }

    /**
     * The reading of one file: its header checked, its rows cut into parts that can run in parallel,
     * each with its own problems, records and caches; {@link #finish} joins them in file order.
     */
    private final class FileReading<T> {
        final List<Runnable> parts = new ArrayList<>();
        private final List<PartResult<T>> results = new ArrayList<>();
        private final DatasetFile file;
        private final RowParser<T> parser;
        private final boolean inParts;
        private final Problems fileProblems = new Problems();
        private boolean exists;

        FileReading(DatasetFile file, RowParser<T> parser, boolean inParts) {
            this.file = file;
            this.parser = parser;
            this.inParts = inParts;
        }

        /** Reads the file and checks its header; may run in parallel with other files. */
        void prepare() {
            exists = DatasetReader.this.prepare(this, file, fileProblems, parser, inParts);
        }

        /** Records the file's presence and its problems so far (call in file order). */
        void publish(Set<DatasetFile> present) {
            if (exists) {
                present.add(file);
            }
            problems.addAll(fileProblems);
        }

        List<T> finish() {
            int size = 0;
            for (PartResult<T> result : results) {
                size += result.records.size();
            }
            List<T> records = new ArrayList<>(size);
            for (PartResult<T> result : results) {
                records.addAll(result.records);
                problems.addAll(result.problems);
            }
            return records;
        }

        /** The line of each record that {@link #finish} returns, in the same order. */
        long[] lines() {
            int size = 0;
            for (PartResult<T> result : results) {
                size += result.lineCount;
            }
            long[] lines = new long[size];
            int at = 0;
            for (PartResult<T> result : results) {
                if (result.lines != null) {
                    System.arraycopy(result.lines, 0, lines, at, result.lineCount);
                }
                at += result.lineCount;
            }
            return lines;
        }

        Cells.Columns columns;
    }

    /** What one part of a file gave: its valid records with their lines, and its problems. */
    private static final class PartResult<T> implements AsciiCsv.RowHandler {
        final List<T> records = new ArrayList<>();
        final Problems problems = new Problems();
        private final String name;
        private final List<String> header;
        private final Cells cells;
        private final RowParser<T> parser;
        long[] lines;
        int lineCount;

        PartResult(String name, List<String> header, Cells.Columns columns, RowParser<T> parser, boolean keepLines) {
            this.lines = keepLines ? new long[1024] : null;
            this.name = name;
            this.header = header;
            this.cells = new Cells(name, columns, problems, new Cells.Values());
            this.parser = parser;
        }

        @Override
        public void row(long line, String[] cells, int count) {
            if (count != header.size()) {
                problems.lineError(
                        name,
                        line,
                        0,
                        "malformed line: " + count + " fields, expected " + header.size() + " as in the header ("
                                + String.join(",", header) + ")");
                return;
            }
            Cells row = this.cells.reset(line, cells);
            T record = parser.parse(row);
            if (record != null && row.isValid()) {
                records.add(record);
                if (lines == null) {
                    return;
                }
                if (lineCount == lines.length) {
                    lines = java.util.Arrays.copyOf(lines, lineCount * 2);
                }
                lines[lineCount++] = line;
            }
        }
    }

    private static void runAll(List<Runnable> parts) {
        if (parts.size() == 1) {
            parts.get(0).run();
        } else if (!parts.isEmpty()) {
            parts.parallelStream().forEach(Runnable::run);
        }
    }

    /** Fills {@code reading} with the parts of a file; returns whether the file exists. */
    private <T> boolean prepare(
            FileReading<T> reading, DatasetFile file, Problems problems, RowParser<T> parser, boolean inParts) {
        Path path = dir.resolve(file.fileName());
        String name = path.toString();
        if (!Files.exists(path)) {
            if (file.isRequired()) {
                problems.fileError(
                        name,
                        "no such file; a data set needs " + file.fileName() + " with the columns "
                                + file.describeColumns());
            }
            return false;
        }
        byte[] bytes = readBytes(path, name);
        AsciiCsv ascii = AsciiCsv.of(bytes);
        if (ascii != null) {
            AsciiCsv.Layout layout = ascii.layout();
            if (layout == null) {
                problems.fileError(name, "empty file, expected a header line");
                return true;
            }
            Cells.Columns columns = checkHeader(problems, file, name, layout.header(), layout.headerLine());
            if (columns == null) {
                return true;
            }
            reading.columns = columns;
            List<AsciiCsv.Part> cuts = inParts ? layout.parts() : whole(layout.parts());
            for (AsciiCsv.Part part : cuts) {
                PartResult<T> result =
                        new PartResult<>(name, layout.header(), columns, parser, file == DatasetFile.LABS);
                reading.results.add(result);
                reading.parts.add(() -> ascii.read(part, result));
            }
            return true;
        }
        String text = decode(bytes, name, problems);
        CsvSource source = text == null ? null : CsvSource.parse(name, text, problems);
        if (source == null) {
            return true;
        }
        Cells.Columns columns = checkHeader(problems, file, name, source.header(), source.headerLine());
        if (columns == null) {
            return true;
        }
        reading.columns = columns;
        PartResult<T> result = new PartResult<>(name, source.header(), columns, parser, file == DatasetFile.LABS);
        reading.results.add(result);
        reading.parts.add(() -> {
            for (CsvSource.Row row : source.rows()) {
                result.row(
                        row.line(),
                        row.values().toArray(new String[0]),
                        row.values().size());
            }
        });
        return true;
    }

    private static List<AsciiCsv.Part> whole(List<AsciiCsv.Part> parts) {
        if (parts.size() <= 1) {
            return parts;
        }
        return List.of(new AsciiCsv.Part(
                parts.get(0).from(),
                parts.get(parts.size() - 1).to(),
                parts.get(0).line()));
    }

    private static byte[] readBytes(Path path, String name) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    private static String decode(byte[] bytes, String name, Problems problems) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.fileError(name, "not UTF-8 text; expected a UTF-8 encoded CSV file");
            return null;
        }
    }

    /** The column index, or null if a required column is missing or the header is malformed. */
    private static Cells.Columns checkHeader(
            Problems problems, DatasetFile file, String name, List<String> header, long line) {
        Map<String, Integer> index = new LinkedHashMap<>();
        boolean usable = true;
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (column.isEmpty()) {
                problems.lineError(
                        name,
                        line,
                        i + 1,
                        "empty column name in the header; the allowed columns are " + file.describeColumns());
            } else if (index.containsKey(column)) {
                problems.lineError(name, line, i + 1, "duplicate column '" + column + "' in the header");
                usable = false;
            } else if (!file.columns().contains(column)) {
                problems.lineError(
                        name,
                        line,
                        i + 1,
                        "unknown column '" + column + "'; the allowed columns are " + file.describeColumns());
            } else {
                index.put(column, i);
            }
        }
        for (String column : file.columns()) {
            if (!index.containsKey(column) && !file.optionalColumns().contains(column)) {
                problems.lineError(
                        name,
                        line,
                        0,
                        "missing column '" + column + "'; the allowed columns are " + file.describeColumns());
                usable = false;
            }
        }
        return usable ? new Cells.Columns(index, file.columns()) : null;
    }

    // subjects.csv

    private Subject subject(Cells c) {
        String id = c.text("subject_id");
        boolean idOk = CellSyntax.isSubjectId(id);
        if (!idOk) {
            c.error("subject_id", "an identifier of letters, digits, '.', '_' or '-', starting with a letter or digit");
        } else if (subjectInfo.containsKey(id)) {
            c.error(
                    "subject_id",
                    "a unique subject_id (already on line "
                            + subjectInfo.get(id).line() + ")");
            idOk = false;
        }
        String site = c.required("site", "the site's name or number");
        String sexText = c.text("sex");
        Sex sex =
                switch (sexText) {
                    case "M" -> Sex.MALE;
                    case "F" -> Sex.FEMALE;
                    default -> {
                        c.error("sex", "M or F");
                        yield null;
                    }
                };
        LocalDate birth = c.date("birth_date", true);
        BigDecimal weight = measure(c, "weight_kg", MAX_WEIGHT, PLAUSIBLE_WEIGHT, "kg", "body weight");
        BigDecimal height = measure(c, "height_cm", MAX_HEIGHT, PLAUSIBLE_HEIGHT, "cm", "height");
        String arm = c.text("arm");
        LocalDate enrolled = c.date("enrolled_on", false);
        LocalDate firstDose = c.date("first_dose_on", false);
        if (c.text("enrolled_on").isEmpty()) {
            if (!arm.isEmpty()) {
                c.error("arm", "empty for a candidate not yet enrolled (enrolled_on is empty)");
            }
            if (!c.text("first_dose_on").isEmpty()) {
                c.error("first_dose_on", "empty for a candidate not yet enrolled (enrolled_on is empty)");
            }
        } else if (arm.isEmpty()) {
            c.error("arm", "the arm of an enrolled subject (enrolled_on is " + c.text("enrolled_on") + ")");
        }
        if (enrolled != null && birth != null && enrolled.isBefore(birth)) {
            c.error("enrolled_on", "a date on or after birth_date (" + birth + ")");
        }
        if (firstDose != null && enrolled != null && firstDose.isBefore(enrolled)) {
            c.error("first_dose_on", "a date on or after enrolled_on (" + enrolled + ")");
        }
        if (idOk) {
            subjectInfo.put(id, new SubjectInfo(id, subjectInfo.size(), c.line(), birth, enrolled, firstDose));
        }
        if (!c.isValid()) {
            return null;
        }
        return construct(
                c,
                "subject_id",
                () -> new Subject(
                        id,
                        site,
                        arm.isEmpty() ? Optional.empty() : Optional.of(arm),
                        sex,
                        birth,
                        weight,
                        height,
                        Optional.ofNullable(enrolled),
                        Optional.ofNullable(firstDose)));
    }

    private static BigDecimal measure(
            Cells c, String column, BigDecimal max, BigDecimal[] plausible, String unit, String what) {
        String text = c.text(column);
        String expected = "a " + what + " in " + unit + ", > 0 and <= " + max.toPlainString();
        if (!CellSyntax.isPlainDecimal(text, false)) {
            c.error(column, expected);
            return null;
        }
        BigDecimal value = c.decimal(column, expected);
        if (value.signum() <= 0 || value.compareTo(max) > 0) {
            c.error(column, expected);
            return null;
        }
        if (value.compareTo(plausible[0]) < 0 || value.compareTo(plausible[1]) > 0) {
            c.warning(
                    column,
                    "implausible " + what + "; plausible range " + plausible[0].toPlainString() + " to "
                            + plausible[1].toPlainString() + " " + unit);
        }
        return value;
    }

    private static <T> T construct(Cells c, String column, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            c.errorDetail(column, e.getMessage());
            return null;
        }
    }

    // cross-file checks shared by the other files

    /** The subject of a row, or null (error reported) if the id is empty or not in subjects.csv. */
    private SubjectInfo subjectOf(Cells c) {
        String id = c.text("subject_id");
        SubjectInfo info = subjectInfo.get(id);
        if (info == null) {
            c.error("subject_id", "a subject_id listed in " + DatasetFile.SUBJECTS.fileName());
        }
        return info;
    }

    /** Reports a date before the subject's birth (error) or after the subject's death (warning). */
    private void checkLife(Cells c, String column, LocalDate date, SubjectInfo info, boolean warnAfterDeath) {
        if (date == null || info == null) {
            return;
        }
        if (info.birthDate() != null && date.isBefore(info.birthDate())) {
            c.error(
                    column,
                    "a date on or after the subject's birth_date (" + info.birthDate() + ", "
                            + DatasetFile.SUBJECTS.fileName() + " line " + info.line() + ")");
        }
        LocalDate death = deaths.get(c.text("subject_id"));
        if (warnAfterDeath && death != null && date.isAfter(death)) {
            c.warning(column, "after the subject's death on " + death + " (" + DatasetFile.EVENTS.fileName() + ")");
        }
    }

    // events.csv

    private final Map<String, Long> deathLines = new HashMap<>();

    private StudyEvent event(Cells c) {
        SubjectInfo info = subjectOf(c);
        LocalDate date = c.date("date", true);
        checkLife(c, "date", date, info, false);
        String typeText = c.text("type");
        EventType type = EventType.byName(typeText).orElse(null);
        if (type == null) {
            c.error(
                    "type",
                    "one of "
                            + String.join(
                                    ", ",
                                    Stream.of(EventType.values())
                                            .map(Enum::name)
                                            .toList()));
        } else if (type == EventType.DEATH) {
            String id = c.text("subject_id");
            if (deathLines.containsKey(id)) {
                c.error("type", "at most one DEATH per subject (already on line " + deathLines.get(id) + ")");
            } else if (date != null) {
                deathLines.put(id, c.line());
                deaths.put(id, date);
            }
        }
        if (!c.isValid()) {
            return null;
        }
        return new StudyEvent(info.id(), date, type, c.text("note"));
    }

    // labs.csv

    private LabRecord lab(Cells c) {
        SubjectInfo info = subjectOf(c);
        LocalDate date = c.date("date", true);
        checkLife(c, "date", date, info, true);
        String testText = c.text("test");
        LabTest test = LAB_TESTS.get(testText);
        if (test == null) {
            c.error(
                    "test",
                    "a test code: "
                            + String.join(
                                    ", ",
                                    Stream.of(LabTest.values())
                                            .map(LabTest::code)
                                            .toList()));
        }
        BigDecimal amount = c.decimal("value", "a decimal number such as 9.5");
        Unit unit = unit(c, test);
        LabValue value = null;
        if (test != null && amount != null && unit != null) {
            try {
                value = LabValue.of(test, amount, unit);
                Plausibility plausibility = value.plausibility();
                if (!plausibility.isPlausible()) {
                    c.warning("value", plausibility.message());
                }
            } catch (ImpossibleLabValueException e) {
                c.errorDetail("value", e.getMessage());
            }
        }
        Optional<BigDecimal> lln = limit(c, "lln", "lower");
        Optional<BigDecimal> uln = limit(c, "uln", "upper");
        if (!c.isValid()) {
            return null;
        }
        LabValue checked = value;
        String unitText = c.shared(c.text("unit"));
        LabRecord record = construct(
                c, lln.isPresent() ? "lln" : "uln", () -> new LabRecord(info.id(), date, checked, unitText, lln, uln));
        if (record != null && (lln.isPresent() || uln.isPresent())) {
            try {
                record.referenceRange();
            } catch (IllegalArgumentException e) {
                c.errorDetail(
                        lln.isPresent() ? "lln" : "uln", "the limits of normal cannot be used: " + e.getMessage());
                return null;
            }
        }
        return record;
    }

    private static Optional<BigDecimal> limit(Cells c, String column, String which) {
        if (c.text(column).isEmpty()) {
            return Optional.empty();
        }
        String text = c.text(column);
        BigDecimal limit = CellSyntax.isPlainDecimal(text, true) ? c.decimal(column, "") : null;
        if (limit == null || limit.signum() <= 0) {
            c.error(column, "empty or the " + which + " limit of normal, a decimal number > 0 in the row's unit");
            return Optional.empty();
        }
        return Optional.of(limit);
    }

    private static Unit unit(Cells c, LabTest test) {
        String text = c.text("unit");
        Unit unit;
        try {
            unit = Unit.parse(text);
        } catch (IllegalArgumentException e) {
            c.error(
                    "unit",
                    test == null ? "a unit: " + symbols(null) : "a unit of " + test.code() + ": " + symbols(test));
            return null;
        }
        if (test != null && !test.accepts(unit)) {
            c.error("unit", "a unit of " + test.code() + ": " + symbols(test));
            return null;
        }
        return unit;
    }

    private static String symbols(LabTest test) {
        List<Unit> units = test == null ? List.of(Unit.values()) : test.acceptedUnits();
        return String.join(", ", units.stream().map(Unit::symbol).toList());
    }

    /**
     * The checks of labs.csv that look across rows, run once every part is read: the same test twice
     * for a subject on one date, and reticulocytes in % without a red cell count of the same date.
     */
    private void checkLabs(List<LabRecord> labs, FileReading<LabRecord> reading) {
        if (labs.isEmpty()) {
            return;
        }
        long[] lines = reading.lines();
        String name = name(DatasetFile.LABS);
        int testColumn = reading.columns.position("test") + 1;
        // Group the rows by subject (a counting sort keeps file order within a subject), then look
        // for repeats within each subject's rows.
        int[] subjectOf = new int[labs.size()];
        int[] count = new int[subjectInfo.size() + 1];
        for (int i = 0; i < labs.size(); i++) {
            subjectOf[i] = subjectInfo.get(labs.get(i).subjectId()).ordinal();
            count[subjectOf[i] + 1]++;
        }
        for (int s = 1; s < count.length; s++) {
            count[s] += count[s - 1];
        }
        int[] order = new int[labs.size()];
        int[] next = count.clone();
        for (int i = 0; i < labs.size(); i++) {
            order[next[subjectOf[i]]++] = i;
        }
        int tests = LabTest.values().length;
        Map<Long, Long> seen = new HashMap<>();
        boolean anyPercentReticulocytes = false;
        for (int s = 0; s + 1 < count.length; s++) {
            seen.clear();
            for (int k = count[s]; k < count[s + 1]; k++) {
                int i = order[k];
                LabRecord record = labs.get(i);
                LabTest test = record.test();
                anyPercentReticulocytes |=
                        test == LabTest.RETI && record.value().unit() == Unit.PERCENT;
                Long earlier = seen.put(record.date().toEpochDay() * tests + test.ordinal(), lines[i]);
                if (earlier != null) {
                    problems.add(new DatasetProblem(
                            DatasetProblem.Level.WARNING,
                            name,
                            lines[i],
                            testColumn,
                            "test",
                            test.code(),
                            "column 'test' has value '" + test.code() + "': " + test.code() + " given twice for "
                                    + record.subjectId() + " on " + record.date() + " (also line " + earlier
                                    + "); the rules use the later line"));
                }
            }
        }
        if (anyPercentReticulocytes) {
            checkReticulocytes(labs, lines, name);
        }
    }

    private void checkReticulocytes(List<LabRecord> labs, long[] lines, String name) {
        Set<String> redCells = new HashSet<>();
        for (LabRecord lab : labs) {
            if (lab.test() == LabTest.RBC) {
                redCells.add(lab.subjectId() + "|" + lab.date());
            }
        }
        for (int i = 0; i < labs.size(); i++) {
            LabRecord lab = labs.get(i);
            if (lab.test() == LabTest.RETI
                    && lab.value().unit() == Unit.PERCENT
                    && !redCells.contains(lab.subjectId() + "|" + lab.date())) {
                problems.add(new DatasetProblem(
                        DatasetProblem.Level.WARNING,
                        name,
                        lines[i],
                        0,
                        "unit",
                        lab.unitText(),
                        "RETI " + lab.value().amount().toPlainString() + " % of " + lab.subjectId() + " on "
                                + lab.date() + " has no red cell count (RBC) of the same date, so it cannot be "
                                + "converted to 10^9/L and the rules will not use it"));
            }
        }
    }

    // transfusions.csv

    private TransfusionRecord transfusion(Cells c) {
        SubjectInfo info = subjectOf(c);
        LocalDate date = c.date("date", true);
        checkLife(c, "date", date, info, true);
        BloodProduct product =
                switch (c.text("product")) {
                    case "RBC" -> BloodProduct.RBC;
                    case "PLT" -> BloodProduct.PLT;
                    default -> {
                        c.error("product", "RBC or PLT");
                        yield null;
                    }
                };
        Integer units = c.integer("units", 1, 99, "a whole number of units from 1 to 99");
        if (units != null && units > MAX_PLAUSIBLE_UNITS) {
            c.warning("units", "implausible number of units on one day; plausible 1 to " + MAX_PLAUSIBLE_UNITS);
        }
        if (!c.isValid()) {
            return null;
        }
        return new TransfusionRecord(info.id(), new Transfusion(date, product, units));
    }

    // doses.csv

    private Dose dose(Cells c) {
        SubjectInfo info = subjectOf(c);
        LocalDate date = c.date("date", true);
        checkLife(c, "date", date, info, true);
        Drug drug = Drug.byId(c.text("drug")).orElse(null);
        if (drug == null) {
            c.error("drug", "a drug id: " + Drug.ids());
        }
        BigDecimal amount = c.decimal("dose", "a dose > 0 such as 150");
        if (amount != null && amount.signum() <= 0) {
            c.error("dose", "a dose > 0 such as 150");
        }
        DoseUnit unit = DoseUnit.bySymbol(c.text("unit")).orElse(null);
        if (drug != null && (unit == null || !drug.units().contains(unit))) {
            c.error(
                    "unit",
                    "a unit of " + drug.id() + ": "
                            + String.join(
                                    ", ",
                                    drug.units().stream().map(DoseUnit::symbol).toList()));
        } else if (unit == null) {
            c.error("unit", "a dose unit: mg, ug, mg/kg or ug/kg");
        }
        if (info != null && date != null) {
            if (info.enrolledOn() == null) {
                c.warning(
                        "date",
                        "a dose for a subject not enrolled (enrolled_on is empty in " + DatasetFile.SUBJECTS.fileName()
                                + ")");
            } else if (info.firstDoseOn() != null && date.isBefore(info.firstDoseOn())) {
                c.warning("date", "before the subject's first_dose_on (" + info.firstDoseOn() + ")");
            }
        }
        if (!c.isValid()) {
            return null;
        }
        try {
            return new Dose(info.id(), date, drug, amount, unit);
        } catch (IllegalArgumentException e) {
            c.errorDetail("dose", e.getMessage());
            return null;
        }
    }

    // adverse_events.csv

    private AdverseEvent adverseEvent(Cells c) {
        SubjectInfo info = subjectOf(c);
        String term = c.required("term", "the adverse event term, e.g. Febrile neutropenia");
        Integer grade = c.integer("grade", 1, 5, "a CTCAE grade from 1 to 5");
        LocalDate start = c.date("start_date", true);
        checkLife(c, "start_date", start, info, true);
        LocalDate end = c.date("end_date", false);
        if (start != null && end != null && end.isBefore(start)) {
            c.error("end_date", "empty (ongoing) or a date on or after start_date (" + start + ")");
        }
        Boolean serious =
                switch (c.text("serious")) {
                    case "Y" -> Boolean.TRUE;
                    case "N" -> Boolean.FALSE;
                    default -> {
                        c.error("serious", "Y or N");
                        yield null;
                    }
                };
        List<Drug> related = new ArrayList<>();
        String relatedText = c.text("related_to");
        if (!relatedText.isEmpty()) {
            for (String id : relatedText.split(";", -1)) {
                Optional<Drug> drug = Drug.byId(id.trim());
                if (drug.isEmpty()) {
                    c.error("related_to", "empty or drug ids separated by ';': " + Drug.ids());
                    break;
                }
                related.add(drug.get());
            }
        }
        if (!c.isValid()) {
            return null;
        }
        return new AdverseEvent(info.id(), term, grade, start, Optional.ofNullable(end), serious, related);
    }

    // screening_history.csv

    private final Map<String, Long> historyKeys = new HashMap<>();

    private HistoryEntry historyEntry(Cells c) {
        SubjectInfo subject = subjectOf(c);
        String item = c.text("item");
        Optional<HistoryItem> known = HistoryItem.byCode(item);
        boolean custom = item.startsWith(HistoryItem.CUSTOM_PREFIX) && item.length() > 2;
        if (known.isEmpty() && !custom) {
            c.error("item", "one of " + HistoryItem.codes() + ", or a custom item starting with x_");
        } else {
            Long earlier = historyKeys.put(c.text("subject_id") + "|" + item, c.line());
            if (earlier != null) {
                c.error("item", "each item at most once per subject (already on line " + earlier + ")");
            }
        }
        String value = c.text("value");
        if (known.isPresent() && !known.get().accepts(value)) {
            c.error("value", known.get().expectation() + " for " + item);
        } else if (custom && value.isEmpty()) {
            c.error("value", "a non-empty value for " + item);
        }
        LocalDate date = c.date("date", false);
        SubjectInfo info = subjectInfo.get(c.text("subject_id"));
        checkLife(c, "date", date, info, false);
        if (!c.isValid()) {
            return null;
        }
        return construct(
                c,
                "item",
                () -> new HistoryEntry(subject.id(), item, value, Optional.ofNullable(date), c.text("note")));
    }
}
