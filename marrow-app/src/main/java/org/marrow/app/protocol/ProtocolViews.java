package org.marrow.app.protocol;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.marrow.protocol.schedule.ScheduledVisit;
import org.marrow.protocol.view.CriterionView;
import org.marrow.protocol.view.DoseAdviceView;
import org.marrow.protocol.view.DoseView;
import org.marrow.protocol.view.MessageView;

/**
 * What the protocol says about one subject, as the API writes it (field names in snake_case): the
 * subject and protocol around the findings, doses, visits and advice of {@code
 * org.marrow.protocol.view}, which {@code marrow screen|schedule|advise --json} write too.
 */
public final class ProtocolViews {
    private ProtocolViews() {}

    /**
     * The protocol a result comes from.
     *
     * @param id the protocol id
     * @param version the version
     */
    public record ProtocolId(String id, String version) {}

    /**
     * A subject's screening: the eligibility status and every criterion's finding.
     *
     * @param subjectId the subject's id
     * @param subjectCode the subject's code
     * @param protocol the protocol
     * @param on the screening date
     * @param onBasis where the date comes from: {@code on} (the request), {@code enrolled_on},
     *     {@code screened_on} or {@code today}
     * @param status ELIGIBLE, NOT_ELIGIBLE or INCOMPLETE
     * @param criteria the criteria, in protocol order
     */
    public record Screening(
            long subjectId,
            String subjectCode,
            ProtocolId protocol,
            LocalDate on,
            String onBasis,
            String status,
            List<CriterionView> criteria) {}

    /**
     * A subject's treatment calendar.
     *
     * @param subjectId the subject's id
     * @param subjectCode the subject's code
     * @param protocol the protocol
     * @param arm the arm followed
     * @param firstDose study day 1
     * @param weightKg the weight the amounts are computed from
     * @param lastDay the last study day listed
     * @param doses every administration
     * @param visits the assessment visits with their windows
     * @param notes how open-ended regimens and ranges were handled
     * @param notesMessages {@code notes} as messages
     */
    public record Schedule(
            long subjectId,
            String subjectCode,
            ProtocolId protocol,
            String arm,
            LocalDate firstDose,
            BigDecimal weightKg,
            int lastDay,
            List<DoseView> doses,
            List<ScheduledVisit> visits,
            List<String> notes,
            List<MessageView> notesMessages) {}

    /**
     * The dose advice for a subject on a date.
     *
     * @param subjectId the subject's id
     * @param subjectCode the subject's code
     * @param protocol the protocol
     * @param on the decision date
     * @param studyDay its study day
     * @param advice one advice per drug a dose rule governs
     */
    public record Advice(
            long subjectId,
            String subjectCode,
            ProtocolId protocol,
            LocalDate on,
            long studyDay,
            List<DoseAdviceView> advice) {}
}
