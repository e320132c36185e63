package org.marrow.clinical.renal;

import java.util.Objects;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.message.Message;

/**
 * An estimated creatinine clearance and everything it was computed from.
 *
 * @param millilitresPerMinute the estimate, mL/min
 * @param weightBasis which weight was used
 * @param weightKg the weight used, kg
 * @param ageYears the age in completed years on the creatinine date
 * @param sex the sex
 * @param creatinine the serum creatinine used
 * @param explanation the formula with the numbers, e.g. for the screening record
 */
public record CreatinineClearance(
        double millilitresPerMinute,
        WeightBasis weightBasis,
        double weightKg,
        int ageYears,
        Sex sex,
        LabResult creatinine,
        Message explanation) {

    /**
     * Checks the result.
     *
     * @throws NullPointerException if a component is null
     */
    public CreatinineClearance {
        Objects.requireNonNull(weightBasis, "weightBasis");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(creatinine, "creatinine");
        Objects.requireNonNull(explanation, "explanation");
    }
}
