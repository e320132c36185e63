package org.marrow.analysis.figure;

import org.marrow.clinical.response.ResponseCategory;

/**
 * A stretch of a patient's course spent in one response category, drawn as a coloured segment
 * of the patient's swimmer lane.
 *
 * @param start when the category was first assessed, >= 0
 * @param end when the next assessment (or the end of follow-up) came, > start
 * @param category the response category
 */
public record ResponseSpan(double start, double end, ResponseCategory category) {
    /**
     * Checks the span.
     *
     * @throws IllegalArgumentException unless 0 <= start < end (finite), and category is not null
     */
    public ResponseSpan {
        if (!(start >= 0 && start < end) || Double.isInfinite(end)) {
            throw new IllegalArgumentException(
                    "Response span needs 0 <= start (" + start + ") < end (" + end + "), both finite");
        }
        if (category == null) {
            throw new IllegalArgumentException("Response span category must not be null");
        }
    }
}
