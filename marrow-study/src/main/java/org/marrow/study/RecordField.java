package org.marrow.study;

/**
 * The fields of the study's source records, by the names the data set files use for their columns
 * and the REST API for its JSON fields (docs/dataset-format.md, docs/api.md): one name per field
 * everywhere, so that a problem names the field the user wrote.
 */
public enum RecordField {
    /** The subject's identifier ({@code subjects.csv} and every other file). */
    SUBJECT_ID("subject_id"),
    /** The site that screens or treats the subject. */
    SITE("site"),
    /** The arm the subject was enrolled in. */
    ARM("arm"),
    /** {@code M} or {@code F} (CDISC SEX). */
    SEX("sex"),
    /** The date of birth. */
    BIRTH_DATE("birth_date"),
    /** The body weight, kg. */
    WEIGHT_KG("weight_kg"),
    /** The height, cm. */
    HEIGHT_CM("height_cm"),
    /** The screening date. */
    SCREENED_ON("screened_on"),
    /** The enrolment date. */
    ENROLLED_ON("enrolled_on"),
    /** The date of the first dose of study treatment (study day 1). */
    FIRST_DOSE_ON("first_dose_on"),
    /** The date a subject was withdrawn (recorded by the web application with the subject). */
    WITHDRAWN_ON("withdrawn_on"),
    /** Why a subject was withdrawn. */
    WITHDRAWAL_REASON("withdrawal_reason"),
    /** The date of a lab sample, a transfusion, a dose, an event or a screening history item. */
    DATE("date"),
    /** A lab test code (CDISC LBTESTCD). */
    TEST("test"),
    /** A lab value, or a screening history item's value. */
    VALUE("value"),
    /** The unit of a lab value or of a dose, as written. */
    UNIT("unit"),
    /** The lower limit of normal of a lab value. */
    LLN("lln"),
    /** The upper limit of normal of a lab value. */
    ULN("uln"),
    /** The blood product of a transfusion. */
    PRODUCT("product"),
    /** The number of units transfused. */
    UNITS("units"),
    /** The drug of a dose. */
    DRUG("drug"),
    /** The amount of a dose. */
    DOSE("dose"),
    /** The CTCAE term of an adverse event. */
    TERM("term"),
    /** The CTCAE grade of an adverse event. */
    GRADE("grade"),
    /** The onset date of an adverse event. */
    START_DATE("start_date"),
    /** The resolution date of an adverse event. */
    END_DATE("end_date"),
    /** Whether an adverse event is serious (CDISC AESER). */
    SERIOUS("serious"),
    /** The drugs an adverse event is related to. */
    RELATED_TO("related_to"),
    /** The type of a study event. */
    TYPE("type"),
    /** Free text beside an event or a screening history item. */
    NOTE("note"),
    /** The code of a screening history item. */
    ITEM("item"),
    /** The gene of a somatic mutation (HGNC symbol), or {@code none} when none was detected. */
    GENE("gene"),
    /** The variant of a somatic mutation as reported (HGVS). */
    VARIANT("variant"),
    /** The variant allele frequency of a somatic mutation, %. */
    VAF_PERCENT("vaf_percent");

    private final String fieldName;

    RecordField(String fieldName) {
        this.fieldName = fieldName;
    }

    /**
     * The name of the field in the data set files and the API.
     *
     * @return e.g. {@code "birth_date"}
     */
    public String fieldName() {
        return fieldName;
    }

    /** The field's name, e.g. {@code birth_date}. */
    @Override
    public String toString() {
        return fieldName;
    }
}
