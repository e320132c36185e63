package org.marrow.app.protocol;

import java.time.LocalDate;
import java.util.List;
import org.marrow.app.assessment.Assessments;
import org.marrow.app.assessment.MessageText;
import org.marrow.app.security.Caller;
import org.marrow.app.study.Studies;
import org.marrow.app.study.Study;
import org.marrow.app.subject.SubjectView;
import org.marrow.app.subject.Subjects;
import org.marrow.app.web.BadValueException;
import org.marrow.app.web.ConflictException;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.dose.DoseAdvisor;
import org.marrow.protocol.schedule.SubjectSchedule;
import org.marrow.protocol.schedule.TreatmentSchedule;
import org.marrow.protocol.screening.Screening;
import org.marrow.protocol.screening.ScreeningResult;
import org.marrow.protocol.view.CriterionView;
import org.marrow.protocol.view.DoseAdviceView;
import org.marrow.protocol.view.DoseView;
import org.marrow.protocol.view.MessageView;
import org.marrow.study.SubjectRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A subject seen through its study's protocol: screening ({@link Screening}), the treatment calendar
 * ({@link TreatmentSchedule}) and dose advice ({@link DoseAdvisor}), each computed on request from the
 * stored source data, in the caller's site scope.
 */
@Service
public class SubjectProtocol {
    private final Subjects subjects;
    private final Studies studies;
    private final Assessments assessments;
    private final MessageText text;

    SubjectProtocol(Subjects subjects, Studies studies, Assessments assessments, MessageText text) {
        this.subjects = subjects;
        this.studies = studies;
        this.assessments = assessments;
        this.text = text;
    }

    /**
     * Screens a subject against the protocol's eligibility criteria.
     *
     * @param subjectId the subject
     * @param on the screening date, or null for the enrolment date, else the screening date, else today
     * @param caller the caller
     * @return the screening with every criterion's finding and evidence, the texts in the current
     *     request's language
     * @throws org.marrow.app.web.NotFoundException if the caller does not see the subject
     * @throws BadValueException if the date is before the subject's birth date
     * @throws ConflictException if the study's protocol is unknown
     */
    @Transactional(readOnly = true)
    public ProtocolViews.Screening screening(long subjectId, LocalDate on, Caller caller) {
        SubjectView s = subjects.get(subjectId, caller);
        Protocol protocol = protocolOf(s);
        LocalDate date;
        String basis;
        if (on != null) {
            date = on;
            basis = "on";
        } else if (s.enrolledOn() != null) {
            date = s.enrolledOn();
            basis = "enrolled_on";
        } else if (s.screenedOn() != null) {
            date = s.screenedOn();
            basis = "screened_on";
        } else {
            date = LocalDate.now();
            basis = "today";
        }
        if (date.isBefore(s.birthDate())) {
            throw BadValueException.of("on", date, "a date on or after the birth date " + s.birthDate());
        }
        ScreeningResult result = Screening.of(protocol).screen(assessments.recordsOf(subjectId, caller), date);
        MessageRenderer renderer = text.renderer();
        return new ProtocolViews.Screening(
                s.id(),
                s.subjectCode(),
                id(protocol),
                result.on(),
                basis,
                result.status().name(),
                result.criteria().stream()
                        .map(c -> CriterionView.of(c, renderer))
                        .toList());
    }

    /**
     * The subject's treatment calendar.
     *
     * @param subjectId the subject
     * @param caller the caller
     * @return the schedule, its notes in the current request's language
     * @throws org.marrow.app.web.NotFoundException if the caller does not see the subject
     * @throws ConflictException if the subject is not enrolled, has no first dose date, or the protocol
     *     is unknown
     */
    @Transactional(readOnly = true)
    public ProtocolViews.Schedule schedule(long subjectId, Caller caller) {
        SubjectView s = subjects.get(subjectId, caller);
        Protocol protocol = protocolOf(s);
        if (s.arm() == null || s.firstDoseOn() == null) {
            throw new ConflictException("Subject " + s.subjectCode()
                    + " has no schedule yet: it starts at the first dose of an enrolled subject (arm "
                    + s.arm() + ", first_dose_on " + s.firstDoseOn() + ")");
        }
        SubjectSchedule schedule;
        try {
            schedule = TreatmentSchedule.of(protocol).forSubject(Assessments.toDataset(s));
        } catch (IllegalArgumentException e) {
            throw new ConflictException(e.getMessage());
        }
        MessageRenderer renderer = text.renderer();
        return new ProtocolViews.Schedule(
                s.id(),
                s.subjectCode(),
                id(protocol),
                schedule.arm(),
                schedule.firstDose(),
                schedule.weightKg(),
                schedule.lastDay(),
                schedule.doses().stream().map(d -> DoseView.of(d, renderer)).toList(),
                schedule.visits(),
                schedule.notes().stream().map(renderer::render).toList(),
                MessageView.of(schedule.notes()));
    }

    /**
     * The next dose of every drug the protocol's dose rules govern for the subject.
     *
     * @param subjectId the subject
     * @param on the decision date; data after it are ignored
     * @param caller the caller
     * @return the advice, its texts in the current request's language
     * @throws org.marrow.app.web.NotFoundException if the caller does not see the subject
     * @throws BadValueException if {@code on} is missing or before the first dose
     * @throws ConflictException if the subject has had no first dose, or the protocol is unknown
     */
    @Transactional(readOnly = true)
    public ProtocolViews.Advice advice(long subjectId, LocalDate on, Caller caller) {
        SubjectView s = subjects.get(subjectId, caller);
        Protocol protocol = protocolOf(s);
        if (s.firstDoseOn() == null || s.arm() == null) {
            throw new ConflictException(
                    "Subject " + s.subjectCode() + " has had no first dose; dose advice starts at study day 1");
        }
        if (on == null) {
            throw BadValueException.of("on", null, "the date of the decision (YYYY-MM-DD)");
        }
        if (on.isBefore(s.firstDoseOn())) {
            throw BadValueException.of("on", on, "a date on or after the first dose " + s.firstDoseOn());
        }
        SubjectRecords records = assessments.recordsOf(subjectId, caller);
        List<DoseAdviceView> advice;
        MessageRenderer renderer = text.renderer();
        try {
            advice = DoseAdvisor.of(protocol).advise(records, on).stream()
                    .map(a -> DoseAdviceView.of(a, renderer))
                    .toList();
        } catch (IllegalArgumentException e) {
            throw new ConflictException(e.getMessage());
        }
        return new ProtocolViews.Advice(
                s.id(), s.subjectCode(), id(protocol), on, SubjectSchedule.studyDay(s.firstDoseOn(), on), advice);
    }

    private Protocol protocolOf(SubjectView s) {
        Study study = studies.study(s.studyId());
        return studies.protocol(study);
    }

    private static ProtocolViews.ProtocolId id(Protocol p) {
        return new ProtocolViews.ProtocolId(p.id(), p.version());
    }
}
