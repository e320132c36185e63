package org.marrow.protocol.dose;

/** What a dose rule does; one record per rule type of the reference documents. */
public sealed interface DoseRuleKind permits Escalation, TroughTitration, SupportiveCare, TaperRestart {

    /**
     * The key used for this kind in protocol files.
     *
     * @return e.g. {@code "escalation"}
     */
    String key();
}
