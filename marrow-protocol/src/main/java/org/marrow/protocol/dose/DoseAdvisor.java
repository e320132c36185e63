package org.marrow.protocol.dose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marrow.clinical.message.Message;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.evaluation.CriterionEvaluator;
import org.marrow.protocol.model.Arm;
import org.marrow.protocol.regimen.Regimen;
import org.marrow.protocol.schedule.SubjectSchedule;
import org.marrow.study.Drug;
import org.marrow.study.SubjectRecords;

/**
 * Advises the next dose of every drug a protocol's dose rules govern for a subject on a date, from
 * the subject's recorded doses ({@code doses.csv}, one row per administration), labs and
 * transfusions. Each advice names its rule and gives the evidence; missing or stale data give {@link
 * DoseAction#MEASURE} with what is needed, never a guess.
 *
 * <p>Common rules: the subject follows {@link Protocol#treatmentArm}; study day 1 is {@code
 * first_dose_on}; a rule applies on its study days (all days if it has none); after the last day of a
 * drug's closed regimen the advice is STOP. Weight-based amounts use the baseline {@code weight_kg}.
 * A drug is "being given" when its latest administration is at most two dosing intervals old (daily:
 * 2 days; weekly: 14 days). Each kind of rule has its advisor ({@link DoseRuleKind#advisor()}), with
 * its source: escalation (document 003), trough titration (document 004), supportive care (document
 * 000), taper and re-start (document 001).
 */
public final class DoseAdvisor {
    private final Protocol protocol;
    private final CriterionEvaluator evaluator;

    private DoseAdvisor(Protocol protocol) {
        this.protocol = protocol;
        this.evaluator = CriterionEvaluator.of(protocol);
    }

    /**
     * The advisor of a protocol's dose rules.
     *
     * @param protocol the protocol
     * @return the advisor
     * @throws NullPointerException if {@code protocol} is null
     */
    public static DoseAdvisor of(Protocol protocol) {
        return new DoseAdvisor(Objects.requireNonNull(protocol, "protocol"));
    }

    /**
     * The advice of every dose rule of the subject's arm that applies on the date, in protocol order.
     *
     * @param records the subject's records
     * @param on the date the next dose is decided (labs and doses after it are ignored)
     * @return one advice per applicable rule (empty if the arm has no dose rules on that day)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the subject has no arm of the protocol, no {@code
     *     first_dose_on}, or {@code on} is before the first dose
     */
    public List<DoseAdvice> advise(SubjectRecords records, LocalDate on) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(on, "on");
        Arm arm = protocol.treatmentArm(records.subject());
        String subjectId = records.subject().subjectId();
        LocalDate firstDose = records.subject()
                .firstDoseOn()
                .orElseThrow(() -> new IllegalArgumentException("Subject " + subjectId
                        + " has no first_dose_on in subjects.csv; expected the date of study day 1 to advise doses"));
        if (on.isBefore(firstDose)) {
            throw new IllegalArgumentException("Date (" + on + ") is before the first dose (" + firstDose + ") of "
                    + subjectId + "; expected a date on or after it");
        }
        int day = Math.toIntExact(SubjectSchedule.studyDay(firstDose, on));
        List<DoseAdvice> advice = new ArrayList<>();
        for (DoseRule rule : protocol.doseRules()) {
            if (!rule.arms().contains(arm.id())
                    || !rule.days().map(d -> d.contains(day)).orElse(true)) {
                continue;
            }
            AdviceContext context = new AdviceContext(rule, records, on, day, regimen(rule.drug(), arm), evaluator);
            Optional<DoseAdvice> ended = regimenEnded(context);
            advice.add(ended.orElseGet(() -> rule.kind().advisor().advise(context)));
        }
        return advice;
    }

    private Optional<Regimen> regimen(Drug drug, Arm arm) {
        return protocol.regimensFor(arm.id()).stream()
                .filter(r -> r.drug() == drug)
                .findFirst();
    }

    private static Optional<DoseAdvice> regimenEnded(AdviceContext c) {
        if (c.regimen().isEmpty() || c.regimen().get().days().stream().anyMatch(r -> r.to().isEmpty())) {
            return Optional.empty();
        }
        int last = c.regimen().get().days().stream()
                .mapToInt(r -> r.to().getAsInt())
                .max()
                .orElseThrow();
        if (c.day() <= last) {
            return Optional.empty();
        }
        return Optional.of(new DoseAdvice(
                c.rule().drug(),
                DoseAction.STOP,
                Optional.empty(),
                c.regimen().get().id(),
                Message.of("protocol.advice.regimenEnded", c.regimen().get().id(), last, c.on(), c.day()),
                List.of(),
                List.of(),
                Optional.empty()));
    }
}
