package org.marrow.app.protocol;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.marrow.clinical.finding.Evidence;
import org.marrow.clinical.finding.Finding;
import org.marrow.protocol.dose.AdvisedAmount;
import org.marrow.protocol.dose.DoseAdvice;
import org.marrow.protocol.schedule.ScheduledDose;
import org.marrow.protocol.schedule.ScheduledVisit;

/**
 * What the protocol says about one subject, as the API writes it (field names in snake_case; the
 * same fields as {@code marrow screen|schedule|advise --json}).
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
     * A piece of evidence a finding used.
     *
     * @param item what was looked at, e.g. a lab test
     * @param date its date
     * @param value its value
     * @param unit its unit
     * @param criterion the threshold it was compared with
     */
    public record EvidenceView(String item, LocalDate date, BigDecimal value, String unit, String criterion) {
        static EvidenceView of(Evidence e) {
            return new EvidenceView(
                    e.item(), e.date(), e.value() == null ? null : plain(e.value()), e.unit(), e.criterion());
        }
    }

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
            List<Criterion> criteria) {}

    /**
     * One criterion's finding.
     *
     * @param id the criterion id
     * @param kind inclusion or exclusion
     * @param text the criterion as the protocol words it
     * @param finding MET, NOT_MET or UNKNOWN
     * @param reason why
     * @param evidence the values used
     * @param missing what was missing or too old
     */
    public record Criterion(
            String id,
            String kind,
            String text,
            String finding,
            String reason,
            List<EvidenceView> evidence,
            List<String> missing) {
        static Criterion of(String id, String kind, String text, Finding f) {
            return new Criterion(
                    id,
                    kind,
                    text,
                    f.outcome().name(),
                    f.reason(),
                    f.evidence().stream().map(EvidenceView::of).toList(),
                    f.missing());
        }
    }

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
     */
    public record Schedule(
            long subjectId,
            String subjectCode,
            ProtocolId protocol,
            String arm,
            LocalDate firstDose,
            BigDecimal weightKg,
            int lastDay,
            List<Dose> doses,
            List<VisitWindow> visits,
            List<String> notes) {}

    /**
     * One scheduled administration.
     *
     * @param date the date
     * @param studyDay the study day
     * @param drug the drug
     * @param amount the amount, null when a range or set by a dose rule
     * @param unit the unit
     * @param amountMin the lower end of a range
     * @param amountMax the upper end of a range
     * @param administration which administration of the day
     * @param administrationsPerDay administrations that day
     * @param regimen the regimen
     * @param route the route
     * @param doseRules the dose rules that may change it
     * @param note a note
     */
    public record Dose(
            LocalDate date,
            int studyDay,
            String drug,
            BigDecimal amount,
            String unit,
            BigDecimal amountMin,
            BigDecimal amountMax,
            int administration,
            int administrationsPerDay,
            String regimen,
            String route,
            List<String> doseRules,
            String note) {
        static Dose of(ScheduledDose d) {
            return new Dose(
                    d.date(),
                    d.studyDay(),
                    d.drug().id(),
                    d.amount().orElse(null),
                    d.unit(),
                    d.amountMin(),
                    d.amountMax(),
                    d.administration(),
                    d.administrationsPerDay(),
                    d.regimen(),
                    d.route().code(),
                    d.doseRules(),
                    d.note());
        }
    }

    /**
     * A visit and its window.
     *
     * @param name the visit
     * @param targetDay the target study day
     * @param windowStart the first study day of the window
     * @param windowEnd the last study day of the window
     * @param targetDate the target date
     * @param windowStartDate the window's first date
     * @param windowEndDate the window's last date
     * @param assessments what is assessed
     */
    public record VisitWindow(
            String name,
            int targetDay,
            int windowStart,
            int windowEnd,
            LocalDate targetDate,
            LocalDate windowStartDate,
            LocalDate windowEndDate,
            List<String> assessments) {
        static VisitWindow of(ScheduledVisit v) {
            return new VisitWindow(
                    v.name(),
                    v.targetDay(),
                    v.windowStart(),
                    v.windowEnd(),
                    v.targetDate(),
                    v.windowStartDate(),
                    v.windowEndDate(),
                    v.assessments());
        }
    }

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
            List<DrugAdvice> advice) {}

    /**
     * The advice for one drug.
     *
     * @param drug the drug
     * @param action e.g. {@code continue}, {@code increase}, {@code measure}
     * @param amount the advised amount if fixed
     * @param unit its unit
     * @param perKg the fixed amount per kg
     * @param perKgUnit the per-kg unit
     * @param amountMin the lower end of an advised range
     * @param amountMax the upper end
     * @param perKgMin the lower end per kg
     * @param perKgMax the upper end per kg
     * @param rule the dose rule applied
     * @param reason why
     * @param evidence the values used
     * @param missing what is needed when the action is {@code measure}
     * @param nextDoseOn the date of the next dose, if the rule sets it
     */
    public record DrugAdvice(
            String drug,
            String action,
            BigDecimal amount,
            String unit,
            BigDecimal perKg,
            String perKgUnit,
            BigDecimal amountMin,
            BigDecimal amountMax,
            BigDecimal perKgMin,
            BigDecimal perKgMax,
            String rule,
            String reason,
            List<EvidenceView> evidence,
            List<String> missing,
            LocalDate nextDoseOn) {
        static DrugAdvice of(DoseAdvice a) {
            AdvisedAmount amount = a.amount().orElse(null);
            boolean fixed = amount != null && amount.isFixed();
            boolean perKg = amount != null && amount.perKgMin().isPresent();
            return new DrugAdvice(
                    a.drug().id(),
                    a.action().code(),
                    fixed ? amount.min() : null,
                    amount == null ? null : amount.unit().symbol(),
                    fixed && perKg ? amount.perKgMin().get() : null,
                    perKg ? amount.perKgUnit().symbol() : null,
                    amount == null ? null : amount.min(),
                    amount == null ? null : amount.max(),
                    perKg ? amount.perKgMin().get() : null,
                    perKg ? amount.perKgMax().get() : null,
                    a.rule(),
                    a.reason(),
                    a.evidence().stream().map(EvidenceView::of).toList(),
                    a.missing(),
                    a.nextDoseOn().orElse(null));
        }
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
