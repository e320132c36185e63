package org.marrow.protocol.dose;

import static org.marrow.protocol.dose.AdviceContext.amount;
import static org.marrow.protocol.dose.AdviceContext.fixed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.marrow.clinical.finding.Evidence;
import org.marrow.clinical.finding.Finding;
import org.marrow.clinical.message.Message;
import org.marrow.study.DoseUnit;

/**
 * Response-driven escalation, document 003 ("Romiplostim N01 was initiated at 10 ug/kg weekly, with
 * dose escalation by 5 ug/kg every 2 weeks in patients without at least a single-line hematologic
 * response, up to a maximum of 20 ug/kg"). No dose recorded: START at the start dose. Otherwise the
 * current level is the latest recorded dose per kg (within 10% of a protocol level counts as that
 * level); the level began with the first of the latest run of doses at it. Before {@code every} (2
 * weeks) has passed since then: CONTINUE. At or after it: at the maximum, CONTINUE; else the {@code
 * unless} criterion (lineage response at least PR against the baseline on the first dose date,
 * marrow-clinical {@code LineageThresholds}) decides: MET CONTINUE, NOT_MET INCREASE by {@code step}
 * up to {@code max}, UNKNOWN MEASURE the counts it names.
 */
final class EscalationAdvisor implements RuleAdvisor {
    /** Recorded per-kg doses within this fraction of a protocol level count as that level (vial rounding). */
    static final BigDecimal LEVEL_TOLERANCE = new BigDecimal("0.10");

    private final Escalation rule;

    EscalationAdvisor(Escalation rule) {
        this.rule = rule;
    }

    @Override
    public DoseAdvice advise(AdviceContext c) {
        DoseUnit unit = rule.start().unit();
        DoseHistory history = c.history(unit);
        List<Evidence> evidence = new ArrayList<>();
        if (unit.perKg()) {
            evidence.add(c.weightEvidence());
        }
        if (history.isEmpty()) {
            return c.advice(
                    DoseAction.START,
                    Optional.of(fixed(rule.start().value(), unit, c.weight())),
                    Message.of("protocol.advice.startAt", c.noDoseYet(), rule.start()),
                    evidence,
                    List.of(),
                    Optional.of(c.on()));
        }
        DoseHistory.Given latest = history.latest().get();
        UnaryOperator<BigDecimal> level = this::snap;
        BigDecimal current = level.apply(latest.amount());
        LocalDate since = history.levelStart(level);
        LocalDate review = rule.every().after(since);
        LocalDate next = AdviceContext.nextDose(latest.date(), c.intervalDays(), c.on());
        evidence.add(
                history.evidence(latest, Message.of("protocol.advice.currentDoseSince", amount(current, unit), since)));
        Message at = Message.of("protocol.advice.onSince", amount(current, unit), since);
        if (c.on().isBefore(review)) {
            return c.advice(
                    DoseAction.CONTINUE,
                    Optional.of(fixed(current, unit, c.weight())),
                    Message.of(
                            "protocol.advice.escalationReviewed",
                            at,
                            rule.every().message(),
                            review),
                    evidence,
                    List.of(),
                    Optional.of(next));
        }
        if (current.compareTo(rule.max().value()) >= 0) {
            return c.advice(
                    DoseAction.CONTINUE,
                    Optional.of(fixed(rule.max().value(), unit, c.weight())),
                    Message.of("protocol.advice.maximumReached", at, rule.max()),
                    evidence,
                    List.of(),
                    Optional.of(next));
        }
        Finding response = c.evaluate(rule.unless());
        evidence.addAll(response.evidence());
        return switch (response.outcome()) {
            case MET ->
                c.advice(
                        DoseAction.CONTINUE,
                        Optional.of(fixed(current, unit, c.weight())),
                        Message.of("protocol.advice.noEscalation", at, response.rule(), response.reason()),
                        evidence,
                        List.of(),
                        Optional.of(next));
            case UNKNOWN ->
                c.advice(
                        DoseAction.MEASURE,
                        Optional.empty(),
                        Message.of("protocol.advice.escalationUnjudged", at, review, response.rule()),
                        evidence,
                        response.missing(),
                        Optional.of(next));
            case NOT_MET -> {
                BigDecimal raised =
                        current.add(rule.step().value()).min(rule.max().value());
                yield c.advice(
                        DoseAction.INCREASE,
                        Optional.of(fixed(raised, unit, c.weight())),
                        Message.of(
                                "protocol.advice.escalate",
                                at,
                                rule.every().message(),
                                response.rule(),
                                response.reason(),
                                rule.step(),
                                amount(raised, unit),
                                rule.max()),
                        evidence,
                        List.of(),
                        Optional.of(next));
            }
        };
    }

    /** The protocol escalation level within 10% of a per-kg amount, or the amount itself. */
    BigDecimal snap(BigDecimal amount) {
        for (BigDecimal level = rule.start().value();
                level.compareTo(rule.max().value()) <= 0;
                level = level.add(rule.step().value())) {
            BigDecimal tolerance = level.multiply(LEVEL_TOLERANCE);
            if (amount.subtract(level).abs().compareTo(tolerance) <= 0) {
                return level;
            }
        }
        return amount;
    }
}
