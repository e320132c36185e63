package org.marrow.protocol.schedule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marrow.clinical.message.Message;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.dose.DoseRule;
import org.marrow.protocol.model.Arm;
import org.marrow.protocol.model.DayRange;
import org.marrow.protocol.regimen.Dose;
import org.marrow.protocol.regimen.DoseBasis;
import org.marrow.protocol.regimen.Frequency;
import org.marrow.protocol.regimen.Regimen;
import org.marrow.protocol.regimen.Rounding;
import org.marrow.study.DoseUnit;
import org.marrow.study.Subject;

/**
 * Lays a protocol's regimens and visits on a subject's calendar: every
 * administration by date and study day with its amount in mg, and every visit with its window.
 *
 * <p>Rules it applies (docs/protocol-format.md):
 * <ul>
 *   <li>Study day 1 is {@code first_dose_on}; day N is N - 1 days later, day 0 the day before.
 *   <li>Amounts per kg use the subject's baseline {@code weight_kg} of {@code subjects.csv} (document
 *       000: p-ATG 25 mg/kg/day days 1-5; CTX 20 mg/kg/day days 29-30 and 43-44). A per-day amount
 *       given q12h is split into two equal administrations; the protocol's rounding (CsA to the
 *       nearest 25 mg) applies to each administration. Without rounding the amount is exact.
 *   <li>Daily and q12h regimens are given on every day of their ranges; weekly ones on days 1, 8,
 *       15, ... (the weekday of day 1) that fall in their ranges.
 *   <li>Open-ended ranges ("maintained throughout the treatment course", document 000) stop at the
 *       last visit's target day, or day 365 when the protocol has no visits; a note says so.
 *   <li>A regimen titrated by a dose rule lists its first administration at the regimen's dose
 *       (romiplostim 10 ug/kg, document 003) and later ones as the rule's range without a fixed
 *       amount: the rule decides them from the subject's data ({@code marrow advise}).
 * </ul>
 */
public final class TreatmentSchedule {
    /** Where open-ended regimens stop when the protocol has no visits. */
    static final int DEFAULT_LAST_DAY = 365;

    private final Protocol protocol;

    private TreatmentSchedule(Protocol protocol) {
        this.protocol = protocol;
    }

    /**
     * The schedule of a protocol.
     *
     * @param protocol the protocol
     * @return the schedule
     * @throws NullPointerException if {@code protocol} is null
     */
    public static TreatmentSchedule of(Protocol protocol) {
        return new TreatmentSchedule(Objects.requireNonNull(protocol, "protocol"));
    }

    /**
     * The last study day listed: the latest visit target day, or {@value #DEFAULT_LAST_DAY} without
     * visits; open-ended regimens stop there.
     *
     * @return the day
     */
    public int lastDay() {
        return protocol.visits().stream().mapToInt(Visit::targetDay).max().orElse(DEFAULT_LAST_DAY);
    }

    /**
     * A subject's calendar.
     *
     * @param subject an enrolled subject with a first dose date
     * @return the doses and visits
     * @throws NullPointerException if {@code subject} is null
     * @throws IllegalArgumentException if the subject has no {@code first_dose_on}, or no arm of the
     *     protocol (see {@link Protocol#treatmentArm})
     */
    public SubjectSchedule forSubject(Subject subject) {
        Objects.requireNonNull(subject, "subject");
        Arm arm = protocol.treatmentArm(subject);
        LocalDate firstDose = subject.firstDoseOn()
                .orElseThrow(() -> new IllegalArgumentException("Subject " + subject.subjectId()
                        + " has no first_dose_on in subjects.csv; expected the date of study day 1 to place doses"));
        BigDecimal weight = subject.weightKg();
        int lastDay = lastDay();
        List<Message> notes = new ArrayList<>();
        if (!subject.arm().get().equals(arm.id())) {
            notes.add(Message.of("protocol.schedule.otherArm", subject.arm().get(), protocol.id(), arm.id()));
        }
        List<ScheduledDose> doses = new ArrayList<>();
        for (Regimen regimen : protocol.regimensFor(arm.id())) {
            if (regimen.days().stream().anyMatch(r -> r.to().isEmpty())) {
                notes.add(Message.of(
                        "protocol.schedule.openEnded",
                        regimen.id(),
                        Message.of(
                                "protocol.days.list",
                                regimen.days().stream().map(DayRange::message).toList()),
                        lastDay));
            }
            doses.addAll(doses(regimen, arm, firstDose, weight, lastDay));
        }
        doses.sort(Comparator.comparing(ScheduledDose::date));
        List<ScheduledVisit> visits = protocol.visits().stream()
                .map(v -> new ScheduledVisit(
                        v.name(),
                        v.targetDay(),
                        v.windowStart(),
                        v.windowEnd(),
                        SubjectSchedule.dateOf(firstDose, v.targetDay()),
                        SubjectSchedule.dateOf(firstDose, v.windowStart()),
                        SubjectSchedule.dateOf(firstDose, v.windowEnd()),
                        v.assessments()))
                .toList();
        return new SubjectSchedule(
                subject.subjectId(),
                protocol.id(),
                protocol.version(),
                arm.id(),
                firstDose,
                weight,
                lastDay,
                doses,
                visits,
                notes);
    }

