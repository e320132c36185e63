package org.marrow.app.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.marrow.app.protocol.ProtocolLibrary;
import org.marrow.app.record.RecordKind;
import org.marrow.app.record.SourceRecords;
import org.marrow.app.security.Caller;
import org.marrow.app.study.Studies;
import org.marrow.app.study.Study;
import org.marrow.app.subject.SubjectView;
import org.marrow.app.subject.Subjects;
import org.marrow.clinical.ctcae.CtcaeGrade;
import org.marrow.clinical.ctcae.CtcaeTerm;
import org.marrow.clinical.labs.LabHistory;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.clinical.response.Baseline;
import org.marrow.clinical.response.ResponseAssessment;
import org.marrow.clinical.response.ResponseCriteria;
import org.marrow.clinical.severity.SeverityAssessment;
import org.marrow.clinical.severity.SeverityCriteria;
import org.marrow.clinical.transfusion.TransfusionHistory;
import org.marrow.clinical.transfusion.TransfusionStatus;
import org.marrow.study.LabRecord;
import org.marrow.study.Subject;
import org.marrow.study.SubjectRecords;
import org.marrow.study.TransfusionRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Derives a subject's severity, transfusion dependence, response and CTCAE grades from source data. */
@Service
public class Assessments {
    private final Subjects subjects;
    private final SourceRecords records;
    private final Studies studies;
    private final StudyRules rules;
    private final MessageText text;

    Assessments(
            Subjects subjects, SourceRecords records, Studies studies, ProtocolLibrary protocols, MessageText text) {
        this.subjects = subjects;
        this.records = records;
        this.studies = studies;
        this.rules = new StudyRules.ByProtocol(protocols);
        this.text = text;
    }

    /**
     * The rules the study of a subject applies.
     *
     * @return the rules
     */
    public StudyRules rules() {
        return rules;
    }

    /**
     * A subject's source records in the form the clinical rules take.
     *
     * @param subjectId the subject
     * @param caller the caller
     * @return the records
     * @throws org.marrow.app.web.NotFoundException if the caller does not see the subject
     */
    @Transactional(readOnly = true)
    public SubjectRecords recordsOf(long subjectId, Caller caller) {
        SubjectView s = subjects.get(subjectId, caller);
        return new SubjectRecords(
                toDataset(s),
                cast(records.datasetRecords(s, RecordKind.LABS)),
                records.datasetRecords(s, RecordKind.TRANSFUSIONS).stream()
                        .map(t -> ((TransfusionRecord) t).transfusion())
                        .toList(),
                cast(records.datasetRecords(s, RecordKind.DOSES)),
                cast(records.datasetRecords(s, RecordKind.ADVERSE_EVENTS)),
                cast(records.datasetRecords(s, RecordKind.EVENTS)),
                cast(records.datasetRecords(s, RecordKind.HISTORY)),
                cast(records.datasetRecords(s, RecordKind.MUTATIONS)));
    }

    /**
     * The assessment of a subject, its reasons in the current request's language.
     *
     * @param subjectId the subject
     * @param caller the caller
     * @return the assessment
     * @throws org.marrow.app.web.NotFoundException if the caller does not see the subject
     */
    @Transactional(readOnly = true)
    public SubjectAssessment assess(long subjectId, Caller caller) {
        SubjectView view = subjects.get(subjectId, caller);
        Study study = studies.study(view.studyId());
        SubjectRecords r = recordsOf(subjectId, caller);
        LabHistory labs = r.labHistory();
        TransfusionHistory transfusions = r.transfusionHistory();
        SeverityCriteria severity = rules.severity(study);
        ResponseCriteria response = rules.response(study);
        LocalDate day1 = view.firstDoseOn();
        Baseline baseline = day1 == null ? null : response.baseline(labs, transfusions, day1);
        TreeSet<LocalDate> dates = new TreeSet<>();
        r.labs().forEach(l -> dates.add(l.date()));
        MessageRenderer renderer = text.renderer();
        List<SubjectAssessment.Visit> visits = new ArrayList<>();
        for (LocalDate date : dates) {
            visits.add(visit(date, labs, transfusions, severity, response, baseline, day1, renderer));
        }
        List<SubjectAssessment.Grade> grades = new ArrayList<>();
        for (LabRecord lab : r.labs()) {
            Optional<CtcaeTerm> term = CtcaeTerm.forTest(lab.test());
            if (term.isEmpty()) {
                continue;
            }
            Optional<LabResult> before = day1 == null ? Optional.empty() : labs.latest(lab.test(), day1);
            try {
                CtcaeGrade g = term.get().grade(lab.result(), lab.referenceRange(), before);
                grades.add(new SubjectAssessment.Grade(
                        lab.date(),
                        lab.test().name(),
                        term.get().term(),
                        g.grade().orElse(null),
                        renderer.render(g.reason())));
            } catch (IllegalArgumentException e) {
                grades.add(new SubjectAssessment.Grade(
                        lab.date(), lab.test().name(), term.get().term(), null, e.getMessage()));
            }
        }
        return new SubjectAssessment(subjectId, study.criteriaSet(), day1, visits, grades);
    }

