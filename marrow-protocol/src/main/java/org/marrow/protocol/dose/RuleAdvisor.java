package org.marrow.protocol.dose;

/**
 * Applies one kind of dose rule to a subject's data on a date: each {@link DoseRuleKind} gives its
 * own ({@link DoseRuleKind#advisor()}), so that {@link DoseAdvisor} never asks which kind a rule is.
 */
public interface RuleAdvisor {

    /**
     * The rule's advice.
     *
     * @param context the rule, the subject's records, the date with its study day, and the regimen
     * @return the advice, never a guess: MEASURE with what is needed when data are missing or stale
     */
    DoseAdvice advise(AdviceContext context);
}
