package org.marrow.protocol.eligibility;

/**
 * A typed eligibility (or dose-rule) criterion: a specification a candidate's source data meets,
 * fails, or cannot be judged on (MET / NOT_MET / UNKNOWN). Criteria combine with {@link AllOf},
 * {@link AnyOf} and {@link Not}.
 */
public sealed interface Criterion
        permits LabCriterion,
                RepeatedLabCriterion,
                AgeCriterion,
                SeverityCriterion,
                HistoryCriterion,
                CreatinineClearanceCriterion,
                ResponseCriterion,
                AllOf,
                AnyOf,
                Not {

    /**
     * The criterion in words, in canonical units, e.g. {@code "PLAT < 50 10^9/L"}.
     *
     * @return the description
     */
    String describe();
}
