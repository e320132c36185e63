package org.marrow.stats.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pruned search against a literal transcription of ph2simon's exhaustive Fortran loop (every
 * n, n1, r1 and r, same accumulation order, same tables): the rows must be identical.
 */
class SimonSearchTest {

    @ParameterizedTest
    @CsvSource({
        "0.2, 0.3, 0.05, 0.1, 120",
        "0.05, 0.25, 0.05, 0.2, 60",
        "0.01, 0.05, 0.05, 0.2, 120",
        "0.45, 0.65, 0.05, 0.2, 80",
        "0.5, 0.7, 0.05, 0.2, 80",
        "0.7, 0.9, 0.1, 0.2, 60",
        "0.9, 0.95, 0.1, 0.2, 120",
        "0.3, 0.5, 0.01, 0.01, 120",
        "0.1, 0.3, 0.2, 0.3, 40",
        "0.4, 0.6, 0.5, 0.5, 30",
        "0.2, 0.4, 0.1, 0.1, 2",
        "0.2, 0.4, 0.1, 0.1, 10",
        "0.05, 0.95, 0.05, 0.05, 12",
    })
    void prunedSearchKeepsExactlyTheDesignsOfTheExhaustiveSearch(
            double p0, double p1, double alpha, double beta, int nmax) {
        List<SimonDesign> expected = exhaustive(p0, p1, alpha, beta, nmax);
        assertThat(SimonSearch.bestBySampleSize(p0, p1, alpha, beta, nmax)).isEqualTo(expected);
    }

    /** ph2simon's f2bdry, loop for loop (r1 and r as in the design, not shifted by one). */
    static List<SimonDesign> exhaustive(double p0, double p1, double alpha, double beta, int nmax) {
        BinomialTables h0 = new BinomialTables(p0, nmax, true);
        BinomialTables h1 = new BinomialTables(p1, nmax, false);
        List<SimonDesign> rows = new ArrayList<>();
        for (int n = 2; n <= nmax; n++) {
            double bestEn = n;
            SimonDesign best = null;
            for (int n1 = 1; n1 <= n - 1; n1++) {
                int n2 = n - n1;
                double[] b0 = new double[n + 1];
                double[] b1 = new double[n + 1];
                double pet = 1.0;
                for (int x1 = n1; x1 >= 0; x1--) {
                    pet -= h0.pmf[n1][x1];
                    for (int s = n2 + x1; s >= x1; s--) {
                        b0[s] += h0.pmf[n1][x1] * h0.upper[n2][s - x1];
                        b1[s] += h1.pmf[n1][x1] * h1.upper[n2][s - x1];
                        if (b0[s] < alpha && 1 - b1[s] < beta) {
                            double en = n1 + (1.0 - pet) * n2;
                            if (en < bestEn) {
                                bestEn = en;
                                best = new SimonDesign(x1 - 1, n1, s - 1, n, en, pet);
                            }
                        }
                    }
                    for (int s = 0; s < x1; s++) {
                        b0[s] = b0[x1];
                        b1[s] = b1[x1];
                    }
                }
            }
            if (best != null) {
                rows.add(best);
            }
        }
        return rows;
    }
}
