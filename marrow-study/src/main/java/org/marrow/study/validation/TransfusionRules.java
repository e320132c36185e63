package org.marrow.study.validation;

import java.time.LocalDate;
import java.util.Optional;
import org.marrow.clinical.transfusion.BloodProduct;
import org.marrow.clinical.transfusion.Transfusion;
import org.marrow.study.RecordField;
import org.marrow.study.TransfusionRecord;

/**
 * The rules of a transfusion entry: red cells or platelets, a whole number of units within {@link
 * Limits#TRANSFUSION_UNITS}, doubtful above {@link Limits#PLAUSIBLE_TRANSFUSION_UNITS}.
 */
final class TransfusionRules {
    private TransfusionRules() {}

    static Optional<TransfusionRecord> read(Fields f, SubjectContext subject) {
        LocalDate date = f.date(RecordField.DATE, true);
        Life.check(f, RecordField.DATE, date, subject, true);
        BloodProduct product =
                switch (f.text(RecordField.PRODUCT)) {
                    case "RBC" -> BloodProduct.RBC;
                    case "PLT" -> BloodProduct.PLT;
                    default -> {
                        f.expected(RecordField.PRODUCT, "study.transfusion.product");
                        yield null;
                    }
                };
        Range limit = Limits.TRANSFUSION_UNITS;
        Integer units =
                f.integer(RecordField.UNITS, limit, "study.transfusion.units", limit.minimum(), limit.maximum());
        Range plausible = Limits.PLAUSIBLE_TRANSFUSION_UNITS;
        if (units != null && !plausible.contains(java.math.BigDecimal.valueOf(units))) {
            f.doubtful(
                    RecordField.UNITS, "study.transfusion.units.implausible", plausible.minimum(), plausible.maximum());
        }
        if (!f.isValid() || subject.subjectId().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TransfusionRecord(subject.subjectId().get(), new Transfusion(date, product, units)));
    }
}
