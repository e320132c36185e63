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
import org.marrow.clinical.finding.Outcome;
import org.marrow.clinical.message.Message;
import org.marrow.protocol.regimen.Amount;
import org.marrow.study.DoseUnit;

/**
 * Taper and re-start, document 001 ("HPAG was tapered in five patients and maintained at a dose of 15
 * mg in eight patients. Platelet counts decreased to &lt; 100 x 10^9/L in two patients with CR who
 * tapered HPAG to discontinuation. Nonetheless, they re-achieved CR after re-initiating treatment at a
 * dose of 7.5 mg"). Being given: the taper criterion decides (UNKNOWN MEASURE, NOT_MET CONTINUE); when
 * met and the current dose has been given for at least {@code step_every}, DECREASE to the next lower
 * step, or STOP when that step is 0; sooner, CONTINUE. Not being given after a taper (the last
 * recorded dose below the full dose): the re-start criterion decides (MET START at the re-start dose,
 * NOT_MET HOLD, UNKNOWN MEASURE). Stopped at the full dose: HOLD (the re-start rule follows a taper).
 * Never given: START at the full dose.
 */
final class TaperAdvisor implements RuleAdvisor {
    private final TaperRestart rule;

    TaperAdvisor(TaperRestart rule) {
        this.rule = rule;
    }

    @Override
    public DoseAdvice advise(AdviceContext c) {
        DoseUnit unit = rule.full().unit();
        int interval = c.intervalDays();
        DoseHistory history = c.history(unit);
        List<Evidence> evidence = new ArrayList<>();
        if (history.isEmpty()) {
            return c.advice(
                    DoseAction.START,
                    Optional.of(fixed(rule.full().value(), unit, c.weight())),
                    Message.of("protocol.advice.startFull", c.noDoseYet(), rule.full()),
                    evidence,
                    List.of(),
                    Optional.of(c.on()));
        }
        DoseHistory.Given latest = history.latest().get();
        BigDecimal current = latest.amount();
        if (history.current(c.on(), interval)) {
            return beingGiven(c, history, latest, evidence);
        }
        evidence.add(history.evidence(latest, Message.of("protocol.advice.notBeingGiven")));
        if (current.compareTo(rule.full().value()) >= 0) {
            return c.advice(
                    DoseAction.HOLD,
                    Optional.empty(),
                    Message.of("protocol.advice.stoppedAtFull", c.drug(), amount(current, unit), latest.date()),
                    evidence,
                    List.of(),
                    Optional.empty());
        }
        Finding restart = c.evaluate(rule.restartWhen());
        evidence.addAll(restart.evidence());
        Message off = Message.of("protocol.advice.offAfterTaper", c.drug(), amount(current, unit), latest.date());
        return switch (restart.outcome()) {
            case MET ->
                c.advice(
                        DoseAction.START,
                        Optional.of(fixed(rule.restart().value(), unit, c.weight())),
                        Message.of("protocol.advice.restart", off, restart.reason(), rule.restart()),
                        evidence,
                        List.of(),
                        Optional.of(c.on()));
            case NOT_MET ->
                c.advice(
                        DoseAction.HOLD,
                        Optional.empty(),
                        Message.of("protocol.advice.noRestart", off, restart.reason()),
                        evidence,
                        List.of(),
                        Optional.empty());
            case UNKNOWN ->
                c.advice(
                        DoseAction.MEASURE,
                        Optional.empty(),
                        Message.of("protocol.advice.restartUnjudged", off, restart.rule()),
                        evidence,
                        restart.missing(),
                        Optional.empty());
        };
    }

    private DoseAdvice beingGiven(
            AdviceContext c, DoseHistory history, DoseHistory.Given latest, List<Evidence> evidence) {
        DoseUnit unit = rule.full().unit();
        BigDecimal current = latest.amount();
        LocalDate since = history.levelStart(UnaryOperator.identity());
        evidence.add(history.evidence(latest, Message.of("protocol.advice.currentSince", since)));
        Optional<LocalDate> next = Optional.of(AdviceContext.nextDose(latest.date(), c.intervalDays(), c.on()));
        Message at = Message.of("protocol.advice.onSince", amount(current, unit), since);
        Finding taper = c.evaluate(rule.taperWhen());
        evidence.addAll(taper.evidence());
        if (taper.outcome() == Outcome.UNKNOWN) {
            return c.advice(
                    DoseAction.MEASURE,
                    Optional.empty(),
                    Message.of("protocol.advice.taperUnjudged", at, taper.rule()),
                    evidence,
                    taper.missing(),
                    next);
        }
        if (taper.outcome() == Outcome.NOT_MET) {
            return c.advice(
                    DoseAction.CONTINUE,
                    Optional.of(fixed(current, unit, c.weight())),
                    Message.of("protocol.advice.noTaper", at, taper.rule(), taper.reason()),
                    evidence,
                    List.of(),
                    next);
        }
        LocalDate stepDue = rule.stepEvery().after(since);
        if (c.on().isBefore(stepDue)) {
            return c.advice(
                    DoseAction.CONTINUE,
                    Optional.of(fixed(current, unit, c.weight())),
                    Message.of(
                            "protocol.advice.taperStepNotDue",
                            at,
                            taper.rule(),
                            rule.stepEvery().message(),
                            stepDue),
                    evidence,
                    List.of(),
                    next);
        }
        Optional<Amount> lower = rule.steps().stream()
                .filter(s -> s.value().compareTo(current) < 0)
                .findFirst();
        if (lower.isEmpty() || lower.get().value().signum() == 0) {
            return c.advice(
                    DoseAction.STOP,
                    Optional.empty(),
                    Message.of("protocol.advice.taperEnds", at, taper.rule(), taper.reason()),
                    evidence,
                    List.of(),
                    Optional.empty());
        }
        return c.advice(
                DoseAction.DECREASE,
                Optional.of(fixed(lower.get().value(), unit, c.weight())),
                Message.of("protocol.advice.taperTo", at, taper.rule(), taper.reason(), lower.get()),
                evidence,
                List.of(),
                next);
    }
}
