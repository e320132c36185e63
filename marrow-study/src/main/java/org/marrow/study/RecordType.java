package org.marrow.study;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The kinds of source record a study holds, each with its fields in their canonical order. A data set
 * folder has one file per kind (its columns are these fields) and the database one table per kind;
 * the kinds themselves know nothing of either.
 */
public enum RecordType {
    /** Subjects, candidates or enrolled. */
    SUBJECTS(
            List.of(
                    RecordField.SUBJECT_ID,
                    RecordField.SITE,
                    RecordField.ARM,
                    RecordField.SEX,
                    RecordField.BIRTH_DATE,
                    RecordField.WEIGHT_KG,
                    RecordField.HEIGHT_CM,
                    RecordField.SCREENED_ON,
                    RecordField.ENROLLED_ON,
                    RecordField.FIRST_DOSE_ON),
            EnumSet.of(RecordField.ARM, RecordField.SCREENED_ON, RecordField.ENROLLED_ON, RecordField.FIRST_DOSE_ON)),
    /** Dated lab values with their units. */
    LABS(
            List.of(
                    RecordField.SUBJECT_ID,
                    RecordField.DATE,
                    RecordField.TEST,
                    RecordField.VALUE,
                    RecordField.UNIT,
                    RecordField.LLN,
                    RecordField.ULN),
            EnumSet.of(RecordField.LLN, RecordField.ULN)),
    /** Red cell and platelet transfusions. */
    TRANSFUSIONS(
            List.of(RecordField.SUBJECT_ID, RecordField.DATE, RecordField.PRODUCT, RecordField.UNITS),
            EnumSet.noneOf(RecordField.class)),
    /** Doses of study and supportive drugs given. */
    DOSES(
            List.of(RecordField.SUBJECT_ID, RecordField.DATE, RecordField.DRUG, RecordField.DOSE, RecordField.UNIT),
            EnumSet.noneOf(RecordField.class)),
    /** Adverse events as the investigator recorded them. */
    ADVERSE_EVENTS(
            List.of(
                    RecordField.SUBJECT_ID,
                    RecordField.TERM,
                    RecordField.GRADE,
                    RecordField.START_DATE,
                    RecordField.END_DATE,
                    RecordField.SERIOUS,
                    RecordField.RELATED_TO),
            EnumSet.of(RecordField.END_DATE, RecordField.RELATED_TO)),
    /** Study events: transplant, death, relapse, clonal evolution, withdrawal, loss to follow-up. */
    EVENTS(
            List.of(RecordField.SUBJECT_ID, RecordField.DATE, RecordField.TYPE, RecordField.NOTE),
            EnumSet.of(RecordField.NOTE)),
    /** Screening history items used by eligibility rules. */
    SCREENING_HISTORY(
            List.of(RecordField.SUBJECT_ID, RecordField.ITEM, RecordField.VALUE, RecordField.DATE, RecordField.NOTE),
            EnumSet.of(RecordField.DATE, RecordField.NOTE)),
    /** Somatic mutation test results: a mutation with its VAF, or none detected. */
    MUTATIONS(
            List.of(
                    RecordField.SUBJECT_ID,
                    RecordField.DATE,
                    RecordField.GENE,
                    RecordField.VARIANT,
                    RecordField.VAF_PERCENT),
            EnumSet.of(RecordField.VARIANT, RecordField.VAF_PERCENT));

    private final List<RecordField> fields;
    private final Set<RecordField> optionalFields;

    RecordType(List<RecordField> fields, Set<RecordField> optionalFields) {
        this.fields = fields;
        this.optionalFields = optionalFields;
    }

    /**
     * The fields of a record of this kind, in canonical order.
     *
     * @return the fields
     */
    public List<RecordField> fields() {
        return fields;
    }

    /**
     * Whether a field may be left empty (a data set file may then leave its column out).
     *
     * @param field a field of this kind
     * @return true if optional
     */
    public boolean isOptional(RecordField field) {
        return optionalFields.contains(field);
    }
}
