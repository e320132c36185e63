package org.marrow.protocol.dose;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.protocol.eligibility.Criterion;
import org.marrow.protocol.regimen.Amount;
import org.marrow.protocol.regimen.Dose;
import org.marrow.protocol.regimen.DoseBasis;
import org.marrow.protocol.regimen.Frequency;

/**
 * Trough-guided titration (document 004): keep the drug's trough level within the target by
 * changing the dose by {@code step} within {@code dose}; when {@code renalImpairment} is met the
 * dose range is reduced ("For patients with impaired renal function, the cyclosporine A dose is
 * reduced to 25-50 mg every 12 hours"). A level older than {@code maxLevelAgeDays} is stale.
 *
 * @param level the trough test (CSA_TROUGH or SRL_TROUGH)
 * @param targetLow the lower end of the target range
 * @param targetHigh the upper end of the target range
 * @param dose the dose range
 * @param frequency how often the dose is given
 * @param step the dose change per adjustment
 * @param maxLevelAgeDays the largest accepted age of the level, in days
 * @param renalImpairment the reduced dose range and when it applies, if any
 */
public record TroughTitration(
        LabTest level,
        LabValue targetLow,
        LabValue targetHigh,
        Dose dose,
        Frequency frequency,
        Amount step,
        int maxLevelAgeDays,
        Optional<RenalAdjustment> renalImpairment)
        implements DoseRuleKind {

    /**
     * The reduced dose range for impaired renal function.
     *
     * @param when the criterion defining impaired renal function
     * @param dose the reduced dose range
     */
    public record RenalAdjustment(Criterion when, Dose dose) {
        /**
         * Checks the adjustment.
         *
         * @throws NullPointerException if a component is null
         */
        public RenalAdjustment {
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(dose, "dose");
        }
    }

    /**
     * Checks the rule.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the targets are not of {@code level}, the target range is
     *     empty, the step unit differs from the dose unit, the step is not positive or the age is
     *     negative
     */
    public TroughTitration {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(targetLow, "targetLow");
        Objects.requireNonNull(targetHigh, "targetHigh");
        Objects.requireNonNull(dose, "dose");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(renalImpairment, "renalImpairment");
        if (targetLow.test() != level || targetHigh.test() != level) {
            throw new IllegalArgumentException("Target range must be " + level.code() + " values");
        }
        if (targetLow.compareTo(targetHigh) > 0) {
            throw new IllegalArgumentException(
                    "Target low (" + targetLow + ") must be <= target high (" + targetHigh + ")");
        }
        if (step.unit() != dose.unit()) {
            throw new IllegalArgumentException(
                    "Titration step (" + step + ") must use the dose unit (" + dose.unit() + ")");
        }
        if (step.value().signum() <= 0) {
            throw new IllegalArgumentException("Titration step (" + step + ") must be > 0");
        }
        if (maxLevelAgeDays < 0) {
            throw new IllegalArgumentException("Level age (" + maxLevelAgeDays + " days) must be >= 0");
        }
    }

    @Override
    public Optional<Dose> administrationRange() {
        if (dose.basis() != DoseBasis.DAY) {
            return Optional.of(dose);
        }
        BigDecimal perDay = BigDecimal.valueOf(frequency.perDay());
        return Optional.of(new Dose(
                dose.min().divide(perDay, MathContext.DECIMAL64),
                dose.max().divide(perDay, MathContext.DECIMAL64),
                dose.unit(),
                DoseBasis.ADMINISTRATION));
    }

    @Override
    public RuleAdvisor advisor() {
        return new TitrationAdvisor(this);
    }

    @Override
    public String key() {
        return "trough_titration";
    }
}
