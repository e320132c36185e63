package org.marrow.study;

/**
 * The kinds of source record a study holds. A data set folder has one file per kind and the
 * database one table per kind; the kinds themselves know nothing of either.
 */
public enum RecordType {
    /** Subjects, candidates or enrolled. */
    SUBJECTS,
    /** Dated lab values with their units. */
    LABS,
    /** Red cell and platelet transfusions. */
    TRANSFUSIONS,
    /** Doses of study and supportive drugs given. */
    DOSES,
    /** Adverse events as the investigator recorded them. */
    ADVERSE_EVENTS,
    /** Study events: transplant, death, relapse, clonal evolution, withdrawal, loss to follow-up. */
    EVENTS,
    /** Screening history items used by eligibility rules. */
    SCREENING_HISTORY
}
