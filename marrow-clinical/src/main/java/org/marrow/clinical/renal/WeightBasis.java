package org.marrow.clinical.renal;

/** Which body weight the Cockcroft-Gault formula uses; every result states it. */
public enum WeightBasis {
    /** Actual (total) body weight, as in Cockcroft and Gault's paper. Marrow's default. */
    ACTUAL,
    /** Ideal body weight by Devine: 50 kg (men) or 45.5 kg (women) + 2.3 kg per inch over 60 inches. */
    IDEAL,
    /** Adjusted body weight: ideal + 0.4 x (actual - ideal). */
    ADJUSTED
}
