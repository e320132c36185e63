package org.marrow.study;

import java.util.Objects;
import org.marrow.clinical.transfusion.Transfusion;

/**
 * A row of {@code transfusions.csv}: one transfusion given to a subject.
 *
 * @param subjectId the subject
 * @param transfusion the date, product and number of units
 */
public record TransfusionRecord(String subjectId, Transfusion transfusion) {

    /**
     * Checks the record.
     *
     * @throws NullPointerException if a component is null
     */
    public TransfusionRecord {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(transfusion, "transfusion");
    }
}
