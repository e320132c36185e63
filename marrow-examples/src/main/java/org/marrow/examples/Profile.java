package org.marrow.examples;

/**
 * The severity of a synthetic patient at enrolment as document 003 splits it, which decides the
 * baseline counts and whether the patient is transfused before responding.
 */
enum Profile {
    /** Very severe aplastic anaemia: transfused until 8 weeks before a response. */
    VSAA(true),
    /** Severe aplastic anaemia: transfused until 8 weeks before a response. */
    SAA(true),
    /** Non-severe, transfusion dependent: transfused until 8 weeks before a response. */
    NSAA_TD(true),
    /** Non-severe, not transfusion dependent: never transfused. */
    NSAA_NTD(false);

    private final boolean transfused;

    Profile(boolean transfused) {
        this.transfused = transfused;
    }

    boolean transfused() {
        return transfused;
    }

    boolean severe() {
        return this == VSAA || this == SAA;
    }
}
