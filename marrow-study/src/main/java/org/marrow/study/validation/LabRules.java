package org.marrow.study.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marrow.clinical.quantity.ImpossibleLabValueException;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.Plausibility;
import org.marrow.clinical.quantity.Unit;
import org.marrow.clinical.quantity.UnitMismatchException;
import org.marrow.study.LabRecord;
import org.marrow.study.RecordField;

/**
 * The rules of a lab entry: a test code, a decimal value in a unit the test accepts, possible for the
 * test and, when doubtful, flagged by the clinical plausibility rules ({@link LabValue#of},
 * {@link LabValue#plausibility()}); limits of normal above zero with the lower below the upper.
 */
final class LabRules {
    private static final Map<String, LabTest> TESTS = tests();
    private static final List<String> TEST_CODES =
            Arrays.stream(LabTest.values()).map(LabTest::code).toList();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LabRules() {}

    private static Map<String, LabTest> tests() {
        Map<String, LabTest> tests = new HashMap<>();
        for (LabTest test : LabTest.values()) {
            tests.put(test.code(), test);
        }
        return Map.copyOf(tests);
    }

    static Optional<LabRecord> read(Fields f, SubjectContext subject) {
        LocalDate date = f.date(RecordField.DATE, true);
        Life.check(f, RecordField.DATE, date, subject, true);
        LabTest test = TESTS.get(f.text(RecordField.TEST));
        if (test == null) {
            f.expected(RecordField.TEST, "study.lab.test", TEST_CODES);
        }
        BigDecimal amount = f.decimal(RecordField.VALUE, true, "study.lab.value");
        Unit unit = unit(f, test);
        LabValue value =
                test == null || amount == null || unit == null ? null : value(f, RecordField.VALUE, test, amount, unit);
        if (value != null) {
            plausibility(f, value);
        }
        BigDecimal lln = limit(f, RecordField.LLN, "study.lab.lln", test, unit);
        BigDecimal uln = limit(f, RecordField.ULN, "study.lab.uln", test, unit);
        if (lln != null && uln != null && lln.compareTo(uln) >= 0) {
            f.expected(RecordField.LLN, "study.lab.llnBelowUln", uln.toPlainString());
        } else if (value != null && (lln != null || uln != null) && !hasCanonicalAmount(value)) {
            f.refused(
                    lln != null ? RecordField.LLN : RecordField.ULN,
                    "study.lab.limitsUnusable",
                    test.code(),
                    unit.symbol(),
                    test.canonicalUnit().symbol());
        }
        if (!f.isValid() || subject.subjectId().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LabRecord(
                subject.subjectId().get(),
                date,
                value,
                f.shared(f.text(RecordField.UNIT)),
                Optional.ofNullable(lln),
                Optional.ofNullable(uln)));
    }

    private static Unit unit(Fields f, LabTest test) {
        Unit unit;
        try {
            unit = Unit.parse(f.text(RecordField.UNIT));
        } catch (IllegalArgumentException e) {
            unit = null;
        }
        if (unit == null || (test != null && !test.accepts(unit))) {
            if (test == null) {
                f.expected(RecordField.UNIT, "study.lab.unit", symbols(List.of(Unit.values())));
            } else {
                f.expected(RecordField.UNIT, "study.lab.unitOf", test.code(), symbols(test.acceptedUnits()));
            }
            return null;
        }
        return unit;
    }

    private static List<String> symbols(List<Unit> units) {
        return units.stream().map(Unit::symbol).toList();
    }

    /** The value, or null if impossible for the test (reported on {@code field}). */
    private static LabValue value(Fields f, RecordField field, LabTest test, BigDecimal amount, Unit unit) {
        try {
            return LabValue.of(test, amount, unit);
        } catch (ImpossibleLabValueException e) {
            boolean percent = unit == Unit.PERCENT;
            String high =
                    percent ? HUNDRED.toPlainString() : test.impossibleAbove().toPlainString();
            String rangeUnit =
                    percent ? Unit.PERCENT.symbol() : test.canonicalUnit().symbol();
            if (e.likelyIntendedUnit().isPresent()) {
                f.refused(
                        field,
                        "study.lab.impossible.unit",
                        test.code(),
                        amount.toPlainString(),
                        unit.symbol(),
                        high,
                        rangeUnit,
                        e.likelyIntendedUnit().get().symbol());
            } else {
                f.refused(
                        field,
                        "study.lab.impossible",
                        test.code(),
                        amount.toPlainString(),
                        unit.symbol(),
                        high,
                        rangeUnit);
            }
            return null;
        }
    }

    private static void plausibility(Fields f, LabValue value) {
        Plausibility plausibility = value.plausibility();
        if (plausibility.isPlausible()) {
            return;
        }
        LabTest test = value.test();
        String amount = value.amount().toPlainString();
        String unit = value.unit().symbol();
        if (!hasCanonicalAmount(value)) {
            f.doubtful(
                    RecordField.VALUE,
                    "study.lab.implausible.percent",
                    test.code(),
                    amount,
                    unit,
                    LabValue.PLAUSIBLE_PERCENT_MAXIMUM.toPlainString());
            return;
        }
        String low = test.implausibleBelow().map(BigDecimal::toPlainString).orElse("0");
        String high = test.implausibleAbove().orElse(test.impossibleAbove()).toPlainString();
        String canonical = test.canonicalUnit().symbol();
        if (plausibility.intendedUnit().isPresent()) {
            f.doubtful(
                    RecordField.VALUE,
                    "study.lab.unitMixUp",
                    test.code(),
                    amount,
                    unit,
                    plausibility.intendedUnit().get().symbol(),
                    low,
                    high,
                    canonical);
        } else {
            f.doubtful(RecordField.VALUE, "study.lab.implausible", test.code(), amount, unit, low, high, canonical);
        }
    }

    /** A limit of normal: empty, or above zero and possible for the test; null if empty or bad (reported). */
    private static BigDecimal limit(Fields f, RecordField field, String code, LabTest test, Unit unit) {
        BigDecimal limit = f.optionalDecimal(field, true, code);
        if (limit == null) {
            return null;
        }
        if (limit.signum() <= 0) {
            f.expected(field, code);
            return null;
        }
        if (test != null && unit != null && value(f, field, test, limit, unit) == null) {
            return null;
        }
        return limit;
    }

    private static boolean hasCanonicalAmount(LabValue value) {
        try {
            value.inCanonicalUnit();
            return true;
        } catch (UnitMismatchException e) {
            return false;
        }
    }
}
