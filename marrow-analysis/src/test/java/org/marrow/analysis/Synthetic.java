package org.marrow.analysis;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.renal.Sex;
import org.marrow.clinical.transfusion.BloodProduct;
import org.marrow.clinical.transfusion.Transfusion;
import org.marrow.dataset.DatasetReader;
import org.marrow.protocol.schedule.SubjectSchedule;
import org.marrow.study.AdverseEvent;
import org.marrow.study.Dose;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;
import org.marrow.study.EventType;
import org.marrow.study.HistoryEntry;
import org.marrow.study.LabRecord;
import org.marrow.study.RecordType;
import org.marrow.study.StudyDataset;
import org.marrow.study.StudyEvent;
import org.marrow.study.Subject;
import org.marrow.study.TransfusionRecord;

/**
 * Small synthetic data sets for the analysis tests, built record by record, and the demonstration data
 * set examples/ctx-ist. Dates are given by study day (day 1 = the subject's first dose).
 */
public final class Synthetic {
    /** The first dose of the subjects unless a test gives another. */
    public static final LocalDate DAY1 = LocalDate.of(2024, 1, 10);

    private final List<Subject> subjects = new ArrayList<>();
    private final List<LabRecord> labs = new ArrayList<>();
    private final List<TransfusionRecord> transfusions = new ArrayList<>();
    private final List<Dose> doses = new ArrayList<>();
    private final List<AdverseEvent> adverseEvents = new ArrayList<>();
    private final List<StudyEvent> events = new ArrayList<>();
    private final List<HistoryEntry> history = new ArrayList<>();

    /** The examples/ctx-ist folder, from the module or the repository root. */
    public static Path ctxIstFolder() {
        Path fromModule = Path.of("..", "examples", "ctx-ist");
        return Files.isDirectory(fromModule) ? fromModule : Path.of("examples", "ctx-ist");
    }

    /** The demonstration data set examples/ctx-ist. */
    public static StudyDataset ctxIst() {
        return DatasetReader.read(ctxIstFolder());
    }

    /** The date of a study day for a first dose. */
    public static LocalDate day(LocalDate day1, int studyDay) {
        return SubjectSchedule.dateOf(day1, studyDay);
    }

    /** A treated subject, enrolled two days before day 1, with SAA counts and a hypocellular marrow on day 1. */
    public Synthetic treated(String id, String arm, LocalDate day1) {
        subjects.add(new Subject(
                id,
                "SITE-1",
                Optional.ofNullable(arm),
                Sex.FEMALE,
                LocalDate.of(1980, 1, 1),
                new BigDecimal("60"),
                new BigDecimal("165"),
                Optional.of(day1.minusDays(2)),
                Optional.of(day1)));
        counts(id, day1, "60", "10", "0.3");
        lab(id, day1, LabTest.CELLULARITY, "10", "%");
        lab(id, day1, LabTest.RETI, "10", "x10^9/L");
        return this;
    }

    /** A candidate screened but never enrolled. */
    public Synthetic screened(String id) {
        subjects.add(new Subject(
                id,
                "SITE-1",
                Optional.empty(),
                Sex.MALE,
                LocalDate.of(1970, 1, 1),
                new BigDecimal("70"),
                new BigDecimal("175"),
                Optional.empty(),
                Optional.empty()));
        return this;
    }

    /** A full blood count: haemoglobin g/L, platelets and neutrophils 10^9/L. */
    public Synthetic counts(String id, LocalDate date, String hgb, String plat, String neut) {
        lab(id, date, LabTest.HGB, hgb, "g/L");
        lab(id, date, LabTest.PLAT, plat, "x10^9/L");
        lab(id, date, LabTest.NEUT, neut, "x10^9/L");
        return this;
    }

    /** Counts of complete response (haemoglobin 130 g/L, platelets 150, neutrophils 2.0). */
    public Synthetic complete(String id, LocalDate date) {
        return counts(id, date, "130", "150", "2.0");
    }

    /** Counts of no response (still SAA). */
    public Synthetic none(String id, LocalDate date) {
        return counts(id, date, "60", "10", "0.3");
    }

    public Synthetic lab(String id, LocalDate date, LabTest test, String value, String unit) {
        labs.add(LabRecord.of(id, date, LabValue.parse(test, value, unit)));
        return this;
    }

    public Synthetic event(String id, LocalDate date, EventType type) {
        events.add(new StudyEvent(id, date, type, ""));
        return this;
    }

    public Synthetic adverseEvent(String id, String term, int grade, LocalDate start, LocalDate end, boolean serious) {
        adverseEvents.add(new AdverseEvent(id, term, grade, start, Optional.ofNullable(end), serious, List.of()));
        return this;
    }

    public Synthetic dose(String id, LocalDate date, Drug drug, String amount, DoseUnit unit) {
        doses.add(new Dose(id, date, drug, new BigDecimal(amount), unit));
        return this;
    }

    public Synthetic transfusion(String id, LocalDate date, BloodProduct product) {
        transfusions.add(new TransfusionRecord(id, new Transfusion(date, product, 1)));
        return this;
    }

    public Synthetic history(HistoryEntry entry) {
        history.add(entry);
        return this;
    }

    public StudyDataset build() {
        return StudyDataset.of(
                subjects, labs, transfusions, doses, adverseEvents, events, history, EnumSet.allOf(RecordType.class));
    }
}
