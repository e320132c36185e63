package org.marrow.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.Unit;
import org.marrow.clinical.transfusion.Transfusion;
import org.marrow.study.AdverseEvent;
import org.marrow.study.Dose;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;
import org.marrow.study.EventType;
import org.marrow.study.HistoryEntry;
import org.marrow.study.LabRecord;
import org.marrow.study.MutationRecord;
import org.marrow.study.RecordType;
import org.marrow.study.SomaticMutation;
import org.marrow.study.StudyDataset;
import org.marrow.study.StudyEvent;
import org.marrow.study.Subject;
import org.marrow.study.TransfusionRecord;

/**
 * The records of a synthetic data set as a generator collects them, subject after subject, in the
 * order they are written ({@link org.marrow.dataset.DatasetWriter} writes them in this order).
 */
final class ExampleRecords {
    final List<Subject> subjects = new ArrayList<>();
    final List<LabRecord> labs = new ArrayList<>();
    final List<TransfusionRecord> transfusions = new ArrayList<>();
    final List<Dose> doses = new ArrayList<>();
    final List<AdverseEvent> adverseEvents = new ArrayList<>();
    final List<StudyEvent> events = new ArrayList<>();
    final List<HistoryEntry> history = new ArrayList<>();
    final List<MutationRecord> mutations = new ArrayList<>();

    void lab(String id, LocalDate date, LabTest test, BigDecimal value, Unit unit) {
        labs.add(LabRecord.of(id, date, LabValue.of(test, value, unit)));
    }

    void lab(String id, LocalDate date, LabTest test, BigDecimal value, Unit unit, BigDecimal uln) {
        labs.add(new LabRecord(
                id, date, LabValue.of(test, value, unit), unit.symbol(), Optional.empty(), Optional.of(uln)));
    }

    void transfusion(String id, Transfusion t) {
        transfusions.add(new TransfusionRecord(id, t));
    }

    void dose(String id, LocalDate date, Drug drug, BigDecimal amount, DoseUnit unit) {
        doses.add(new Dose(id, date, drug, amount, unit));
    }

    void event(String id, LocalDate date, EventType type, String note) {
        events.add(new StudyEvent(id, date, type, note));
    }

    void history(String id, String item, String value, LocalDate date) {
        history.add(new HistoryEntry(id, item, value, Optional.ofNullable(date), ""));
    }

    void mutation(String id, LocalDate date, SomaticMutation mutation) {
        mutations.add(new MutationRecord(id, date, Optional.ofNullable(mutation)));
    }

    /** The data set; it has every file of the format up to {@code last} (an empty file keeps its header). */
    StudyDataset dataset(RecordType last) {
        Set<RecordType> types = EnumSet.range(RecordType.SUBJECTS, last);
        return StudyDataset.of(subjects, labs, transfusions, doses, adverseEvents, events, history, mutations, types);
    }
}
