package org.marrow.study.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.marrow.study.Dose;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;
import org.marrow.study.RecordField;

/**
 * The rules of a dose entry: a drug, a unit the drug is given in, an amount within the {@link
 * DoseLimits} of that drug and unit; doubtful before the first dose date or for a subject not enrolled.
 */
final class DoseRules {
    private static final List<String> DRUG_IDS =
            Arrays.stream(Drug.values()).map(Drug::id).toList();
    private static final List<String> UNIT_SYMBOLS =
            Arrays.stream(DoseUnit.values()).map(DoseUnit::symbol).toList();

    private DoseRules() {}

    static Optional<Dose> read(Fields f, SubjectContext subject, DoseLimits limits) {
        LocalDate date = f.date(RecordField.DATE, true);
        Life.check(f, RecordField.DATE, date, subject, true);
        Drug drug = Drug.byId(f.text(RecordField.DRUG)).orElse(null);
        if (drug == null) {
            f.expected(RecordField.DRUG, "study.dose.drug", DRUG_IDS);
        }
        BigDecimal amount = f.decimal(RecordField.DOSE, false, "study.dose.amount");
        if (amount != null && amount.signum() <= 0) {
            f.expected(RecordField.DOSE, "study.dose.amount");
            amount = null;
        }
        DoseUnit unit = DoseUnit.bySymbol(f.text(RecordField.UNIT)).orElse(null);
        if (drug != null && (unit == null || !drug.units().contains(unit))) {
            f.expected(
                    RecordField.UNIT,
                    "study.dose.unitOf",
                    drug.id(),
                    drug.units().stream().map(DoseUnit::symbol).toList());
            unit = null;
        } else if (unit == null) {
            f.expected(RecordField.UNIT, "study.dose.unit", UNIT_SYMBOLS);
        }
        if (drug != null && unit != null && amount != null) {
            Optional<DoseRange> range = limits.range(drug, unit);
            if (range.isPresent() && !range.get().contains(amount)) {
                DoseRange r = range.get();
                if (r.minimum().isPresent()) {
                    f.expected(
                            RecordField.DOSE,
                            "study.dose.range.from",
                            drug.id(),
                            unit.symbol(),
                            r.minimum().get(),
                            r.maximum());
                } else {
                    f.expected(RecordField.DOSE, "study.dose.range", drug.id(), unit.symbol(), r.maximum());
                }
            }
        }
        if (date != null && subject.subjectId().isPresent()) {
            if (subject.enrolledOn().isEmpty()) {
                if (subject.source().isPresent()) {
                    f.doubtful(
                            RecordField.DATE,
                            "study.dose.notEnrolled.at",
                            subject.source().get());
                } else {
                    f.doubtful(RecordField.DATE, "study.dose.notEnrolled");
                }
            } else if (subject.firstDoseOn().isPresent()
                    && date.isBefore(subject.firstDoseOn().get())) {
                f.doubtful(
                        RecordField.DATE,
                        "study.dose.beforeFirstDose",
                        subject.firstDoseOn().get());
            }
        }
        if (!f.isValid() || subject.subjectId().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Dose(subject.subjectId().get(), date, drug, amount, unit));
    }
}
