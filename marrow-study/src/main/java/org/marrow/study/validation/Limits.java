package org.marrow.study.validation;

import java.time.LocalDate;

/**
 * The limits of the numbers and dates of the study's source records, defined once for every entry
 * path (data set files, the REST API, the pages). A value outside a hard limit is refused; a value
 * inside it but outside the plausible range is accepted as doubtful (a warning in a data set, a
 * confirmation asked for by the API).
 */
public final class Limits {
    /**
     * The earliest date of any record: 1900-01-01. No patient of an aplastic anaemia trial today was
     * born, screened or treated before it; a year such as 0000 or 0001 is a slip of the keyboard.
     */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    /**
     * Body weight, kg, that a living patient can have: 1 to 400. The upper end is the limit Marrow has
     * always applied (the heaviest patients recorded in clinical care weigh less); 1 kg admits any
     * patient past neonatal care, which no reference protocol enrols (documents 000-004: adults and
     * adolescents).
     */
    public static final Range WEIGHT_KG = Range.of("1", "400");

    /** Plausible body weight, kg: 25 to 200. Outside it, a weight is doubtful (a unit slip, lb for kg). */
    public static final Range PLAUSIBLE_WEIGHT_KG = Range.of("25", "200");

    /**
     * Height, cm, that a patient can have: 30 (a premature newborn) to 300. A height of 1.72 is a
     * height in metres, refused rather than stored.
     */
    public static final Range HEIGHT_CM = Range.of("30", "300");

    /** Plausible height, cm: 100 to 230. */
    public static final Range PLAUSIBLE_HEIGHT_CM = Range.of("100", "230");

    /**
     * Units of one blood product transfused to a patient on one day: 1 to 99 (the data set's limit; a
     * massive transfusion stays far below it).
     */
    public static final Range TRANSFUSION_UNITS = Range.of("1", "99");

    /**
     * Plausible units on one day: 1 to 10. More is doubtful for a transfusion-dependent aplastic
     * anaemia patient, who is given 1-2 red cell units or 1 apheresis platelet unit at a time.
     */
    public static final Range PLAUSIBLE_TRANSFUSION_UNITS = Range.of("1", "10");

    /** CTCAE grades: 1 (mild) to 5 (death), CTCAE v5.0 "Grades". */
    public static final Range CTCAE_GRADE = Range.of("1", "5");

    private Limits() {}
}
