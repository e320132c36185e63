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
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.marrow.clinical.quantity.ImpossibleLabValueException;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.Plausibility;
import org.marrow.clinical.quantity.Unit;
import org.marrow.clinical.renal.Sex;
import org.marrow.clinical.transfusion.BloodProduct;
import org.marrow.clinical.transfusion.Transfusion;

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
    private static final Pattern SUBJECT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern UNSIGNED = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");
    private static final BigDecimal MAX_WEIGHT = new BigDecimal("400");
    private static final BigDecimal MAX_HEIGHT = new BigDecimal("300");
    private static final BigDecimal[] PLAUSIBLE_WEIGHT = {new BigDecimal("25"), new BigDecimal("200")};
    private static final BigDecimal[] PLAUSIBLE_HEIGHT = {new BigDecimal("100"), new BigDecimal("230")};
    private static final int MAX_PLAUSIBLE_UNITS = 10;

    private final Path dir;
    private final Problems problems = new Problems();
    private final Map<String, SubjectInfo> subjectInfo = new HashMap<>();
    private final Map<String, LocalDate> deaths = new HashMap<>();

    /** What the other files need to know of a subject row, even an invalid one. */
    private record SubjectInfo(long line, LocalDate birthDate, LocalDate enrolledOn, LocalDate firstDoseOn) {}

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
        List<Subject> subjects = readFile(DatasetFile.SUBJECTS, present, this::subject);
        List<StudyEvent> events = readFile(DatasetFile.EVENTS, present, this::event);
        List<LabRecord> labs = readFile(DatasetFile.LABS, present, this::lab);
        checkReticulocytes(labs);
        List<TransfusionRecord> transfusions = readFile(DatasetFile.TRANSFUSIONS, present, this::transfusion);
        List<Dose> doses = readFile(DatasetFile.DOSES, present, this::dose);
        List<AdverseEvent> adverseEvents = readFile(DatasetFile.ADVERSE_EVENTS, present, this::adverseEvent);
        List<HistoryEntry> history = readFile(DatasetFile.SCREENING_HISTORY, present, this::historyEntry);
        List<DatasetProblem> sorted = problems.sorted(this::fileRank);
        if (problems.hasErrors()) {
            return new DatasetReading(Optional.empty(), sorted);
        }
        StudyDataset dataset =
                StudyDataset.of(subjects, labs, transfusions, doses, adverseEvents, events, history, present);
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

    private <T> List<T> readFile(DatasetFile file, Set<DatasetFile> present, RowParser<T> parser) {
        Path path = dir.resolve(file.fileName());
        String name = path.toString();
        if (!Files.exists(path)) {
            if (file.isRequired()) {
                problems.fileError(
                        name,
                        "no such file; a data set needs " + file.fileName() + " with the columns "
                                + file.describeColumns());
            }
            return List.of();
        }
        present.add(file);
        String text = readText(path, name);
        CsvSource source = text == null ? null : CsvSource.parse(name, text, problems);
        if (source == null) {
            return List.of();
        }
        Map<String, Integer> index = checkHeader(file, name, source);
        if (index == null) {
            return List.of();
        }
        List<T> records = new ArrayList<>();
        for (CsvSource.Row row : source.rows()) {
            if (row.values().size() != source.header().size()) {
                problems.lineError(
                        name,
                        row.line(),
                        0,
                        "malformed line: " + row.values().size()
                                + " fields, expected " + source.header().size() + " as in the header ("
                                + String.join(",", source.header()) + ")");
                continue;
            }
            Cells cells = new Cells(name, row, index, problems);
            T record = parser.parse(cells);
            if (record != null && cells.isValid()) {
                records.add(record);
            }
        }
        return records;
    }

    private String readText(Path path, String name) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.fileError(name, "not UTF-8 text; expected a UTF-8 encoded CSV file");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    /** The column index, or null if a required column is missing or the header is malformed. */
    private Map<String, Integer> checkHeader(DatasetFile file, String name, CsvSource source) {
        List<String> header = source.header();
        long line = source.headerLine();
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
        return usable ? index : null;
    }

    // subjects.csv

    private Subject subject(Cells c) {
        String id = c.text("subject_id");
        boolean idOk = SUBJECT_ID.matcher(id).matches();
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
            subjectInfo.put(id, new SubjectInfo(c.line(), birth, enrolled, firstDose));
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
        if (!UNSIGNED.matcher(text).matches()) {
            c.error(column, expected);
            return null;
        }
        BigDecimal value = new BigDecimal(text);
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
        return new StudyEvent(c.text("subject_id"), date, type, c.text("note"));
    }

    // labs.csv

    private final Map<String, Long> labKeys = new HashMap<>();
    private final Map<LabRecord, Long> labLines = new java.util.IdentityHashMap<>();

    private LabRecord lab(Cells c) {
        SubjectInfo info = subjectOf(c);
        LocalDate date = c.date("date", true);
        checkLife(c, "date", date, info, true);
        String testText = c.text("test");
        LabTest test = Stream.of(LabTest.values())
                .filter(t -> t.code().equals(testText))
                .findFirst()
                .orElse(null);
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
        Optional<BigDecimal> uln = Optional.empty();
        if (!c.text("uln").isEmpty()) {
            BigDecimal limit =
                    c.decimal("uln", "empty or the upper limit of normal, a decimal number > 0 in the row's unit");
            if (limit != null && limit.signum() <= 0) {
                c.error("uln", "empty or the upper limit of normal, a decimal number > 0 in the row's unit");
            } else if (limit != null) {
                uln = Optional.of(limit);
            }
        }
        if (!c.isValid()) {
            return null;
        }
        LabValue checked = value;
        Optional<BigDecimal> limit = uln;
        LabRecord record =
                construct(c, "uln", () -> new LabRecord(c.text("subject_id"), date, checked, c.text("unit"), limit));
        if (record != null && limit.isPresent()) {
            try {
                record.referenceRange();
            } catch (IllegalArgumentException e) {
                c.errorDetail("uln", "the upper limit of normal cannot be used: " + e.getMessage());
                return null;
            }
        }
        if (record != null) {
            String key = record.subjectId() + "|" + date + "|" + test.code();
            Long earlier = labKeys.put(key, c.line());
            if (earlier != null) {
                c.warning(
                        "test",
                        test.code() + " given twice for " + record.subjectId() + " on " + date + " (also line "
                                + earlier + "); the rules use the later line");
            }
            labLines.put(record, c.line());
        }
        return record;
    }

    private static Unit unit(Cells c, LabTest test) {
        String text = c.text("unit");
        String expected = test == null ? "a unit" : "a unit of " + test.code() + ": " + symbols(test);
        Unit unit;
        try {
            unit = Unit.parse(text);
        } catch (IllegalArgumentException e) {
            c.error("unit", test == null ? "a unit: " + symbols(null) : expected);
            return null;
        }
        if (test != null && !test.accepts(unit)) {
            c.error("unit", expected);
            return null;
        }
        return unit;
    }

    private static String symbols(LabTest test) {
        List<Unit> units = test == null ? List.of(Unit.values()) : test.acceptedUnits();
        return String.join(", ", units.stream().map(Unit::symbol).toList());
    }

    private void checkReticulocytes(List<LabRecord> labs) {
        Set<String> redCells = new HashSet<>();
        for (LabRecord lab : labs) {
            if (lab.test() == LabTest.RBC) {
                redCells.add(lab.subjectId() + "|" + lab.date());
            }
        }
        String name = name(DatasetFile.LABS);
        for (LabRecord lab : labs) {
            if (lab.test() == LabTest.RETI
                    && lab.value().unit() == Unit.PERCENT
                    && !redCells.contains(lab.subjectId() + "|" + lab.date())) {
                problems.add(new DatasetProblem(
                        DatasetProblem.Level.WARNING,
                        name,
                        labLines.get(lab),
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
        return new TransfusionRecord(c.text("subject_id"), new Transfusion(date, product, units));
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
        return construct(c, "dose", () -> new Dose(c.text("subject_id"), date, drug, amount, unit));
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
        return new AdverseEvent(c.text("subject_id"), term, grade, start, Optional.ofNullable(end), serious, related);
    }

    // screening_history.csv

    private final Map<String, Long> historyKeys = new HashMap<>();

    private HistoryEntry historyEntry(Cells c) {
        subjectOf(c);
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
                () -> new HistoryEntry(c.text("subject_id"), item, value, Optional.ofNullable(date), c.text("note")));
    }
}
