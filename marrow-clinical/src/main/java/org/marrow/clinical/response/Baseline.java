package org.marrow.clinical.response;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.severity.SeverityAssessment;
import org.marrow.clinical.transfusion.TransfusionStatus;

/**
 * A subject's pre-treatment state, against which responses are judged: the blood counts, the
 * severity and the transfusion needs on the baseline date (the last values on or before the first
 * dose, as document 000 compares each visit with the pre-treatment counts). Build it with {@link ResponseCriteria#baseline}, or directly from another
 * source.
 *
 * @param date the baseline date
 * @param counts the baseline value of each blood count found (HGB, NEUT, PLAT, RETI), canonical
 * @param missing for each count not found, why (no value, or too old)
 * @param severity the severity on the baseline date
 * @param transfusions red cell and platelet dependence on the baseline date
 * @param redCellUnits red cell units in the transfusion look-back window ending on the baseline date,
 *     or empty if the record does not cover it
 */
public record Baseline(
        LocalDate date,
        Map<LabTest, LabResult> counts,
        Map<LabTest, Message> missing,
        SeverityAssessment severity,
        TransfusionStatus transfusions,
        Optional<Integer> redCellUnits) {

    /**
     * Checks and copies the baseline.
     *
     * @throws NullPointerException if a component is null
     */
    public Baseline {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(transfusions, "transfusions");
        Objects.requireNonNull(redCellUnits, "redCellUnits");
        counts = counts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(counts));
        missing = missing.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(missing));
    }

    /**
     * The baseline value of a count.
     *
     * @param test the test
     * @return the value, or empty
     */
    public Optional<LabResult> count(LabTest test) {
        return Optional.ofNullable(counts.get(test));
    }

    /**
     * Why a baseline count is missing.
     *
     * @param test the test
     * @return e.g. "baseline: no PLAT on or before 2024-01-02"
     */
    public Message whyMissing(LabTest test) {
        Message why = missing.get(test);
        return Message.of(
                "clinical.baseline.missing",
                why != null ? why : Message.of("clinical.baseline.noCount", test.code(), date));
    }
}
