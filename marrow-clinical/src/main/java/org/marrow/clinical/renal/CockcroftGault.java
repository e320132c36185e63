package org.marrow.clinical.renal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Objects;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.quantity.LabTest;

/**
 * Creatinine clearance by the Cockcroft-Gault formula (document 002's exclusion "creatinine
 * clearance &lt; 30 ml/min"; document 004 reduces the cyclosporine dose with impaired renal
 * function).
 *
 * <p>Source: Cockcroft DW, Gault MH. Prediction of creatinine clearance from serum creatinine.
 * Nephron 1976;16:31-41: CrCl (mL/min) = (140 - age) x weight (kg) / (72 x serum creatinine
 * (mg/dL)), x 0.85 for women. Creatinine in umol/L is converted with 1 mg/dL = 88.4 umol/L, so
 * CrCl = (140 - age) x weight x 88.4 / (72 x creatinine (umol/L)) [x 0.85]. Age is in completed years
 * on the creatinine sample date. The weight is {@link WeightBasis#ACTUAL actual body weight} unless
 * the protocol says otherwise; the result always states which weight it used. Computed in double
 * precision.
 *
 * @param weightBasis the weight to use
 */
public record CockcroftGault(WeightBasis weightBasis) {

    /**
     * Checks the option.
     *
     * @throws NullPointerException if {@code weightBasis} is null
     */
    public CockcroftGault {
        Objects.requireNonNull(weightBasis, "weightBasis");
    }

    /**
     * The formula with actual body weight.
     *
     * @return the formula
     */
    public static CockcroftGault actualBodyWeight() {
        return new CockcroftGault(WeightBasis.ACTUAL);
    }

    /**
     * Estimates creatinine clearance.
     *
     * @param birthDate the date of birth
     * @param sex the sex
     * @param actualWeightKg actual body weight, kg, in (0, 500]
     * @param heightCm height, cm, in (0, 300]; needed for IDEAL and ADJUSTED (pass NaN if unknown
     *     with ACTUAL)
     * @param creatinine a serum creatinine result (any accepted unit), &gt; 0
     * @return the estimate and what it used
     * @throws IllegalArgumentException if the creatinine is not a CREAT result or is 0, the weight or
     *     (when needed) the height is out of range or NaN, the age is not in 0..139 years, or the
     *     ideal weight comes out &lt;= 0
     */
    public CreatinineClearance estimate(
            LocalDate birthDate, Sex sex, double actualWeightKg, double heightCm, LabResult creatinine) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(creatinine, "creatinine");
        if (creatinine.test() != LabTest.CREAT) {
            throw new IllegalArgumentException("Cockcroft-Gault needs a creatinine (CREAT) result, got " + creatinine);
        }
        double umol = creatinine.value().inCanonicalUnit().amount().doubleValue();
        if (!(umol > 0)) {
            throw new IllegalArgumentException("Creatinine (" + creatinine.value() + ") must be > 0");
        }
        if (!(actualWeightKg > 0 && actualWeightKg <= 500)) {
            throw new IllegalArgumentException("Weight (" + actualWeightKg + " kg) must be > 0 and <= 500 kg");
        }
        int age = Period.between(birthDate, creatinine.date()).getYears();
        if (birthDate.isAfter(creatinine.date()) || age >= 140) {
            throw new IllegalArgumentException("Age on " + creatinine.date() + " (" + age + " years, born " + birthDate
                    + ") must be between 0 and 139 years");
        }
        double weight = actualWeightKg;
        Message weightText = Message.of("clinical.renal.actualWeight", fmt(actualWeightKg));
        if (weightBasis != WeightBasis.ACTUAL) {
            if (!(heightCm > 0 && heightCm <= 300)) {
                throw new IllegalArgumentException(
                        "Height (" + heightCm + " cm) must be > 0 and <= 300 cm for " + weightBasis + " body weight");
            }
            double inchesOver60 = heightCm / 2.54 - 60;
            double ideal = (sex == Sex.MALE ? 50 : 45.5) + 2.3 * inchesOver60;
            if (!(ideal > 0)) {
                throw new IllegalArgumentException(
                        "Ideal body weight for height " + heightCm + " cm (" + fmt(ideal) + " kg) must be > 0");
            }
            if (weightBasis == WeightBasis.IDEAL) {
                weight = ideal;
                weightText = Message.of("clinical.renal.idealWeight", fmt(ideal));
            } else {
                weight = ideal + 0.4 * (actualWeightKg - ideal);
                weightText = Message.of("clinical.renal.adjustedWeight", fmt(weight), fmt(ideal), fmt(actualWeightKg));
            }
        }
        double factor = sex == Sex.FEMALE ? 0.85 : 1.0;
        double clearance = (140 - age) * weight * 88.4 / (72 * umol) * factor;
        Message explanation = Message.of("clinical.renal.crcl", fmt(clearance), age, weightText, fmt(umol));
        if (sex == Sex.FEMALE) {
            explanation = Message.of("clinical.renal.female", explanation);
        }
        return new CreatinineClearance(clearance, weightBasis, weight, age, sex, creatinine, explanation);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
