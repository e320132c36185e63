package org.marrow.protocol.dose;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.marrow.clinical.finding.Evidence;
import org.marrow.clinical.finding.Finding;
import org.marrow.clinical.message.Message;
import org.marrow.protocol.eligibility.Criterion;
import org.marrow.protocol.evaluation.CriterionEvaluator;
import org.marrow.protocol.regimen.Regimen;
import org.marrow.study.DoseUnit;
import org.marrow.study.SubjectRecords;

/**
 * What a dose rule decides on: the rule, the subject's records, the date and its study day, the
 * regimen of the rule's drug in the subject's arm, and the protocol's criterion evaluator. Built by
 * {@link DoseAdvisor} only.
 */
public final class AdviceContext {
    private final DoseRule rule;
    private final SubjectRecords records;
    private final LocalDate on;
    private final int day;
    private final Optional<Regimen> regimen;
    private final CriterionEvaluator evaluator;

    AdviceContext(
            DoseRule rule,
            SubjectRecords records,
            LocalDate on,
            int day,
            Optional<Regimen> regimen,
            CriterionEvaluator evaluator) {
        this.rule = rule;
        this.records = records;
        this.on = on;
        this.day = day;
        this.regimen = regimen;
        this.evaluator = evaluator;
    }

    DoseRule rule() {
        return rule;
    }

    SubjectRecords records() {
        return records;
    }

    LocalDate on() {
        return on;
    }

    int day() {
        return day;
    }

    Optional<Regimen> regimen() {
        return regimen;
    }

    /** The drug's id, as the protocol and {@code doses.csv} name it. */
    String drug() {
        return rule.drug().id();
    }

    /** The subject's baseline weight, kg. */
    BigDecimal weight() {
        return records.subject().weightKg();
    }

    /** The regimen's dosing interval in days (1 without a regimen). */
    int intervalDays() {
        return regimen.map(r -> r.frequency().intervalDays()).orElse(1);
    }

    /** The drug's recorded doses up to the date, in a unit. */
    DoseHistory history(DoseUnit unit) {
        return new DoseHistory(records, rule.drug(), unit, on);
    }

    /** A criterion judged on the subject's data on the date. */
    Finding evaluate(Criterion criterion) {
        return evaluator.evaluate(criterion, records, on);
    }

    /** The weight as evidence of a weight-based amount. */
    Evidence weightEvidence() {
        return new Evidence(
                Message.of("protocol.evidence.weight"),
                null,
                weight(),
                "kg",
                Message.of("protocol.advice.weightSource"));
    }

    /** The advice of this context's rule. */
    DoseAdvice advice(
            DoseAction action,
            Optional<AdvisedAmount> amount,
            Message reason,
            List<Evidence> evidence,
            List<Message> missing,
            Optional<LocalDate> next) {
        return new DoseAdvice(rule.drug(), action, amount, rule.id(), reason, evidence, missing, next);
    }

    /** The next dose after the latest, not before the date. */
    static LocalDate nextDose(LocalDate latest, int intervalDays, LocalDate on) {
        LocalDate next = latest.plusDays(intervalDays);
        return next.isBefore(on) ? on : next;
    }

    /** An amount with its unit, e.g. "15 ug/kg". */
    static Message amount(BigDecimal value, DoseUnit unit) {
        return Message.of("protocol.advice.amount", value, unit.symbol());
    }

    /** "No dose of the drug recorded on or before the date", the start of a first START. */
    Message noDoseYet() {
        return Message.of("protocol.advice.noDose", drug(), on);
    }

    static AdvisedAmount fixed(BigDecimal value, DoseUnit unit, BigDecimal weightKg) {
        return range(value, value, unit, weightKg);
    }

    static AdvisedAmount range(BigDecimal min, BigDecimal max, DoseUnit unit, BigDecimal weightKg) {
        if (!unit.perKg()) {
            return new AdvisedAmount(plain(min), plain(max), unit, Optional.empty(), Optional.empty());
        }
        DoseUnit absolute = unit == DoseUnit.UG_PER_KG ? DoseUnit.UG : DoseUnit.MG;
        return new AdvisedAmount(
                plain(min.multiply(weightKg, MathContext.DECIMAL64)),
                plain(max.multiply(weightKg, MathContext.DECIMAL64)),
                absolute,
                Optional.of(plain(min)),
                Optional.of(plain(max)));
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
