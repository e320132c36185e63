package org.marrow.stats.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.marrow.stats.RReference;

class SimonTwoStageTest {

    /** Reads a fixture of this package: comment lines skipped, header then rows. */
    static List<Map<String, String>> fixture(String name) {
        return RReference.read(SimonTwoStageTest.class, name);
    }

    static Stream<Map<String, String>> clinfunOracle() {
        return fixture("simon-clinfun.csv").stream();
    }

    /** R prints EN0 and PET0 to 6 decimals; ours must round to the same. */
    private static double round6(double x) {
        return Math.round(x * 1e6) / 1e6;
    }

    // nmax 200: the oracle's largest optimal n is 116, and every row agrees for any nmax >= 150
    @ParameterizedTest
    @MethodSource("clinfunOracle")
    void everyClinfunDesignIsReproducedExactly(Map<String, String> row) {
        SimonDesigns designs = SimonTwoStage.search(
                        Double.parseDouble(row.get("p0")),
                        Double.parseDouble(row.get("p1")),
                        Double.parseDouble(row.get("alpha")),
                        Double.parseDouble(row.get("beta")),
                        200)
                .orElseThrow();
        SimonDesign d = row.get("design").equals("optimal") ? designs.optimal() : designs.minimax();
        assertThat(new int[] {d.r1(), d.n1(), d.r(), d.n()})
                .containsExactly(
                        Integer.parseInt(row.get("r1")),
                        Integer.parseInt(row.get("n1")),
                        Integer.parseInt(row.get("r")),
                        Integer.parseInt(row.get("n")));
        assertThat(round6(d.en0())).isCloseTo(Double.parseDouble(row.get("EN0")), within(1e-9));
        assertThat(round6(d.pet0())).isCloseTo(Double.parseDouble(row.get("PET0")), within(1e-9));
    }

    @Test
    void admissibleDesignsMatchTheRReimplementationOfTwostageAdmissible() {
        Map<String, List<Map<String, String>>> bySetting = new java.util.LinkedHashMap<>();
        for (Map<String, String> row : fixture("simon-admissible.csv")) {
            String key = row.get("p0") + "," + row.get("p1") + "," + row.get("alpha") + "," + row.get("beta") + ","
                    + row.get("nmax");
            bySetting.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        assertThat(bySetting).hasSize(6);
        bySetting.forEach((key, rows) -> {
            String[] s = key.split(",");
            var found = SimonTwoStage.search(
                    Double.parseDouble(s[0]),
                    Double.parseDouble(s[1]),
                    Double.parseDouble(s[2]),
                    Double.parseDouble(s[3]),
                    Integer.parseInt(s[4]));
            if (rows.get(0).get("role").equals("none")) {
                assertThat(found).as(key).isEmpty();
                return;
            }
            List<AdmissibleDesign> admissible = found.orElseThrow().admissible();
            assertThat(admissible).as(key).hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> want = rows.get(i);
                AdmissibleDesign got = admissible.get(i);
                SimonDesign d = got.design();
                assertThat(new int[] {d.r1(), d.n1(), d.r(), d.n()})
                        .as(key)
                        .containsExactly(
                                Integer.parseInt(want.get("r1")),
                                Integer.parseInt(want.get("n1")),
                                Integer.parseInt(want.get("r")),
                                Integer.parseInt(want.get("n")));
                assertRelative(d.en0(), want.get("EN0"));
                assertRelative(d.pet0(), want.get("PET0"));
                assertThat(got.qLow()).isEqualTo(Double.parseDouble(want.get("qLo")));
                assertThat(got.qHigh()).isEqualTo(Double.parseDouble(want.get("qHi")));
            }
        });
    }

