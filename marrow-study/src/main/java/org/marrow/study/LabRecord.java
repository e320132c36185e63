package org.marrow.study;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.ReferenceRange;
import org.marrow.clinical.quantity.Unit;

/**
 * A row of {@code labs.csv}: one lab value of a subject, with the unit spelled as entered and,
 * optionally, the laboratory's lower and upper limits of normal (used by CTCAE grading).
 *
 * @param subjectId the subject
 * @param date the sample date
 * @param value the value, its test and unit (the amount exactly as written)
 * @param unitText the unit as written, e.g. {@code x10^9/L}; it parses to {@code value.unit()}
 * @param lowerLimitOfNormal the lower limit of normal in the same unit as the value, if given
 * @param upperLimitOfNormal the upper limit of normal in the same unit as the value, if given
 */
public record LabRecord(
        String subjectId,
        LocalDate date,
        LabValue value,
        String unitText,
        Optional<BigDecimal> lowerLimitOfNormal,
        Optional<BigDecimal> upperLimitOfNormal) {

    /**
     * Checks the record.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code unitText} does not denote the value's unit, a limit
     *     is not a possible value of the test in that unit, or the lower limit exceeds the upper
     */
    public LabRecord {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unitText, "unitText");
        Objects.requireNonNull(lowerLimitOfNormal, "lowerLimitOfNormal");
        Objects.requireNonNull(upperLimitOfNormal, "upperLimitOfNormal");
        if (Unit.parse(unitText) != value.unit()) {
            throw new IllegalArgumentException("Unit text '" + unitText + "' does not denote "
                    + value.unit().symbol() + " for " + value);
        }
        lowerLimitOfNormal.ifPresent(lln -> LabValue.of(value.test(), lln, value.unit()));
        upperLimitOfNormal.ifPresent(uln -> LabValue.of(value.test(), uln, value.unit()));
        if (lowerLimitOfNormal.isPresent()
                && upperLimitOfNormal.isPresent()
                && lowerLimitOfNormal.get().compareTo(upperLimitOfNormal.get()) > 0) {
            throw new IllegalArgumentException("Lower limit of normal ("
                    + lowerLimitOfNormal.get().toPlainString() + ") must be <= upper limit of normal ("
                    + upperLimitOfNormal.get().toPlainString() + ")");
        }
    }

    /**
     * A record with the unit written as its symbol and no limits of normal.
     *
     * @param subjectId the subject
     * @param date the sample date
     * @param value the value
     * @return the record
     */
    public static LabRecord of(String subjectId, LocalDate date, LabValue value) {
        return new LabRecord(subjectId, date, value, value.unit().symbol(), Optional.empty(), Optional.empty());
    }

    /**
     * The test.
     *
     * @return {@code value().test()}
     */
    public LabTest test() {
        return value.test();
    }

    /**
     * The dated value, as the clinical rules take it.
     *
     * @return the lab result
     */
    public LabResult result() {
        return new LabResult(date, value);
    }

    /**
     * The reference range this record gives, in the canonical unit.
     *
     * @return the range, each limit empty if not given
     * @throws org.marrow.clinical.quantity.UnitMismatchException if a limit cannot be brought to the
     *     canonical unit (reticulocytes in %)
     */
    public ReferenceRange referenceRange() {
        return new ReferenceRange(
                value.test(),
                lowerLimitOfNormal.map(lln -> LabValue.of(value.test(), lln, value.unit())),
                upperLimitOfNormal.map(uln -> LabValue.of(value.test(), uln, value.unit())));
    }
}
