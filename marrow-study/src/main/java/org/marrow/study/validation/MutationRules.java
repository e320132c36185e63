package org.marrow.study.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.marrow.study.MutationRecord;
import org.marrow.study.RecordField;
import org.marrow.study.SomaticMutation;

/**
 * The rules of a somatic mutation test result: a sample date not before birth (after a recorded death,
 * doubtful); a gene symbol ({@link SomaticMutation#isGeneSymbol}) with a variant (at most {@link
 * TextLimit#VALUE}) and a VAF above 0 and at most 100 %, or the gene {@value MutationRecord#NONE_DETECTED}
 * with the variant and VAF left empty.
 */
final class MutationRules {
    private MutationRules() {}

    static Optional<MutationRecord> read(Fields f, SubjectContext subject) {
        LocalDate date = f.date(RecordField.DATE, true);
        Life.check(f, RecordField.DATE, date, subject, true);
        String gene = f.text(RecordField.GENE);
        boolean none = gene.equals(MutationRecord.NONE_DETECTED);
        if (!none && !SomaticMutation.isGeneSymbol(gene)) {
            f.expected(RecordField.GENE, "study.mutation.gene", MutationRecord.NONE_DETECTED);
        }
        String variant = null;
        BigDecimal vaf = null;
        if (none) {
            for (RecordField field : new RecordField[] {RecordField.VARIANT, RecordField.VAF_PERCENT}) {
                if (!f.text(field).isEmpty()) {
                    f.expected(field, "study.mutation.emptyWhenNone", MutationRecord.NONE_DETECTED);
                }
            }
        } else {
            variant = f.required(RecordField.VARIANT, TextLimit.VALUE, "study.mutation.variant");
            vaf = f.decimal(RecordField.VAF_PERCENT, false, "study.mutation.vaf");
            if (vaf != null && !SomaticMutation.isVaf(vaf)) {
                f.expected(RecordField.VAF_PERCENT, "study.mutation.vaf");
                vaf = null;
            }
        }
        if (!f.isValid() || subject.subjectId().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MutationRecord(
                subject.subjectId().get(),
                date,
                none ? Optional.empty() : Optional.of(new SomaticMutation(gene, variant, vaf))));
    }
}
