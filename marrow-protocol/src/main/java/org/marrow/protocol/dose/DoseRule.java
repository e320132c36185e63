package org.marrow.protocol.dose;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marrow.protocol.model.DayRange;
import org.marrow.study.Drug;

/**
 * A typed rule that sets or changes one drug's dose from the subject's data: escalation, trough
 * titration, a supportive-care trigger, or taper and re-start. Two rules for the same drug must not
 * apply to the same arm on the same study day (docs/protocol-format.md, "Dose rules").
 *
 * @param id the rule's id, unique in the protocol
 * @param drug the drug it doses
 * @param arms the arms it applies to (never empty)
 * @param days the study days it applies on; empty means the whole study
 * @param text the protocol's own words
 * @param kind what the rule does
 */
public record DoseRule(
        String id, Drug drug, List<String> arms, Optional<DayRange> days, String text, DoseRuleKind kind) {

    /**
     * Checks and copies the rule.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code arms} is empty
     */
    public DoseRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(drug, "drug");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        arms = List.copyOf(arms);
        if (arms.isEmpty()) {
            throw new IllegalArgumentException("Dose rule " + id + " must name at least one arm");
        }
    }

    /**
     * Whether this rule and another could both decide a dose of the same drug for the same subject
     * on the same day.
     *
     * @param other another rule
     * @return true if they share the drug, an arm and a study day
     */
    public boolean overlaps(DoseRule other) {
        if (drug != other.drug || arms.stream().noneMatch(other.arms::contains)) {
            return false;
        }
        return days.isEmpty() || other.days.isEmpty() || days.get().overlaps(other.days.get());
    }
}
