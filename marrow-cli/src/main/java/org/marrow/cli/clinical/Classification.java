package org.marrow.cli.clinical;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.marrow.clinical.ctcae.CtcaeGrade;
import org.marrow.clinical.ctcae.CtcaeTerm;
import org.marrow.clinical.finding.Finding;
import org.marrow.clinical.finding.Outcome;
import org.marrow.clinical.labs.LabHistory;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.response.Baseline;
import org.marrow.clinical.response.ResponseAssessment;
import org.marrow.clinical.response.ResponseCriteria;
import org.marrow.clinical.severity.SeverityAssessment;
import org.marrow.clinical.severity.SeverityCriteria;
import org.marrow.clinical.transfusion.TransfusionHistory;
import org.marrow.clinical.transfusion.TransfusionStatus;
import org.marrow.protocol.schedule.SubjectSchedule;
import org.marrow.study.LabRecord;
import org.marrow.study.StudyDataset;
import org.marrow.study.Subject;
import org.marrow.study.SubjectRecords;

/**
 * Applies the clinical rules to every subject and every date with blood counts of a data set: the
 * severity (document 000's modified Camitta criteria), transfusion dependence (8-week look-back),
 * the response under a criteria set against the baseline on the first dose date, and the CTCAE v5.0
 * grades of the lab values of that date.
 */
final class Classification {
    /** The tests whose dates are assessment dates. */
    static final Set<LabTest> COUNTS = EnumSet.of(LabTest.HGB, LabTest.PLAT, LabTest.NEUT, LabTest.RETI, LabTest.WBC);

    /** The CTCAE-graded tests, in output order. */
    static final List<LabTest> GRADED = List.of(
            LabTest.NEUT,
            LabTest.PLAT,
            LabTest.WBC,
            LabTest.HGB,
            LabTest.CREAT,
            LabTest.ALT,
            LabTest.AST,
            LabTest.BILI);

    /**
     * One subject on one date.
     *
     * @param subjectId the subject
     * @param date the date, ISO-8601
     * @param studyDay the study day (day 1 = first dose, day 0 the day before), or null if not treated
     * @param severity VSAA, SAA, NSAA, or null when unknown
     * @param severityLabel document 003's label (VSAA, SAA, TD-NSAA, NTD-NSAA, NSAA), or null
     * @param transfusionDependent dependent on red cells or platelets, or null when unknown
     * @param redCellDependent dependent on red cells, or null when unknown
     * @param plateletDependent dependent on platelets, or null when unknown
     * @param response the response category, or null (not treated, on or before the first dose, or
     *     unknown)
     * @param ctcae the CTCAE v5.0 grade of each graded test measured on the date (null if unknown)
     * @param reasons the explanation of every value
     * @param responseReason the reason of the response (its summary, or why it was not assessed), for
     *     the table's reason column; not written in JSON, where it is one of {@code reasons}
     */
    record Assessment(
            String subjectId,
            String date,
            Long studyDay,
            String severity,
            String severityLabel,
            Boolean transfusionDependent,
            Boolean redCellDependent,
            Boolean plateletDependent,
            String response,
            Map<String, Integer> ctcae,
            List<String> reasons,
            @JsonIgnore String responseReason) {}

    private static final MessageRenderer ENGLISH = MessageRenderer.english();

    private final ResponseCriteria criteria;
    private final SeverityCriteria severity = SeverityCriteria.document000();

    Classification(ResponseCriteria criteria) {
        this.criteria = criteria;
    }

    List<Assessment> classify(StudyDataset dataset) {
        List<Assessment> assessments = new ArrayList<>();
        for (SubjectRecords records : dataset.bySubject()) {
            assessments.addAll(classify(records));
        }
        return assessments;
    }

    private List<Assessment> classify(SubjectRecords records) {
        Subject subject = records.subject();
        LabHistory labs = records.labHistory();
        TransfusionHistory transfusions = records.transfusionHistory();
        Optional<LocalDate> firstDose = subject.firstDoseOn();
        Optional<Baseline> baseline = firstDose.map(d -> criteria.baseline(labs, transfusions, d));
        TreeSet<LocalDate> dates = new TreeSet<>();
        records.labs().stream().filter(l -> COUNTS.contains(l.test())).forEach(l -> dates.add(l.date()));
        List<Assessment> out = new ArrayList<>();
        for (LocalDate date : dates) {
            List<Message> reasons = new ArrayList<>();
            SeverityAssessment sev = severity.assess(labs, transfusions, date);
            reasons.addAll(sev.reasons());
            TransfusionStatus status = severity.transfusionDependence().assess(transfusions, date);
            Finding any = status.anyDependence();
            reasons.add(status.redCells().reason());
            reasons.add(status.platelets().reason());
            String response = null;
            Message responseReason;
            if (firstDose.isEmpty()) {
                responseReason = Message.of("clinical.response.notTreated");
                reasons.add(responseReason);
            } else if (!date.isAfter(firstDose.get())) {
                responseReason = Message.of("clinical.response.beforeFirstDose", firstDose.get());
                reasons.add(responseReason);
            } else {
                ResponseAssessment assessment = criteria.assess(labs, transfusions, date, baseline.get());
                response = assessment.category().map(Enum::name).orElse(null);
                responseReason = assessment.summary();
                reasons.addAll(assessment.reasons());
            }
            Map<String, Integer> ctcae = new LinkedHashMap<>();
            for (LabTest test : GRADED) {
                Optional<LabRecord> record = lastOn(records, test, date);
                if (record.isEmpty()) {
                    continue;
                }
                Optional<LabResult> base = firstDose.filter(date::isAfter).flatMap(d -> labs.latest(test, d));
                CtcaeGrade grade = CtcaeTerm.forTest(test)
                        .orElseThrow()
                        .grade(record.get().result(), record.get().referenceRange(), base);
                ctcae.put(test.code(), grade.grade().orElse(null));
                reasons.add(grade.reason());
            }
            out.add(new Assessment(
                    subject.subjectId(),
                    date.toString(),
                    firstDose.map(d -> SubjectSchedule.studyDay(d, date)).orElse(null),
                    sev.severity().map(s -> s.abbreviation()).orElse(null),
                    sev.label().orElse(null),
                    bool(any.outcome()),
                    bool(status.redCells().outcome()),
                    bool(status.platelets().outcome()),
                    response,
                    ctcae,
                    reasons.stream().map(ENGLISH::render).toList(),
                    ENGLISH.render(responseReason)));
        }
        return out;
    }

    private static Optional<LabRecord> lastOn(SubjectRecords records, LabTest test, LocalDate date) {
        LabRecord found = null;
        for (LabRecord record : records.labs()) {
            if (record.test() == test && record.date().equals(date)) {
                found = record;
            }
        }
        return Optional.ofNullable(found);
    }

    private static Boolean bool(Outcome outcome) {
        return switch (outcome) {
            case MET -> Boolean.TRUE;
            case NOT_MET -> Boolean.FALSE;
            case UNKNOWN -> null;
        };
    }
}
