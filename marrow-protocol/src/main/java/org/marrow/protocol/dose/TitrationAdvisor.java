package org.marrow.protocol.dose;

import static org.marrow.protocol.dose.AdviceContext.fixed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.marrow.clinical.finding.Evidence;
import org.marrow.clinical.finding.Finding;
import org.marrow.clinical.finding.Outcome;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.message.Message;
import org.marrow.protocol.regimen.Dose;
import org.marrow.protocol.regimen.DoseBasis;
import org.marrow.study.DoseUnit;

/**
 * Trough-guided titration, document 004 ("Sirolimus 1-3 mg once daily orally, with a target trough
 * blood concentration of 4-12 ng/ml"; "Cyclosporine A 25-150 mg orally every 12 hours ... For
 * patients with normal renal function, the target trough concentration is approximately 150 ng/ml.
 * For patients with impaired renal function, the cyclosporine A dose is reduced to 25-50 mg every 12
 * hours"). When the rule has a renal adjustment its criterion (Cockcroft-Gault clearance or creatinine
 * against ULN) is judged first: UNKNOWN is MEASURE, MET reduces the range. No dose recorded: START at
 * the range's lowest dose. A current dose above the range (renal reduction) is DECREASED to its top.
 * The level must be at most {@code max_level_age_days} old and drawn after the current dose began (a
 * trough drawn on the day of a change reflects the old dose), else MEASURE. Level below the target:
 * INCREASE by {@code step} (at the top of the range: CONTINUE, for the investigator); above: DECREASE
 * by {@code step} (at the bottom: HOLD and re-measure); within, both ends included: CONTINUE.
 */
final class TitrationAdvisor implements RuleAdvisor {
    private final TroughTitration rule;

    TitrationAdvisor(TroughTitration rule) {
        this.rule = rule;
    }

