package org.marrow.study;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of {@code mutations.csv}: the result of one somatic mutation test of a subject's sample on a
 * date, either one mutation found (a panel finding several gives one row each) or none detected
 * (written with the gene {@value #NONE_DETECTED}). Document 000 reports the share of patients with a
 * mutation at baseline and at 6 months and the VAF of each gene over time.
 *
 * @param subjectId the subject
 * @param date the sample date
 * @param mutation the mutation found, empty when none was detected
 */
public record MutationRecord(String subjectId, LocalDate date, Optional<SomaticMutation> mutation) {
    /** The gene column's value of a test that detected no mutation. */
    public static final String NONE_DETECTED = "none";

    /**
     * Checks the record.
     *
     * @throws NullPointerException if a component is null
     */
    public MutationRecord {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(mutation, "mutation");
    }

    /**
     * Whether the test found a mutation.
     *
     * @return true if a mutation is recorded
     */
    public boolean detected() {
        return mutation.isPresent();
    }
}