    private List<ScheduledDose> doses(Regimen regimen, Arm arm, LocalDate firstDose, BigDecimal weight, int lastDay) {
        Frequency frequency = regimen.frequency();
        int perDay = frequency.perDay();
        BigDecimal divisor = regimen.dose().basis() == DoseBasis.DAY ? BigDecimal.valueOf(perDay) : BigDecimal.ONE;
        DoseUnit unit = regimen.dose().unit();
        BigDecimal min =
                administration(regimen, unit.toMilligrams(regimen.dose().min(), weight), divisor);
        BigDecimal max =
                administration(regimen, unit.toMilligrams(regimen.dose().max(), weight), divisor);
        Optional<DoseRule> titration = regimen.titratedBy().flatMap(id -> protocol.doseRules().stream()
                .filter(r -> r.id().equals(id))
                .findFirst());
        BigDecimal laterMin = min;
        BigDecimal laterMax = max;
        Message note = amountBasis(regimen, weight, perDay);
        Message laterNote = note;
        if (titration.isPresent()) {
            Optional<Dose> range = titration.get().kind().administrationRange();
            if (range.isPresent()) {
                laterMin = administration(
                        regimen, range.get().unit().toMilligrams(range.get().min(), weight), BigDecimal.ONE);
                laterMax = administration(
                        regimen, range.get().unit().toMilligrams(range.get().max(), weight), BigDecimal.ONE);
            }
            laterNote = Message.of(
                    "protocol.schedule.setByRule",
                    titration.get().id(),
                    laterMin.toPlainString(),
                    laterMax.toPlainString());
        }
        List<ScheduledDose> doses = new ArrayList<>();
        boolean first = true;
        for (DayRange range : regimen.days()) {
            int to = range.to().orElse(lastDay);
            for (int day = range.from(); day <= Math.min(to, lastDay); day++) {
                if ((day - 1) % frequency.intervalDays() != 0) {
                    continue;
                }
                List<String> rules = rulesOn(regimen, arm, day);
                for (int administration = 1; administration <= perDay; administration++) {
                    boolean later = titration.isPresent() && !first;
                    BigDecimal lo = later ? laterMin : min;
                    BigDecimal hi = later ? laterMax : max;
                    Optional<BigDecimal> fixed = lo.compareTo(hi) == 0 && !later ? Optional.of(lo) : Optional.empty();
                    doses.add(new ScheduledDose(
                            SubjectSchedule.dateOf(firstDose, day),
                            day,
                            regimen.drug(),
                            regimen.id(),
                            administration,
                            perDay,
                            fixed,
                            lo,
                            hi,
                            regimen.route(),
                            rules,
                            later ? laterNote : note));
                    first = false;
                }
            }
        }
        return doses;
    }

    private List<String> rulesOn(Regimen regimen, Arm arm, int day) {
        return protocol.doseRulesFor(regimen.drug(), arm.id()).stream()
                .filter(r -> r.days().map(d -> d.contains(day)).orElse(true))
                .map(DoseRule::id)
                .toList();
    }

    private static BigDecimal administration(Regimen regimen, BigDecimal milligrams, BigDecimal divisor) {
        BigDecimal each = milligrams.divide(divisor, MathContext.DECIMAL64);
        if (regimen.rounding().isPresent()) {
            Rounding rounding = regimen.rounding().get();
            BigDecimal inUnit = each.divide(rounding.unit().milligrams(), MathContext.DECIMAL64);
            each = rounding.apply(inUnit).multiply(rounding.unit().milligrams());
        }
        return plain(each);
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** How a regimen's amount is obtained, e.g. "25 mg/kg/day x 68.5 kg". */
    private static Message amountBasis(Regimen regimen, BigDecimal weight, int perDay) {
        Message text = regimen.dose().message();
        if (regimen.dose().unit().perKg()) {
            text = Message.of("protocol.schedule.perKg", text, weight.toPlainString());
        }
        if (regimen.dose().basis() == DoseBasis.DAY && perDay > 1) {
            text = Message.of("protocol.schedule.split", text, perDay);
        }
        if (regimen.rounding().isPresent()) {
            Rounding r = regimen.rounding().get();
            String code =
                    switch (r.mode()) {
                        case UP -> "protocol.schedule.roundedUp";
                        case DOWN -> "protocol.schedule.roundedDown";
                        default -> "protocol.schedule.roundedNearest";
                    };
            text = Message.of(code, text, r.step().toPlainString(), r.unit().symbol());
        }
        return text;
    }
}
