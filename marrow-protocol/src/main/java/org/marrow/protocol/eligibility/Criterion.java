package org.marrow.protocol.eligibility;

import org.marrow.clinical.message.Message;

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
                ClonalKaryotypeCriterion,
                AllOf,
                AnyOf,
                Not {

    /**
     * The criterion in words, in canonical units, e.g. "PLAT &lt; 50 10^9/L": the rule's name in its
     * findings.
     *
     * @return the description
     */
    Message describe();

    /**
     * Calls the visitor's method for this kind of criterion.
     *
     * @param <T> what the visitor returns
     * @param visitor the visitor
     * @return what the visitor returned
     */
    <T> T accept(Visitor<T> visitor);

    /**
     * Something done with each kind of criterion, e.g. its evaluation on a subject's data: one method
     * per kind, so that adding a kind fails to compile until every visitor handles it.
     *
     * @param <T> the result
     */
    interface Visitor<T> {
        /**
         * A lab threshold.
         *
         * @param criterion the criterion
         * @return the result
         */
        T lab(LabCriterion criterion);

        /**
         * A repeated lab threshold.
         *
         * @param criterion the criterion
         * @return the result
         */
        T repeated(RepeatedLabCriterion criterion);

        /**
         * An age limit.
         *
         * @param criterion the criterion
         * @return the result
         */
        T age(AgeCriterion criterion);

        /**
         * A severity.
         *
         * @param criterion the criterion
         * @return the result
         */
        T severity(SeverityCriterion criterion);

        /**
         * A screening history item.
         *
         * @param criterion the criterion
         * @return the result
         */
        T history(HistoryCriterion criterion);

        /**
         * A creatinine clearance limit.
         *
         * @param criterion the criterion
         * @return the result
         */
        T clearance(CreatinineClearanceCriterion criterion);

        /**
         * A response category.
         *
         * @param criterion the criterion
         * @return the result
         */
        T response(ResponseCriterion criterion);

        /**
         * A clonal karyotypic abnormality.
         *
         * @param criterion the criterion
         * @return the result
         */
        T clonalKaryotype(ClonalKaryotypeCriterion criterion);

        /**
         * All of several criteria.
         *
         * @param criterion the criterion
         * @return the result
         */
        T allOf(AllOf criterion);

        /**
         * Any of several criteria.
         *
         * @param criterion the criterion
         * @return the result
         */
        T anyOf(AnyOf criterion);

        /**
         * A negated criterion.
         *
         * @param criterion the criterion
         * @return the result
         */
        T not(Not criterion);
    }
}
