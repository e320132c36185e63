package org.marrow.app.subject;

/** Where a subject stands in the study, as its dates give it: the badge on the subject pages. */
public enum SubjectStatus {
    /** Screened, not yet enrolled. */
    SCREENING("status.screening"),
    /** Enrolled, not yet treated. */
    ENROLLED("status.enrolled"),
    /** Treated (a first dose). */
    TREATED("status.treated"),
    /** Withdrawn. */
    WITHDRAWN("status.withdrawn");

    private final String messageKey;

    SubjectStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    /**
     * The pages' message key of the status.
     *
     * @return e.g. {@code status.treated}
     */
    public String messageKey() {
        return messageKey;
    }

    /**
     * The status of a subject: withdrawn, treated, enrolled or screening, the latest that applies.
     *
     * @param s the subject
     * @return the status
     */
    public static SubjectStatus of(SubjectView s) {
        if (s.withdrawnOn() != null) {
            return WITHDRAWN;
        }
        if (s.firstDoseOn() != null) {
            return TREATED;
        }
        if (s.enrolledOn() != null) {
            return ENROLLED;
        }
        return SCREENING;
    }
}
