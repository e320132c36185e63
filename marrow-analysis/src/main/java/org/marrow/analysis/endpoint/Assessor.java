package org.marrow.analysis.endpoint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.marrow.clinical.labs.LabHistory;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.response.Baseline;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.clinical.response.ResponseCriteria;
import org.marrow.clinical.transfusion.TransfusionHistory;
import org.marrow.protocol.schedule.SubjectSchedule;
import org.marrow.study.LabRecord;
import org.marrow.study.SubjectRecords;

/** One subject's response on any date, each date assessed at most once. */
final class Assessor {
    /** The tests that make a full blood count, whose dates are assessment dates. */
    static final Set<LabTest> COUNTS = EnumSet.of(LabTest.HGB, LabTest.PLAT, LabTest.NEUT);

    final SubjectRecords records;
    final LocalDate day1;
    final LabHistory labs;
    final TransfusionHistory transfusions;
    final Baseline baseline;
    private final ResponseCriteria criteria;
    private final Map<LocalDate, Optional<ResponseCategory>> cache = new HashMap<>();
    /**
     * Assessment dates: the dates after day 1 with a full blood count (haemoglobin, platelets and
     * neutrophils all measured that day), ascending.
     */
    final List<LocalDate> dates;

    Assessor(SubjectRecords records, ResponseCriteria criteria) {
        this.records = records;
        this.criteria = criteria;
        this.day1 = records.subject().firstDoseOn().orElseThrow();
        this.labs = records.labHistory();
        this.transfusions = records.transfusionHistory();
        this.baseline = criteria.baseline(labs, transfusions, day1);
        Map<LocalDate, Integer> measured = new HashMap<>();
        for (LabRecord r : records.labs()) {
            if (COUNTS.contains(r.test()) && r.date().isAfter(day1)) {
                measured.merge(r.date(), 1 << r.test().ordinal(), (x, y) -> x | y);
            }
        }
        int full = 0;
        for (LabTest t : COUNTS) {
            full |= 1 << t.ordinal();
        }
        TreeSet<LocalDate> set = new TreeSet<>();
        for (Map.Entry<LocalDate, Integer> e : measured.entrySet()) {
            if (e.getValue() == full) {
                set.add(e.getKey());
            }
        }
        this.dates = new ArrayList<>(set);
    }

    Optional<ResponseCategory> on(LocalDate date) {
        return cache.computeIfAbsent(date, d -> criteria.category(labs, transfusions, d, baseline));
    }

    int studyDay(LocalDate date) {
        return Math.toIntExact(SubjectSchedule.studyDay(day1, date));
    }

    LocalDate date(int studyDay) {
        return SubjectSchedule.dateOf(day1, studyDay);
    }
}
