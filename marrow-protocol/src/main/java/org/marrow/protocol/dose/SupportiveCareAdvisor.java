package org.marrow.protocol.dose;

import static org.marrow.protocol.dose.AdviceContext.fixed;
import static org.marrow.protocol.dose.AdviceContext.range;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marrow.clinical.finding.Evidence;
import org.marrow.clinical.finding.Finding;
import org.marrow.clinical.message.Message;
import org.marrow.protocol.regimen.Dose;
import org.marrow.study.DoseUnit;

/**
 * A supportive-care trigger, document 000 ("for patients with an absolute neutrophil count (ANC)
 * &lt;0.5x10^9/L, administer granulocyte colony-stimulating factor (G-CSF) at 2-5 ug/kg daily until
 * ANC recovers to &gt;5x10^9/L, and initiate posaconazole"). Being given: the stop criterion decides
 * (MET STOP, NOT_MET CONTINUE at the latest recorded dose, UNKNOWN MEASURE; no stop criterion:
 * CONTINUE, the investigator decides). Not being given: the start criterion decides (MET START with
 * the protocol dose, NOT_MET HOLD as not indicated, UNKNOWN MEASURE). Each criterion uses its own
 * result age limit (3 days for ANC in the bundled protocol).
 */
final class SupportiveCareAdvisor implements RuleAdvisor {
    private final SupportiveCare rule;

    SupportiveCareAdvisor(SupportiveCare rule) {
        this.rule = rule;
    }

    @Override
    public DoseAdvice advise(AdviceContext c) {
        int interval = rule.frequency().intervalDays();
        DoseUnit unit = rule.dose().map(Dose::unit).orElse(DoseUnit.MG);
        DoseHistory history = c.history(unit);
        List<Evidence> evidence = new ArrayList<>();
        if (history.current(c.on(), interval)) {
            DoseHistory.Given latest = history.latest().get();
            evidence.add(history.evidence(latest, Message.of("protocol.advice.beingGiven")));
            Optional<LocalDate> next = Optional.of(AdviceContext.nextDose(latest.date(), interval, c.on()));
            Optional<AdvisedAmount> same = Optional.of(fixed(latest.amount(), unit, c.weight()));
            if (rule.stopWhen().isEmpty()) {
                return c.advice(
                        DoseAction.CONTINUE,
                        same,
                        Message.of("protocol.advice.noStopRule", c.drug()),
                        evidence,
                        List.of(),
                        next);
            }
            Finding stop = c.evaluate(rule.stopWhen().get());
            evidence.addAll(stop.evidence());
            return switch (stop.outcome()) {
                case MET ->
                    c.advice(
                            DoseAction.STOP,
                            Optional.empty(),
                            Message.of("protocol.advice.stopWhen", stop.rule(), stop.reason()),
                            evidence,
                            List.of(),
                            Optional.empty());
                case NOT_MET ->
                    c.advice(
                            DoseAction.CONTINUE,
                            same,
                            Message.of("protocol.advice.continueUntil", stop.rule(), stop.reason()),
                            evidence,
                            List.of(),
                            next);
                case UNKNOWN ->
                    c.advice(
                            DoseAction.MEASURE,
                            Optional.empty(),
                            Message.of("protocol.advice.stopUnjudged", c.drug(), stop.rule()),
                            evidence,
                            stop.missing(),
                            Optional.empty());
            };
        }
        history.latest().ifPresent(g -> evidence.add(history.evidence(g, Message.of("protocol.advice.notBeingGiven"))));
        Finding start = c.evaluate(rule.startWhen());
        evidence.addAll(start.evidence());
        return switch (start.outcome()) {
            case MET -> {
                if (rule.dose().map(d -> d.unit().perKg()).orElse(false)) {
                    evidence.add(c.weightEvidence());
                }
                yield c.advice(
                        DoseAction.START,
                        rule.dose().map(d -> range(d.min(), d.max(), d.unit(), c.weight())),
                        rule.dose()
                                .map(d -> Message.of(
                                        "protocol.advice.startWhenDose", start.rule(), start.reason(), d.message()))
                                .orElse(Message.of("protocol.advice.startWhenNoDose", start.rule(), start.reason())),
                        evidence,
                        List.of(),
                        Optional.of(c.on()));
            }
            case NOT_MET ->
                c.advice(
                        DoseAction.HOLD,
                        Optional.empty(),
                        Message.of("protocol.advice.notIndicated", start.reason()),
                        evidence,
                        List.of(),
                        Optional.empty());
            case UNKNOWN ->
                c.advice(
                        DoseAction.MEASURE,
                        Optional.empty(),
                        Message.of("protocol.advice.startUnjudged", start.rule()),
                        evidence,
                        start.missing(),
                        Optional.empty());
        };
    }
}