    @Override
    public DoseAdvice advise(AdviceContext c) {
        Dose range = rule.dose();
        List<Evidence> evidence = new ArrayList<>();
        Message rangeWhy = Message.of("protocol.advice.doseRange", range.message());
        if (rule.renalImpairment().isPresent()) {
            Finding renal = c.evaluate(rule.renalImpairment().get().when());
            evidence.addAll(renal.evidence());
            if (renal.outcome() == Outcome.UNKNOWN) {
                return c.advice(
                        DoseAction.MEASURE,
                        Optional.empty(),
                        Message.of("protocol.advice.renalUnjudged", renal.rule()),
                        evidence,
                        renal.missing(),
                        Optional.empty());
            }
            if (renal.isMet()) {
                range = rule.renalImpairment().get().dose();
                rangeWhy = Message.of("protocol.advice.renalImpaired", renal.reason(), range.message());
            } else {
                rangeWhy = Message.of("protocol.advice.renalNormal", renal.reason(), range.message());
            }
        }
        DoseUnit unit = range.unit();
        BigDecimal perRecord = range.basis() == DoseBasis.DAY
                ? BigDecimal.valueOf(rule.frequency().perDay())
                : BigDecimal.ONE;
        DoseHistory history = c.history(unit);
        Dosing dosing = new Dosing(unit, range.basis(), rule.frequency().code());
        if (history.isEmpty()) {
            return c.advice(
                    DoseAction.START,
                    Optional.of(fixed(range.min(), unit, c.weight())),
                    Message.of(
                            "protocol.advice.startLowest",
                            c.noDoseYet(),
                            dosing.of(range.min().toPlainString()),
                            rangeWhy),
                    evidence,
                    List.of(),
                    Optional.of(c.on()));
        }
        DoseHistory.Given latest = history.latest().get();
        UnaryOperator<BigDecimal> asDose = amount -> amount.multiply(perRecord);
        BigDecimal current = asDose.apply(latest.amount());
        LocalDate since = history.levelStart(asDose);
        evidence.add(history.evidence(latest, Message.of("protocol.advice.currentSince", since)));
        Optional<LocalDate> next = Optional.of(
                AdviceContext.nextDose(latest.date(), rule.frequency().intervalDays(), c.on()));
        Message at = Message.of(
                "protocol.advice.onSince",
                dosing.of(current.stripTrailingZeros().toPlainString()),
                since);
        if (current.compareTo(range.max()) > 0) {
            return c.advice(
                    DoseAction.DECREASE,
                    Optional.of(fixed(range.max(), unit, c.weight())),
                    Message.of(
                            "protocol.advice.aboveRange",
                            at,
                            rangeWhy,
                            dosing.of(range.max().toPlainString())),
                    evidence,
                    List.of(),
                    next);
        }
        Optional<LabResult> level = c.records().labHistory().latest(rule.level(), c.on());
        if (level.isEmpty()
                || ChronoUnit.DAYS.between(level.get().date(), c.on()) > rule.maxLevelAgeDays()
                || !level.get().date().isAfter(since)) {
            Message found = level.map(l -> Message.of(
                            l.date().isAfter(since) ? "protocol.advice.levelTooOld" : "protocol.advice.levelPredates",
                            l.value(),
                            l.date()))
                    .orElse(Message.of("clinical.labs.none", rule.level().code(), c.on()));
            Message needed = Message.of(
                    "protocol.advice.levelNeeded", rule.level().code(), since, rule.maxLevelAgeDays(), c.on());
            return c.advice(
                    DoseAction.MEASURE,
                    Optional.empty(),
                    Message.of("protocol.advice.measureTrough", at, found),
                    evidence,
                    List.of(needed),
                    next);
        }
        BigDecimal value = level.get().value().inCanonicalUnit().amount();
        BigDecimal low = rule.targetLow().inCanonicalUnit().amount();
        BigDecimal high = rule.targetHigh().inCanonicalUnit().amount();
        Message target = Message.of(
                "protocol.advice.target",
                low,
                high,
                rule.level().canonicalUnit().symbol());
        evidence.add(new Evidence(
                Message.of("clinical.evidence.test", rule.level().code()),
                level.get().date(),
                value,
                rule.level().canonicalUnit().symbol(),
                Message.of("protocol.advice.targetCriterion", target)));
        Message trough = Message.of(
                "protocol.advice.trough",
                rule.level().code(),
                value,
                level.get().date());
        if (value.compareTo(low) < 0) {
            if (current.compareTo(range.max()) >= 0) {
                return c.advice(
                        DoseAction.CONTINUE,
                        Optional.of(fixed(current, unit, c.weight())),
                        Message.of("protocol.advice.belowAtTop", trough, target, rangeWhy),
                        evidence,
                        List.of(),
                        next);
            }
            BigDecimal raised = current.add(rule.step().value()).min(range.max());
            return c.advice(
                    DoseAction.INCREASE,
                    Optional.of(fixed(raised, unit, c.weight())),
                    Message.of(
                            "protocol.advice.belowTarget",
                            trough,
                            target,
                            rule.step(),
                            dosing.of(raised.toPlainString()),
                            rangeWhy),
                    evidence,
                    List.of(),
                    next);
        }
        if (value.compareTo(high) > 0) {
            if (current.compareTo(range.min()) <= 0) {
                return c.advice(
                        DoseAction.HOLD,
                        Optional.empty(),
                        Message.of("protocol.advice.aboveAtBottom", trough, target, rangeWhy),
                        evidence,
                        List.of(),
                        Optional.empty());
            }
            BigDecimal lowered = current.subtract(rule.step().value()).max(range.min());
            return c.advice(
                    DoseAction.DECREASE,
                    Optional.of(fixed(lowered, unit, c.weight())),
                    Message.of(
                            "protocol.advice.aboveTarget",
                            trough,
                            target,
                            rule.step(),
                            dosing.of(lowered.toPlainString()),
                            rangeWhy),
                    evidence,
                    List.of(),
                    next);
        }
        return c.advice(
                DoseAction.CONTINUE,
                Optional.of(fixed(current, unit, c.weight())),
                Message.of("protocol.advice.withinTarget", trough, target, at, rangeWhy),
                evidence,
                List.of(),
                next);
    }

    /** An amount as dosed: per day ("2 mg/day") or per administration with the frequency ("100 mg q12h"). */
    private record Dosing(DoseUnit unit, DoseBasis basis, String frequency) {
        Message of(String amount) {
            return basis == DoseBasis.DAY
                    ? Message.of("protocol.advice.perDay", amount, unit.symbol())
                    : Message.of("protocol.advice.perAdministration", amount, unit.symbol(), frequency);
        }
    }
}