    @Test
    void operatingCharacteristicsMatchExactBinomialSumsInR() {
        List<Map<String, String>> rows = fixture("simon-oc.csv");
        assertThat(rows).hasSize(14);
        for (Map<String, String> row : rows) {
            OperatingCharacteristics oc = SimonTwoStage.operatingCharacteristics(
                    Integer.parseInt(row.get("n1")),
                    Integer.parseInt(row.get("r1")),
                    Integer.parseInt(row.get("n")),
                    Integer.parseInt(row.get("r")),
                    Double.parseDouble(row.get("p0")),
                    Double.parseDouble(row.get("p1")));
            assertRelative(oc.typeIError(), row.get("alpha"));
            assertRelative(oc.power(), row.get("power"));
            assertRelative(oc.pet0(), row.get("pet0"));
            assertRelative(oc.en0(), row.get("en0"));
            assertRelative(oc.pet1(), row.get("pet1"));
            assertRelative(oc.en1(), row.get("en1"));
        }
    }

    private static void assertRelative(double actual, String expected) {
        double e = Double.parseDouble(expected);
        assertThat(Math.abs(actual - e)).as("%s vs %s", actual, expected).isLessThanOrEqualTo(1e-9 * Math.abs(e));
    }

    @Test
    void trialDocument000PublishedStageOneRuleDoesNotMeetItsOwnErrorRates() {
        // document 000: p0 0.45, p1 0.65, one-sided alpha 0.05, power 0.8, "optimal", n = 43,
        // halt if fewer than 9 responses in the first 22 (n1 = 22, r1 = 8)
        SimonDesign optimal =
                SimonTwoStage.search(0.45, 0.65, 0.05, 0.2, 100).orElseThrow().optimal();
        assertThat(new int[] {optimal.r1(), optimal.n1(), optimal.r(), optimal.n()})
                .containsExactly(7, 15, 24, 43);
        OperatingCharacteristics r24 = SimonTwoStage.operatingCharacteristics(22, 8, 43, 24, 0.45, 0.65);
        OperatingCharacteristics r25 = SimonTwoStage.operatingCharacteristics(22, 8, 43, 25, 0.45, 0.65);
        assertThat(r24.meetsAlpha(0.05)).isFalse(); // 0.0574
        assertThat(r25.meetsBeta(0.2)).isFalse(); // power 0.785
    }

    @Test
    void trialDocument002DesignIsTheOptimalDesignForP0HalfP1SevenTenths() {
        // document 002: 15 in stage 1, continue if >= 9 responses (r1 = 8), 43 in all, success if > 26
        SimonDesign optimal =
                SimonTwoStage.search(0.5, 0.7, 0.05, 0.2, 100).orElseThrow().optimal();
        assertThat(new int[] {optimal.r1(), optimal.n1(), optimal.r(), optimal.n()})
                .containsExactly(8, 15, 26, 43);
    }

    @Test
    void noDesignWithinNmaxIsEmpty() {
        // the minimax n for (0.1, 0.3, 0.05, 0.2) is 25 (clinfun oracle)
        assertThat(SimonTwoStage.search(0.1, 0.3, 0.05, 0.2, 24)).isEmpty();
        assertThat(SimonTwoStage.search(0.1, 0.3, 0.05, 0.2, 25)
                        .orElseThrow()
                        .minimax()
                        .n())
                .isEqualTo(25);
    }

    @Test
    void singleFeasibleSampleSizeIsMinimaxOptimalAndOnlyAdmissibleDesign() {
        SimonDesigns d = SimonTwoStage.search(0.1, 0.3, 0.05, 0.2, 25).orElseThrow();
        assertThat(d.bySampleSize()).hasSize(1);
        assertThat(d.optimal()).isEqualTo(d.minimax());
        assertThat(d.admissible()).containsExactly(new AdmissibleDesign(d.minimax(), 0.0, 1.0));
    }

    @ParameterizedTest
    @CsvSource({
        "43, 0.2, 54", // trial document 002: "Accounting for a 20% dropout rate ... 54 patients"
        "43, 0, 43",
        "7, 0.3, 10", // 7 / 0.7 = 10 exactly; in binary floating point it is 10.000000000000002
        "40, 0.2, 50",
        "41, 0.2, 52",
        "1, 0.99, 100",
    })
    void enrolmentIsInflatedForDropoutAndRoundedUp(int n, double dropout, int expected) {
        assertThat(SimonTwoStage.enrolment(n, dropout)).isEqualTo(expected);
    }

