package org.marrow.protocol.dose;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.marrow.clinical.finding.Evidence;
import org.marrow.clinical.message.Message;
import org.marrow.study.Dose;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;
import org.marrow.study.SubjectRecords;

/**
 * One drug's recorded doses for a subject, in a rule's unit. A row of {@code doses.csv} is one
 * administration; per-kg and absolute records are converted with the subject's baseline weight
 * (romiplostim recorded in ug becomes ug/kg).
 */
final class DoseHistory {

    /** A recorded administration in the rule's unit. */
    record Given(LocalDate date, BigDecimal amount, Dose source) {}

    private final List<Given> given;
    private final DoseUnit unit;
    private final Drug drug;

    DoseHistory(SubjectRecords records, Drug drug, DoseUnit unit, LocalDate on) {
        this.unit = unit;
        this.drug = drug;
        BigDecimal weight = records.subject().weightKg();
        List<Given> list = new ArrayList<>();
        for (Dose dose : records.doses()) {
            if (dose.drug() == drug && !dose.date().isAfter(on)) {
                list.add(new Given(dose.date(), convert(dose, unit, weight), dose));
            }
        }
        list.sort(Comparator.comparing(Given::date));
        this.given = List.copyOf(list);
    }

    static BigDecimal convert(Dose dose, DoseUnit unit, BigDecimal weightKg) {
        DoseUnit recorded = dose.unit();
        BigDecimal mg = recorded.toMilligrams(dose.amount(), weightKg);
        BigDecimal inUnit = mg.divide(unit.milligrams(), MathContext.DECIMAL64);
        if (unit.perKg()) {
            inUnit = inUnit.divide(weightKg, MathContext.DECIMAL64);
        }
        return inUnit.stripTrailingZeros();
    }

    boolean isEmpty() {
        return given.isEmpty();
    }

    Optional<Given> latest() {
        return given.isEmpty() ? Optional.empty() : Optional.of(given.get(given.size() - 1));
    }

    /**
     * Whether the drug is being given on {@code on}: its latest administration is at most two dosing
     * intervals before (a daily drug given yesterday or the day before; a weekly drug within 14 days).
     */
    boolean current(LocalDate on, int intervalDays) {
        return latest().map(g -> ChronoUnit.DAYS.between(g.date(), on) <= 2L * intervalDays)
                .orElse(false);
    }

    /**
     * The first date of the latest run of administrations at the latest amount (after {@code level}
     * maps amounts to dose levels): when the current dose began.
     */
    LocalDate levelStart(UnaryOperator<BigDecimal> level) {
        Given last = latest().orElseThrow();
        BigDecimal current = level.apply(last.amount());
        LocalDate start = last.date();
        for (int i = given.size() - 1; i >= 0; i--) {
            if (level.apply(given.get(i).amount()).compareTo(current) != 0) {
                break;
            }
            start = given.get(i).date();
        }
        return start;
    }

    Evidence evidence(Given dose, Message criterion) {
        return new Evidence(
                Message.of("protocol.evidence.dose", drug.id()),
                dose.date(),
                dose.amount(),
                unit.symbol(),
                Message.of(
                        "protocol.advice.recorded",
                        criterion,
                        dose.source().amount().toPlainString(),
                        dose.source().unit().symbol()));
    }
}
