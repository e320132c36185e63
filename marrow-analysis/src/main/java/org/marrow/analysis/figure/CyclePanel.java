package org.marrow.analysis.figure;

import java.util.List;

/**
 * The neutrophil counts of every patient around one cyclophosphamide cycle (document 000
 * Supplementary Figure 1A: cycle 1 on days 29-30, cycle 2 on days 43-44).
 *
 * @param cycle the panel title, for example {@code "Cycle 1 (days 29-30)"}
 * @param patients one series per patient
 */
public record CyclePanel(String cycle, List<AncSeries> patients) {
    /**
     * Checks the panel.
     *
     * @throws IllegalArgumentException if the title is blank or there are no patients
     */
    public CyclePanel {
        Checks.text(cycle, "Cycle title");
        Checks.count(patients, 1, Integer.MAX_VALUE, "Patients of " + cycle);
        patients = List.copyOf(patients);
    }
}
