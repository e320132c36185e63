package org.marrow.analysis.figure;

import java.util.List;

/**
 * One patient's neutrophil counts around one cyclophosphamide cycle.
 *
 * @param subject the patient's label
 * @param values the counts, days strictly increasing
 */
public record AncSeries(String subject, List<AncValue> values) {
    /**
     * Checks the series.
     *
     * @throws IllegalArgumentException if the subject is blank, there are no values, or the days do
     *     not increase strictly
     */
    public AncSeries {
        Checks.text(subject, "Subject");
        Checks.count(values, 1, Integer.MAX_VALUE, "Neutrophil counts of subject " + subject);
        values = List.copyOf(values);
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i).day() <= values.get(i - 1).day()) {
                throw new IllegalArgumentException("Subject " + subject + ": days must increase strictly, but day "
                        + values.get(i).day() + " follows day "
                        + values.get(i - 1).day());
            }
        }
    }
}
