package org.marrow.protocol.schedule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.dose.DoseRule;
import org.marrow.protocol.dose.Escalation;
import org.marrow.protocol.dose.TroughTitration;
import org.marrow.protocol.model.Arm;
import org.marrow.protocol.model.DayRange;
import org.marrow.protocol.regimen.DoseBasis;
import org.marrow.protocol.regimen.Frequency;
import org.marrow.protocol.regimen.Regimen;
import org.marrow.protocol.regimen.Rounding;
import org.marrow.study.DoseUnit;
import org.marrow.study.Subject;

/**
 * Lays a protocol's regimens and visits on a subject's calendar (issue 4, item 4): every
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
        List<String> notes = new ArrayList<>();
        if (!subject.arm().get().equals(arm.id())) {
            notes.add("arm '" + subject.arm().get() + "' is not an arm id of " + protocol.id()
                    + "; its only treated arm " + arm.id() + " is used");
        }
        List<ScheduledDose> doses = new ArrayList<>();
        for (Regimen regimen : protocol.regimensFor(arm.id())) {
            if (regimen.days().stream().anyMatch(r -> r.to().isEmpty())) {
                notes.add(regimen.id() + " is open-ended (" + regimen.days() + "); listed to day " + lastDay
                        + ", the last protocol visit");
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
        String note = regimen.dose() + amountBasis(regimen, weight, perDay);
        String laterNote = note;
        if (titration.isPresent()) {
            Optional<BigDecimal[]> range = ruleRange(titration.get(), regimen, weight, divisor);
            if (range.isPresent()) {
                laterMin = range.get()[0];
                laterMax = range.get()[1];
            }
            laterNote = "set by dose rule " + titration.get().id() + " within " + laterMin.toPlainString() + "-"
                    + laterMax.toPlainString() + " mg (marrow advise)";
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

    private static Optional<BigDecimal[]> ruleRange(
            DoseRule rule, Regimen regimen, BigDecimal weight, BigDecimal divisor) {
        if (rule.kind() instanceof Escalation escalation) {
            return Optional.of(new BigDecimal[] {
                plain(escalation.start().unit().toMilligrams(escalation.start().value(), weight)),
                plain(escalation.max().unit().toMilligrams(escalation.max().value(), weight))
            });
        }
        if (rule.kind() instanceof TroughTitration titration) {
            BigDecimal ruleDivisor = titration.dose().basis() == DoseBasis.DAY
                    ? BigDecimal.valueOf(titration.frequency().perDay())
                    : BigDecimal.ONE;
            DoseUnit unit = titration.dose().unit();
            return Optional.of(new BigDecimal[] {
                administration(regimen, unit.toMilligrams(titration.dose().min(), weight), ruleDivisor),
                administration(regimen, unit.toMilligrams(titration.dose().max(), weight), ruleDivisor)
            });
        }
        return Optional.empty();
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

    private static String amountBasis(Regimen regimen, BigDecimal weight, int perDay) {
        StringBuilder text = new StringBuilder();
        if (regimen.dose().unit().perKg()) {
            text.append(" x ").append(weight.toPlainString()).append(" kg");
        }
        if (regimen.dose().basis() == DoseBasis.DAY && perDay > 1) {
            text.append(", split into ").append(perDay).append(" administrations");
        }
        regimen.rounding().ifPresent(r -> text.append(", rounded ")
                .append(
                        switch (r.mode()) {
                            case UP -> "up to ";
                            case DOWN -> "down to ";
                            default -> "to the nearest ";
                        })
                .append(r.step().toPlainString())
                .append(' ')
                .append(r.unit()));
        return text.toString();
    }
}
