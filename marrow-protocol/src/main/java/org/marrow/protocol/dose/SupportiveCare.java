package org.marrow.protocol.dose;

import java.util.Objects;
import java.util.Optional;
import org.marrow.protocol.eligibility.Criterion;
import org.marrow.protocol.regimen.Dose;
import org.marrow.protocol.regimen.Frequency;

/**
 * A supportive-care trigger (document 000): start the drug when {@code startWhen} is met and give it
 * until {@code stopWhen} is met ("for patients with an absolute neutrophil count (ANC) &lt;0.5x10^9/L,
 * administer G-CSF at 2-5 ug/kg daily until ANC recovers to &gt;5x10^9/L").
 *
 * @param startWhen when to start
 * @param stopWhen when to stop; empty when the document gives no stop rule (the investigator decides)
 * @param dose the dose, if the protocol states one
 * @param frequency how often it is given
 */
public record SupportiveCare(
        Criterion startWhen, Optional<Criterion> stopWhen, Optional<Dose> dose, Frequency frequency)
        implements DoseRuleKind {

    /**
     * Checks the rule.
     *
     * @throws NullPointerException if a component is null
     */
    public SupportiveCare {
        Objects.requireNonNull(startWhen, "startWhen");
        Objects.requireNonNull(stopWhen, "stopWhen");
        Objects.requireNonNull(dose, "dose");
        Objects.requireNonNull(frequency, "frequency");
    }

    @Override
    public RuleAdvisor advisor() {
        return new SupportiveCareAdvisor(this);
    }

    @Override
    public String key() {
        return "supportive_care";
    }
}
