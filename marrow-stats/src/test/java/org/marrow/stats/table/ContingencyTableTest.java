package org.marrow.stats.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marrow.stats.table.RFixture.assertClose;
import static org.marrow.stats.table.RFixture.number;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ContingencyTableTest {
    private static final double TOLERANCE = 1e-9;

    /** Fixture tables that R's FEXACT solves but that need more than FisherTest.MAX_TABLES steps here. */
    private static final Set<String> BEYOND_THE_ENUMERATION_LIMIT =
            Set.of("1 5 2 0 5;6 3 1 4 1;2 3 3 4 6;2 5 3 2 5;0 2 2 2 3", "3 5 2 6 1;7 6 4 0 3;2 2 2 0 7;0 3 5 3 1");

    /** Expected values: rxc.csv, from R chisq.test(correct = FALSE) and fisher.test. */
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "rxc.csv", useHeadersInDisplayName = true)
    void chiSquareAndFisherMatchR(
            String counts, String chisq, int df, String chisqP, String fisherP, boolean warn, String expected) {
        ContingencyTable t = RFixture.table(counts);
        ChiSquareResult r = ChiSquareTest.PEARSON.test(t);
        assertClose("chisq", r.statistic(), number(chisq), TOLERANCE);
        assertClose("chisq p", r.p(), number(chisqP), TOLERANCE);
        assertThat(r.degreesOfFreedom()).isEqualTo(df);
        assertThat(r.smallExpectedCount()).isEqualTo(warn);
        double[][] e = RFixture.matrix(expected);
        for (int i = 0; i < t.rows(); i++) {
            for (int j = 0; j < t.columns(); j++) {
                assertClose("expected", r.expected()[i][j], e[i][j], TOLERANCE);
            }
        }
        if (BEYOND_THE_ENUMERATION_LIMIT.contains(counts)) {
            assertThatThrownBy(() -> FisherTest.pValue(t))
                    .hasMessageContaining("needs more than 10000000 enumeration steps");
        } else {
            assertClose("fisher p", FisherTest.pValue(t), number(fisherP), TOLERANCE);
        }
    }

    @Test
    void enumerationAgreesWithTheTwoByTwoTest() {
        // The r x c enumeration on 2x2 tables against Commons Statistics' 2x2 test.
        int[][][] tables = {
            {{4, 9}, {24, 6}}, {{5, 5}, {5, 5}}, {{0, 10}, {5, 7}}, {{1, 2}, {1, 3}}, {{30, 13}, {28, 15}}
        };
        for (int[][] counts : tables) {
            ContingencyTable t = ContingencyTable.of(counts);
            assertClose(t.toString(), TableEnumeration.pValue(t, FisherTest.MAX_TABLES), FisherTest.pValue(t), 1e-12);
        }
    }

    @Test
    void yatesIsNotAppliedBeyondTwoByTwoAsInR() {
        ContingencyTable t = ContingencyTable.of(new int[][] {{3, 4, 5}, {6, 7, 8}});
        assertThat(ChiSquareTest.YATES.test(t)).usingRecursiveComparison().isEqualTo(ChiSquareTest.PEARSON.test(t));
    }

    @Test
    void refusesAnEnumerationThatWouldBeTooLarge() {
        // R's FEXACT needs fisher.test(workspace = 2e8) for this one.
        ContingencyTable t = ContingencyTable.of(new int[][] {{25, 18, 30, 22}, {31, 17, 20, 28}, {15, 24, 27, 19}});
        assertThatThrownBy(() -> FisherTest.pValue(t))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Fisher's exact test on a 3x4 table with total 276 needs more than 4000000"
                        + " partial tables in memory, the limit; use the chi-square test for a table this large");
    }

    @Test
    void refusesATotalOverTheEnumerationLimit() {
        ContingencyTable t = ContingencyTable.of(new int[][] {{50000, 1, 0}, {50000, 0, 1}});
        assertThatThrownBy(() -> FisherTest.pValue(t))
                .hasMessage("Fisher's exact test on a 2x3 table with total 100002: the total must be <= 100000"
                        + " for exact enumeration; use the chi-square test");
    }

    @Test
    void rejectsMalformedTables() {
        assertThatThrownBy(() -> ContingencyTable.of(new int[][] {{1, 2}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Table has 1 rows, expected at least 2 rows and 2 columns");
        assertThatThrownBy(() -> ContingencyTable.of(new int[][] {{1}, {2}}))
                .hasMessage("Table has 1 columns, expected at least 2 rows and 2 columns");
        assertThatThrownBy(() -> ContingencyTable.of(new int[][] {{1, 2}, {3}}))
                .hasMessage("Table row 2 has 1 counts, expected 2 as in row 1");
        assertThatThrownBy(() -> ContingencyTable.of(new int[][] {{1, 2}, {3, -4}}))
                .hasMessage("Table count at row 2, column 2 (-4) must be >= 0");
        assertThatThrownBy(() -> ContingencyTable.of(new int[][] {{0, 0}, {0, 0}}))
                .hasMessage("Table total is 0, expected at least one count > 0");
    }

    @Test
    void keepsItsCountsAndMargins() {
        int[][] counts = {{4, 9}, {24, 6}};
        ContingencyTable t = ContingencyTable.of(counts);
        counts[0][0] = 99;
        assertThat(t.count(0, 0)).isEqualTo(4);
        assertThat(t.rowTotal(1)).isEqualTo(30);
        assertThat(t.columnTotal(0)).isEqualTo(28);
        assertThat(t.total()).isEqualTo(43);
        assertThat(t).hasToString("4 9;24 6").isEqualTo(ContingencyTable.of(new int[][] {{4, 9}, {24, 6}}));
    }
}
