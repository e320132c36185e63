package org.marrow.analysis.endpoint;

/**
 * Which assessment stands for a protocol timepoint (ARCHITECTURE.md principle 5: "the value used for
 * a timepoint is chosen by a documented rule").
 */
public enum WindowRule {
    /**
     * Among the dates in the visit window (study days {@code windowStart..windowEnd}, both included)
     * on which a blood count (haemoglobin, platelets or neutrophils) was measured and the criteria
     * decide a category, the one closest to the target day; on a tie the later date. No such date:
     * not assessable.
     */
    CLOSEST_TO_TARGET_LATER_ON_TIE;

    /**
     * How the rule reads in the report.
     *
     * @return one sentence
     */
    public String description() {
        return "the assessment on the date with blood counts in the protocol's visit window closest to the "
                + "target day (on a tie the later one); no assessment in the window = not assessable";
    }
}
