package org.marrow.stats.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marrow.stats.table.RFixture.assertClose;
import static org.marrow.stats.table.RFixture.number;
import static org.marrow.stats.table.RFixture.table;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The linear-by-linear association test against R (src/test/r/association.R). */
class LinearByLinearTestTest {
    private static final double TOL = 1e-9;

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "linear_by_linear.csv", numLinesToSkip = 4)
    void matchesR(String counts, String statistic, String p, String pearsonScaled) {
        LinearByLinearResult r = LinearByLinearTest.test(table(counts));
        assertClose("statistic", r.statistic(), number(statistic), TOL);
        assertClose("p", r.p(), number(p), TOL);
        if (!Double.isNaN(number(pearsonScaled))) {
            ContingencyTable t = table(counts);
            double n = t.total();
            assertClose(
                    "(N - 1) / N Pearson",
                    r.statistic(),
                    (n - 1) / n * ChiSquareTest.PEARSON.test(t).statistic(),
                    TOL);
        }
    }

    @Test
    void document001sPrintedPValuesAreLinearByLinear() {
        // Document 001 l.55-62: OR at 3 months 15/32 vs 36/96 "P = 0.350"; CR at 6 months 11/32 vs 14/96 "P = 0.015".
        assertThat(String.format(
                        "%.3f",
                        LinearByLinearTest.test(ContingencyTable.of(new int[][] {{15, 17}, {36, 60}}))
                                .p()))
                .isEqualTo("0.350");
        assertThat(String.format(
                        "%.3f",
                        LinearByLinearTest.test(ContingencyTable.of(new int[][] {{11, 21}, {14, 82}}))
                                .p()))
                .isEqualTo("0.015");
    }

    @Test
    void aNullTableIsRefused() {
        assertThatThrownBy(() -> LinearByLinearTest.test(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
