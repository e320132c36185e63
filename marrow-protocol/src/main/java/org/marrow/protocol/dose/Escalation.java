package org.marrow.protocol.dose;

import java.util.Objects;
import java.util.Optional;
import org.marrow.protocol.eligibility.Criterion;
import org.marrow.protocol.model.Period;
import org.marrow.protocol.regimen.Amount;
import org.marrow.protocol.regimen.Dose;
import org.marrow.protocol.regimen.DoseBasis;

/**
 * Response-driven dose escalation (document 003): start at {@code start}, add {@code step} every
 * {@code every} while {@code unless} is not met, never above {@code max} ("initiated at 10 ug/kg
 * weekly, with dose escalation by 5 ug/kg every 2 weeks in patients without at least a single-line
 * hematologic response, up to a maximum of 20 ug/kg").
 *
 * @param start the starting dose
 * @param step the increment
 * @param every how often the dose may be raised
 * @param max the highest dose
 * @param unless the criterion that stops escalation (the response)
 */
public record Escalation(Amount start, Amount step, Period every, Amount max, Criterion unless)
        implements DoseRuleKind {

    /**
     * Checks the rule.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the amounts use different units, the step is not positive,
     *     the interval is zero, or {@code max < start}
     */
    public Escalation {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(unless, "unless");
        if (step.unit() != start.unit() || max.unit() != start.unit()) {
            throw new IllegalArgumentException("Escalation start (" + start + "), step (" + step + ") and max (" + max
                    + ") must use the same unit");
        }
        if (step.value().signum() <= 0) {
            throw new IllegalArgumentException("Escalation step (" + step + ") must be > 0");
        }
        if (every.amount() < 1) {
            throw new IllegalArgumentException("Escalation interval (" + every + ") must be at least 1");
        }
        if (max.value().compareTo(start.value()) < 0) {
            throw new IllegalArgumentException("Escalation max (" + max + ") must be >= start (" + start + ")");
        }
    }

    @Override
    public Optional<Dose> administrationRange() {
        return Optional.of(new Dose(start.value(), max.value(), start.unit(), DoseBasis.ADMINISTRATION));
    }

    @Override
    public RuleAdvisor advisor() {
        return new EscalationAdvisor(this);
    }

    @Override
    public String key() {
        return "escalation";
    }
}
