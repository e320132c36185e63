package org.marrow.protocol.dose;

import java.util.Optional;
import org.marrow.protocol.regimen.Dose;

/**
 * What a dose rule does; one record per rule type of the reference documents, each carrying its
 * advisor.
 */
public sealed interface DoseRuleKind permits Escalation, TroughTitration, SupportiveCare, TaperRestart {

    /**
     * The key used for this kind in protocol files.
     *
     * @return e.g. {@code "escalation"}
     */
    String key();

    /**
     * The advisor that applies this kind of rule to a subject's data.
     *
     * @return the advisor
     */
    RuleAdvisor advisor();

    /**
     * The amounts this rule may set for one administration of its drug, for the treatment calendar:
     * escalation from its start to its maximum dose, trough titration over its dose range (a daily
     * range split over the day's administrations); empty for a rule that starts, stops or tapers a
     * drug at fixed steps.
     *
     * @return the range per administration, or empty
     */
    default Optional<Dose> administrationRange() {
        return Optional.empty();
    }
}
