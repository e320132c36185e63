package org.marrow.protocol.dose;

import java.util.List;
import java.util.Objects;
import org.marrow.protocol.eligibility.Criterion;
import org.marrow.protocol.model.Period;
import org.marrow.protocol.regimen.Amount;

/**
 * Taper and re-start (document 001): from the full dose, step down through {@code steps} every
 * {@code stepEvery} once {@code taperWhen} is met; after tapering, re-start at {@code restart} when
 * {@code restartWhen} is met ("re-achieved CR after re-initiating treatment at a dose of 7.5 mg").
 *
 * @param full the full dose
 * @param taperWhen when tapering may begin
 * @param steps the successive lower doses, ending at 0 to discontinue; each lower than the one before
 * @param stepEvery the least time on each step
 * @param restartWhen when to re-start after tapering
 * @param restart the re-start dose
 */
public record TaperRestart(
        Amount full, Criterion taperWhen, List<Amount> steps, Period stepEvery, Criterion restartWhen, Amount restart)
        implements DoseRuleKind {

    /**
     * Checks and copies the rule.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code steps} is empty, a step does not decrease, or the
     *     units differ
     */
    public TaperRestart {
        Objects.requireNonNull(full, "full");
        Objects.requireNonNull(taperWhen, "taperWhen");
        Objects.requireNonNull(stepEvery, "stepEvery");
        Objects.requireNonNull(restartWhen, "restartWhen");
        Objects.requireNonNull(restart, "restart");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A taper needs at least one step");
        }
        Amount previous = full;
        for (Amount step : steps) {
            if (step.unit() != full.unit()) {
                throw new IllegalArgumentException(
                        "Taper step (" + step + ") must use the full dose's unit (" + full.unit() + ")");
            }
            if (step.value().compareTo(previous.value()) >= 0) {
                throw new IllegalArgumentException(
                        "Taper step (" + step + ") must be lower than the dose before it (" + previous + ")");
            }
            previous = step;
        }
        if (restart.unit() != full.unit()) {
            throw new IllegalArgumentException(
                    "Re-start dose (" + restart + ") must use the full dose's unit (" + full.unit() + ")");
        }
    }

    @Override
    public RuleAdvisor advisor() {
        return new TaperAdvisor(this);
    }

    @Override
    public String key() {
        return "taper";
    }
}
