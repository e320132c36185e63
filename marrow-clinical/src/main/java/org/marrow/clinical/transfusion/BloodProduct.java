package org.marrow.clinical.transfusion;

import java.util.Locale;

/** A transfused blood product, as in the data set's {@code transfusions.csv} column {@code product}. */
public enum BloodProduct {
    /** Red blood cells. */
    RBC,
    /** Platelets. */
    PLT;

    /**
     * Parses {@code RBC} or {@code PLT} (case-insensitive).
     *
     * @param code the code
     * @return the product
     * @throws IllegalArgumentException if {@code code} is null or neither; the message names it
     */
    public static BloodProduct fromCode(String code) {
        if (code != null) {
            String upper = code.trim().toUpperCase(Locale.ROOT);
            for (BloodProduct product : values()) {
                if (product.name().equals(upper)) {
                    return product;
                }
            }
        }
        throw new IllegalArgumentException("Blood product '" + code + "' is not recognised; expected RBC or PLT");
    }
}
