package org.marrow.analysis.endpoint;

import java.util.EnumMap;
import java.util.Map;
import org.marrow.clinical.response.ResponseCategory;

/**
 * Subjects at one timepoint by outcome: per response category, not assessable and not yet due (the
 * columns of the response table; document 000 Figure 3's categories). {@code results.json} writes it
 * as one object keyed by the category names and {@code NOT_ASSESSABLE}, {@code NOT_YET_DUE}.
 *
 * @param byCategory subjects per response category, every category present (zero included)
 * @param notAssessable subjects whose window closed without an assessment (whatever the population
 *     does with them)
 * @param notYetDue subjects whose window was open at the cut-off
 */
public record CategoryCounts(Map<ResponseCategory, Integer> byCategory, int notAssessable, int notYetDue) {

    /**
     * Checks and copies the counts.
     *
     * @throws IllegalArgumentException if a category is missing or a count is negative
     */
    public CategoryCounts {
        if (byCategory == null) {
            throw new IllegalArgumentException("Counts by category must not be null");
        }
        EnumMap<ResponseCategory, Integer> copy = new EnumMap<>(ResponseCategory.class);
        for (ResponseCategory c : ResponseCategory.values()) {
            Integer k = byCategory.get(c);
            if (k == null || k < 0) {
                throw new IllegalArgumentException("Count of " + c + " (" + k + ") must be given and >= 0");
            }
            copy.put(c, k);
        }
        if (notAssessable < 0 || notYetDue < 0) {
            throw new IllegalArgumentException("Counts (" + notAssessable + ", " + notYetDue + ") must be >= 0");
        }
        byCategory = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Subjects with a category.
     *
     * @param category the category
     * @return the count
     */
    public int of(ResponseCategory category) {
        return byCategory.get(category);
    }
}