    @Test
    void badArgumentsNameTheValueAndTheExpectation() {
        assertThatThrownBy(() -> SimonTwoStage.search(0.5, 0.4, 0.05, 0.2, 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Response rate p1 (0.4) must be > p0 (0.5)");
        assertThatThrownBy(() -> SimonTwoStage.search(Double.NaN, 0.4, 0.05, 0.2, 100))
                .hasMessage("Response rate p0 (NaN) must be in (0, 1)");
        assertThatThrownBy(() -> SimonTwoStage.search(0.2, 1.0, 0.05, 0.2, 100))
                .hasMessage("Response rate p1 (1.0) must be in (0, 1)");
        assertThatThrownBy(() -> SimonTwoStage.search(0.2, 0.4, 0, 0.2, 100))
                .hasMessage("Type I error alpha (0.0) must be in (0, 1)");
        assertThatThrownBy(() -> SimonTwoStage.search(0.2, 0.4, 0.05, Double.NaN, 100))
                .hasMessage("Type II error beta (NaN) must be in (0, 1)");
        assertThatThrownBy(() -> SimonTwoStage.search(0.2, 0.4, 0.05, 0.2, 1001))
                .hasMessage("Maximum sample size nmax (1001) must be in 2..1000");
        assertThatThrownBy(() -> SimonTwoStage.search(0.2, 0.4, 0.05, 0.2, 1))
                .hasMessage("Maximum sample size nmax (1) must be in 2..1000");
        assertThatThrownBy(() -> SimonTwoStage.operatingCharacteristics(22, 22, 43, 24, 0.45, 0.65))
                .hasMessage("Stage-1 bound r1 (22) must be in -1..n1-1 (n1 = 22)");
        assertThatThrownBy(() -> SimonTwoStage.operatingCharacteristics(0, 0, 43, 24, 0.45, 0.65))
                .hasMessage("Stage-1 sample size n1 (0) must be >= 1");
        assertThatThrownBy(() -> SimonTwoStage.operatingCharacteristics(22, 8, 22, 24, 0.45, 0.65))
                .hasMessage("Total sample size n (22) must be > n1 (22)");
        assertThatThrownBy(() -> SimonTwoStage.operatingCharacteristics(22, 8, 43, 7, 0.45, 0.65))
                .hasMessage("Final bound r (7) must be in r1..n-1 (r1 = 8, n = 43)");
        assertThatThrownBy(() -> SimonTwoStage.operatingCharacteristics(22, 8, 43, 43, 0.45, 0.65))
                .hasMessage("Final bound r (43) must be in r1..n-1 (r1 = 8, n = 43)");
        assertThatThrownBy(() -> SimonTwoStage.enrolment(43, 1.0))
                .hasMessage("Dropout fraction (1.0) must be in [0, 1)");
        assertThatThrownBy(() -> SimonTwoStage.enrolment(43, Double.NaN))
                .hasMessage("Dropout fraction (NaN) must be in [0, 1)");
        assertThatThrownBy(() -> SimonTwoStage.enrolment(0, 0.2)).hasMessage("Sample size n (0) must be >= 1");
    }

    @Test
    void meetsUsesPh2simonsStrictInequalities() {
        // 1 - 0.75 is exactly 0.25 in binary floating point, so the type II error equals beta
        OperatingCharacteristics oc = new OperatingCharacteristics(0.05, 0.75, 0.5, 30, 0.1, 40);
        assertThat(oc.meetsAlpha(0.05)).isFalse();
        assertThat(oc.meetsAlpha(0.0500001)).isTrue();
        assertThat(oc.meetsBeta(0.25)).isFalse();
        assertThat(oc.meetsBeta(0.2500001)).isTrue();
    }
}
