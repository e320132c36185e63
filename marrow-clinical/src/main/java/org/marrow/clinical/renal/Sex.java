package org.marrow.clinical.renal;

import java.util.Locale;

/** Sex as recorded in the data set's {@code subjects.csv}, used by the Cockcroft-Gault formula. */
public enum Sex {
    /** Male. */
    MALE,
    /** Female. */
    FEMALE;

    /**
     * Parses {@code M}, {@code F}, {@code male} or {@code female} (case-insensitive; CDISC SEX uses M/F).
     *
     * @param code the code
     * @return the sex
     * @throws IllegalArgumentException if {@code code} is null or none of these
     */
    public static Sex fromCode(String code) {
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        return switch (c) {
            case "M", "MALE" -> MALE;
            case "F", "FEMALE" -> FEMALE;
            default -> throw new IllegalArgumentException("Sex '" + code + "' is not recognised; expected M or F");
        };
    }
}