    /**
     * The assessment of a subject on one date (severity, transfusion dependence and, after the first
     * dose, response), its reasons in the current request's language, from the source data stored so far (in the caller's transaction, so a visit
     * being saved is included).
     *
     * @param subjectId the subject
     * @param date the date
     * @param caller the caller
     * @return the assessment on that date
     * @throws org.marrow.app.web.NotFoundException if the caller does not see the subject
     */
    @Transactional(readOnly = true)
    public SubjectAssessment.Visit assessOn(long subjectId, LocalDate date, Caller caller) {
        SubjectView view = subjects.get(subjectId, caller);
        Study study = studies.study(view.studyId());
        // Severity and response read labs, transfusions and the screening history (when transfusions
        // were first recorded) only; a visit save need not load the other records.
        SubjectRecords r = new SubjectRecords(
                toDataset(view),
                cast(records.datasetRecords(view, RecordKind.LABS)),
                records.datasetRecords(view, RecordKind.TRANSFUSIONS).stream()
                        .map(t -> ((TransfusionRecord) t).transfusion())
                        .toList(),
                List.of(),
                List.of(),
                List.of(),
                cast(records.datasetRecords(view, RecordKind.HISTORY)));
        ResponseCriteria response = rules.response(study);
        LocalDate day1 = view.firstDoseOn();
        Baseline baseline = day1 == null ? null : response.baseline(r.labHistory(), r.transfusionHistory(), day1);
        return visit(
                date,
                r.labHistory(),
                r.transfusionHistory(),
                rules.severity(study),
                response,
                baseline,
                day1,
                text.renderer());
    }

    /**
     * The current assessment of several subjects of a study: each on the date of its latest (not voided) lab,
     * its reasons in the current request's language. The records of all of them are read in one statement per
     * kind.
     *
     * @param study the study
     * @param subjects the subjects (already checked against the caller's scope)
     * @return each subject's assessment by its id; a subject without labs is absent
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, SubjectAssessment.Visit> current(
            Study study, java.util.Collection<SubjectView> subjects) {
        java.util.Map<Long, List<Object>> labs = records.datasetRecords(subjects, RecordKind.LABS);
        java.util.Map<Long, List<Object>> transfusions = records.datasetRecords(subjects, RecordKind.TRANSFUSIONS);
        java.util.Map<Long, List<Object>> history = records.datasetRecords(subjects, RecordKind.HISTORY);
        SeverityCriteria severity = rules.severity(study);
        ResponseCriteria response = rules.response(study);
        MessageRenderer renderer = text.renderer();
        java.util.Map<Long, SubjectAssessment.Visit> out = new java.util.HashMap<>();
        for (SubjectView view : subjects) {
            List<LabRecord> subjectLabs = cast(labs.getOrDefault(view.id(), List.of()));
            if (subjectLabs.isEmpty()) {
                continue;
            }
            SubjectRecords r = new SubjectRecords(
                    toDataset(view),
                    subjectLabs,
                    transfusions.getOrDefault(view.id(), List.of()).stream()
                            .map(t -> ((TransfusionRecord) t).transfusion())
                            .toList(),
                    List.of(),
                    List.of(),
                    List.of(),
                    cast(history.getOrDefault(view.id(), List.of())));
            LocalDate last = subjectLabs.stream()
                    .map(LabRecord::date)
                    .max(LocalDate::compareTo)
                    .orElseThrow();
            LocalDate day1 = view.firstDoseOn();
            Baseline baseline = day1 == null ? null : response.baseline(r.labHistory(), r.transfusionHistory(), day1);
            out.put(
                    view.id(),
                    visit(last, r.labHistory(), r.transfusionHistory(), severity, response, baseline, day1, renderer));
        }
        return out;
    }

    private static SubjectAssessment.Visit visit(
            LocalDate date,
            LabHistory labs,
            TransfusionHistory transfusions,
            SeverityCriteria severity,
            ResponseCriteria response,
            Baseline baseline,
            LocalDate day1,
            MessageRenderer renderer) {
        SeverityAssessment sev = severity.assess(labs, transfusions, date);
        TransfusionStatus ts = severity.transfusionDependence().assess(transfusions, date);
        ResponseAssessment resp =
                baseline != null && date.isAfter(day1) ? response.assess(labs, transfusions, date, baseline) : null;
        return new SubjectAssessment.Visit(
                date,
                sev.label().orElse(null),
                sev.reasons().stream().map(renderer::render).toList(),
                ts.anyDependence().outcome().name(),
                renderer.render(ts.anyDependence().reason()),
                resp == null ? null : resp.category().map(Enum::name).orElse(null),
                renderer.render(
                        resp == null ? Message.of("clinical.response.notAssessedBeforeFirstDose") : resp.summary()),
                resp == null
                        ? List.of()
                        : resp.missing().stream().map(renderer::render).toList());
    }

    /**
     * A stored subject as the data set's subject record.
     *
     * @param s the subject
     * @return the data set subject
     */
    public static Subject toDataset(SubjectView s) {
        return s.subject();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<Object> list) {
        return (List<T>) (List<?>) list;
    }
}
