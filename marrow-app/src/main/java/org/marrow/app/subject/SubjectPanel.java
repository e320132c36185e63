package org.marrow.app.subject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.marrow.analysis.figure.ThresholdLine;
import org.marrow.app.assessment.Assessments;
import org.marrow.app.assessment.SubjectAssessment;
import org.marrow.app.query.DataQueries;
import org.marrow.app.query.DataQuery;
import org.marrow.app.record.RecordKind;
import org.marrow.app.record.SourceRecords;
import org.marrow.app.security.Caller;
import org.marrow.app.study.Studies;
import org.marrow.app.study.Study;
import org.marrow.app.study.StudyProtocols;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.dose.DoseAdvice;
import org.marrow.protocol.dose.DoseAdvisor;
import org.marrow.protocol.schedule.ScheduledDose;
import org.marrow.protocol.schedule.SubjectSchedule;
import org.marrow.protocol.schedule.TreatmentSchedule;
import org.marrow.protocol.screening.Screening;
import org.marrow.protocol.screening.ScreeningResult;
import org.marrow.study.LabRecord;
import org.marrow.study.SubjectRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the subject page shows, gathered from the services and the subject's protocol: source
 * records, derived assessment, eligibility, treatment calendar, dose advice, queries, and the thresholds
 * of the study's response and severity rules for the timeline. A protocol
 * rule that cannot be applied (no arm yet, no first dose) gives its message instead of a result.
 */
@Service
class SubjectPanel {
    /** Calendar days shown around the advice date. */
    static final int CALENDAR_DAYS = 14;

    private final Subjects subjects;
    private final Studies studies;
    private final SourceRecords records;
    private final Assessments assessments;
    private final DataQueries queries;
    private final StudyProtocols protocols;

    SubjectPanel(
            Subjects subjects,
            Studies studies,
            SourceRecords records,
            Assessments assessments,
            DataQueries queries,
            StudyProtocols protocols) {
        this.subjects = subjects;
        this.studies = studies;
        this.records = records;
        this.assessments = assessments;
        this.queries = queries;
        this.protocols = protocols;
    }

    record Panel(
            SubjectView subject,
            Study study,
            Protocol protocol,
            SubjectRecords records,
            Map<RecordKind, List<Map<String, Object>>> rows,
            SubjectAssessment assessment,
            List<DataQuery> queries,
            ScreeningResult screening,
            String screeningProblem,
            SubjectSchedule schedule,
            List<ScheduledDose> upcoming,
            String scheduleProblem,
            LocalDate adviceOn,
            List<DoseAdvice> advice,
            String adviceProblem,
            List<ThresholdLine> thresholds) {}

    @Transactional(readOnly = true)
    Panel of(long subjectId, Caller caller, LocalDate requestedAdviceDate, LocalDate today) {
        SubjectView s = subjects.get(subjectId, caller);
        Study study = studies.study(s.studyId());
        Protocol protocol = protocols.of(study).orElse(null);
        SubjectRecords r = assessments.recordsOf(subjectId, caller);
        Map<RecordKind, List<Map<String, Object>>> rows = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            rows.put(kind, records.list(subjectId, kind, caller));
        }
        SubjectAssessment assessment = assessments.assess(subjectId, caller);
        ScreeningResult screening = null;
        String screeningProblem = null;
        SubjectSchedule schedule = null;
        String scheduleProblem = null;
        List<ScheduledDose> upcoming = List.of();
        List<DoseAdvice> advice = List.of();
        String adviceProblem = null;
        LocalDate adviceOn = requestedAdviceDate != null ? requestedAdviceDate : defaultAdviceDate(s, r, today);
        if (protocol != null) {
            LocalDate screenOn =
                    s.screenedOn() != null ? s.screenedOn() : s.enrolledOn() != null ? s.enrolledOn() : today;
            try {
                screening = Screening.of(protocol).screen(r, screenOn);
            } catch (IllegalArgumentException e) {
                screeningProblem = e.getMessage();
            }
            try {
                schedule = TreatmentSchedule.of(protocol).forSubject(r.subject());
                LocalDate from = adviceOn;
                upcoming = new ArrayList<>(schedule.doses().stream()
                        .filter(d -> !d.date().isBefore(from) && d.date().isBefore(from.plusDays(CALENDAR_DAYS)))
                        .toList());
            } catch (IllegalArgumentException e) {
                scheduleProblem = e.getMessage();
            }
            try {
                advice = DoseAdvisor.of(protocol).advise(r, adviceOn);
            } catch (IllegalArgumentException e) {
                adviceProblem = e.getMessage();
            }
        }
        return new Panel(
                s,
                study,
                protocol,
                r,
                rows,
                assessment,
                queries.list(subjectId, caller),
                screening,
                screeningProblem,
                schedule,
                upcoming,
                scheduleProblem,
                adviceOn,
                advice,
                adviceProblem,
                ThresholdLine.of(assessments.rules().response(study)));
    }

    /**
     * The day the advice is for unless the user picks one: today while the subject is on study; for a
     * subject whose records end in the past (a closed study, the demonstration data) the day after the
     * last lab.
     */
    private static LocalDate defaultAdviceDate(SubjectView s, SubjectRecords r, LocalDate today) {
        LocalDate last =
                r.labs().stream().map(LabRecord::date).max(LocalDate::compareTo).orElse(today);
        LocalDate on = last.plusDays(1).isBefore(today) ? last.plusDays(1) : today;
        if (s.firstDoseOn() != null && on.isBefore(s.firstDoseOn())) {
            return s.firstDoseOn();
        }
        return on;
    }
}
