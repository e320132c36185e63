package org.marrow.protocol.eligibility;

import java.util.List;
import org.marrow.clinical.karyotype.ClonalAbnormalityRule;
import org.marrow.clinical.message.Message;

/**
 * The candidate's karyotype (screening history item {@code karyotype}, ISCN) shows a clonal acquired
 * abnormality other than the listed ones: document 002's exclusion "clonal karyotypic abnormalities
 * (del(20q), +8 and -Y are not included in this category)" (l.133), decided by marrow-clinical's
 * {@link ClonalAbnormalityRule}.
 *
 * @param rule the rule with its exceptions
 */
public record ClonalKaryotypeCriterion(ClonalAbnormalityRule rule) implements Criterion {

    /**
     * Checks the criterion.
     *
     * @throws IllegalArgumentException if the rule is null
     */
    public ClonalKaryotypeCriterion {
        if (rule == null) {
            throw new IllegalArgumentException("A clonal karyotype criterion needs its rule");
        }
    }

    /**
     * The criterion with exceptions written in ISCN.
     *
     * @param exceptions e.g. {@code del(20q)}, {@code +8}, {@code -Y}
     * @return the criterion
     * @throws IllegalArgumentException if an exception is not an ISCN abnormality Marrow reads
     */
    public static ClonalKaryotypeCriterion except(List<String> exceptions) {
        return new ClonalKaryotypeCriterion(ClonalAbnormalityRule.except(exceptions));
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.clonalKaryotype(this);
    }

    @Override
    public Message describe() {
        return rule.name();
    }
}
