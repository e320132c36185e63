package org.marrow.stats.design;

import java.util.List;

/**
 * The result of a Simon two-stage search ({@code clinfun::ph2simon}).
 *
 * @param bySampleSize the design of smallest EN0 for each total sample size that has a design
 *     meeting the error rates, by increasing {@code n} ({@code ph2simon(...)$out})
 * @param minimax the design of smallest {@code n} (the first row)
 * @param optimal the design of smallest EN0 (the first row attaining it)
 * @param admissible the designs on the lower convex hull from minimax to optimal, both included,
 *     by increasing {@code n} ({@code twostage.admissible})
 */
public record SimonDesigns(
        List<SimonDesign> bySampleSize, SimonDesign minimax, SimonDesign optimal, List<AdmissibleDesign> admissible) {

    /**
     * Copies the lists so that the value is immutable.
     *
     * @param bySampleSize the rows
     * @param minimax the minimax design
     * @param optimal the optimal design
     * @param admissible the admissible designs
     */
    public SimonDesigns {
        bySampleSize = List.copyOf(bySampleSize);
        admissible = List.copyOf(admissible);
    }
}
