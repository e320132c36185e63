package org.marrow.stats.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marrow.stats.table.RFixture.assertClose;
import static org.marrow.stats.table.RFixture.number;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class TwoByTwoTest {
    private static final double TOLERANCE = 1e-9;

    /** Expected values: two_by_two.csv, from R fisher.test and chisq.test. */
    @ParameterizedTest(name = "{0}/{1} vs {2}/{3}")
    @CsvFileSource(resources = "two_by_two.csv", useHeadersInDisplayName = true)
    void testsMatchR(
            int a,
            int aTotal,
            int b,
            int bTotal,
            String fisherP,
            String chisq,
            String chisqP,
            String yates,
            String yatesP,
            int df,
            boolean warn,
            String expected) {
        ProportionComparison c = ProportionComparison.of(a, aTotal, b, bTotal);
        assertClose("fisher p", c.fisherP(), number(fisherP), TOLERANCE);
        assertClose("chisq", c.pearson().statistic(), number(chisq), TOLERANCE);
        assertClose("chisq p", c.pearson().p(), number(chisqP), TOLERANCE);
        assertClose("yates", c.yates().statistic(), number(yates), TOLERANCE);
        assertClose("yates p", c.yates().p(), number(yatesP), TOLERANCE);
        assertThat(c.pearson().degreesOfFreedom()).isEqualTo(df);
        assertThat(c.pearson().smallExpectedCount()).isEqualTo(warn);
        double[][] e = RFixture.matrix(expected);
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertClose("expected", c.pearson().expected()[i][j], e[i][j], TOLERANCE);
            }
        }
    }

    /** Expected values: fisher_odds_ratio.csv, from R fisher.test estimate and conf.int. */
    @ParameterizedTest(name = "{0}/{1} vs {2}/{3} at {4}")
    @CsvFileSource(resources = "fisher_odds_ratio.csv", useHeadersInDisplayName = true)
    void conditionalOddsRatioMatchesR(
            int a, int aTotal, int b, int bTotal, double conf, String estimate, String lower, String upper) {
        ContingencyTable t = ContingencyTable.of(new int[][] {{a, aTotal - a}, {b, bTotal - b}});
        OddsRatioEstimate or = FisherTest.oddsRatio(t, conf);
        assertClose("odds ratio", or.estimate(), number(estimate), TOLERANCE);
        assertClose("lower", or.lower(), number(lower), TOLERANCE);
        assertClose("upper", or.upper(), number(upper), TOLERANCE);
    }

    @Test
    void vsaaVersusSaaResponseOfTrial000MatchesThePaper() {
        // Document 000: 3-month ORR 30.8% (4/13) in VSAA vs 80.0% (24/30) in SAA, p = 0.0041 (Fisher).
        assertThat(ProportionComparison.of(4, 13, 24, 30).fisherP()).isBetween(0.00405, 0.00415);
    }

    @Test
    void yatesCorrectionIsCappedByTheSmallestDeviation() {
        // 5/10 vs 5/10: every |O - E| is 0, so R's min(0.5, |O - E|) is 0 and the statistic stays 0.
        ChiSquareResult r = ChiSquareTest.YATES.test(ContingencyTable.of(new int[][] {{5, 5}, {5, 5}}));
        assertThat(r.continuityCorrection()).isZero();
        assertThat(r.statistic()).isZero();
        assertThat(r.p()).isEqualTo(1.0);
    }

    @Test
    void zeroMarginGivesNaNChiSquareAsRButAFisherPOfOne() {
        ProportionComparison c = ProportionComparison.of(0, 10, 0, 12);
        assertThat(c.pearson().statistic()).isNaN();
        assertThat(c.pearson().p()).isNaN();
        assertThat(c.fisherP()).isEqualTo(1.0);
    }

    @Test
    void rejectsImpossibleGroups() {
        assertThatThrownBy(() -> ProportionComparison.of(14, 13, 24, 30))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Events in group A (14) must be between 0 and the group size (13)");
        assertThatThrownBy(() -> ProportionComparison.of(4, 13, -1, 30))
                .hasMessage("Events in group B (-1) must be between 0 and the group size (30)");
        assertThatThrownBy(() -> ProportionComparison.of(0, 0, 1, 3)).hasMessage("Size of group A (0) must be >= 1");
    }

    @Test
    void oddsRatioNeedsATwoByTwoTableAndAValidLevel() {
        ContingencyTable t = ContingencyTable.of(new int[][] {{1, 2, 3}, {4, 5, 6}});
        assertThatThrownBy(() -> FisherTest.oddsRatio(t, 0.95))
                .hasMessage("The odds ratio needs a 2x2 table, this table is 2x3");
        ContingencyTable t2 = ContingencyTable.of(new int[][] {{1, 2}, {4, 5}});
        assertThatThrownBy(() -> FisherTest.oddsRatio(t2, Double.NaN))
                .hasMessage("Confidence level (NaN) must be strictly between 0 and 1");
    }
}
