package org.marrow.stats.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NearestNeighbourMatchingTest {

    private static Subject person(String id, String sex, double age) {
        return new Subject(id, Map.of("sex", sex), Map.of("age", age));
    }

    private static Subject aged(String id, double age) {
        return new Subject(id, Map.of(), Map.of("age", age));
    }

    private static List<String> ids(CaseMatch m) {
        return m.controls().stream().map(c -> c.control().id()).toList();
    }

    @Test
    void hardestCaseChoosesFirstSoBothCasesAreMatched() {
        // Hand-worked: caliper 5. Control c1 (42) is 2 years from both A (40) and B (44); c2 (36) is
        // eligible only for A (4 years). In input order A would take c1 (0.4 < 0.8) and leave B with
        // nothing; B has 1 eligible control against A's 2, so B chooses first: B-c1 (2/5), A-c2 (4/5).
        MatchResult r = NearestNeighbourMatching.oneTo(1)
                .withCaliper("age", 5)
                .match(List.of(aged("A", 40), aged("B", 44)), List.of(aged("c1", 42), aged("c2", 36)));
        assertThat(ids(r.cases().get(0))).containsExactly("c2");
        assertThat(r.cases().get(0).controls().get(0).distance()).isEqualTo(0.8);
        assertThat(ids(r.cases().get(1))).containsExactly("c1");
        assertThat(r.cases().get(1).controls().get(0).distance()).isEqualTo(0.4);
        assertThat(r.shortfalls()).isEmpty();
    }

    @Test
    void everyCaseGetsOneControlBeforeAnyGetsASecond() {
        // Hand-worked, 1:2, caliper 10. A (50) is eligible for c1 (51), c2 (52), c3 (58); B (45) for c1
        // (6 away), c2 (7 away). Round 1: B (2 available) before A (3): B-c1, A-c2. Round 2: B has no
        // control left, A takes c3. Taking two at once in input order would leave B with nothing.
        MatchResult r = NearestNeighbourMatching.oneTo(2)
                .withCaliper("age", 10)
                .match(List.of(aged("A", 50), aged("B", 45)), List.of(aged("c1", 51), aged("c2", 52), aged("c3", 58)));
        assertThat(ids(r.cases().get(0))).containsExactly("c2", "c3");
        assertThat(r.cases().get(0).controls())
                .extracting(MatchedControl::round)
                .containsExactly(1, 2);
        assertThat(ids(r.cases().get(1))).containsExactly("c1");
        assertThat(r.cases().get(1).shortfall()).isEqualTo(Shortfall.ELIGIBLE_CONTROLS_TAKEN);
        assertThat(r.cases().get(1).reason())
                .isEqualTo("2 eligible controls (age within 10 of 45); 1 was matched to another case first");
    }

    @Test
    void exactKeysMustBeEqual() {
        // The male control is the same age as the female case but must not be used; the female control
        // 3 years away is.
        MatchResult r = NearestNeighbourMatching.oneTo(1)
                .withExact("sex")
                .withCaliper("age", 5)
                .match(List.of(person("A", "F", 40)), List.of(person("m", "M", 40), person("f", "F", 43)));
        assertThat(ids(r.cases().get(0))).containsExactly("f");
        assertThat(r.cases().get(0).eligibleControls()).isEqualTo(1);

        MatchResult none = NearestNeighbourMatching.oneTo(1)
                .withExact("sex")
                .match(List.of(person("A", "F", 40)), List.of(person("m", "M", 40)));
        assertThat(none.cases().get(0).shortfall()).isEqualTo(Shortfall.NO_ELIGIBLE_CONTROL);
        assertThat(none.cases().get(0).reason()).isEqualTo("no control has sex=F");
    }

    @ParameterizedTest(name = "case {0} vs control {1}, caliper {2}: inside={3}")
    @CsvSource({
        "40, 45, 5, true", // difference equal to the caliper is inside
        "40, 35, 5, true",
        "40, 45.000001, 5, false",
        "40, 34.999999, 5, false",
        "1.1, 1.6, 0.5, true", // 0.5000000000000001 in binary, on the boundary as written
        "1.1, 1.6000001, 0.5, false",
        "0.3, 0.1, 0.2, true", // 0.19999999999999998
        "1000000.1, 1000001.1, 1, true"
    })
    void caliperBoundaryIsInside(double caseAge, double controlAge, double caliper, boolean inside) {
        MatchResult r = NearestNeighbourMatching.oneTo(1)
                .withCaliper("age", caliper)
                .match(List.of(aged("A", caseAge)), List.of(aged("c", controlAge)));
        assertThat(r.cases().get(0).controls()).hasSize(inside ? 1 : 0);
    }

    @Test
    void aControlIsUsedOnce() {
        // Two identical cases, one control: the first case (tie on available count, input order) gets it.
        MatchResult r = NearestNeighbourMatching.oneTo(1)
                .withCaliper("age", 5)
                .match(List.of(aged("A", 40), aged("B", 40)), List.of(aged("c", 41)));
        assertThat(ids(r.cases().get(0))).containsExactly("c");
        assertThat(r.cases().get(1).controls()).isEmpty();
        assertThat(r.cases().get(1).shortfall()).isEqualTo(Shortfall.ELIGIBLE_CONTROLS_TAKEN);
        assertThat(r.cases().get(1).reason())
                .isEqualTo("1 eligible control (age within 5 of 40); 1 was matched to another case first");
        assertThat(r.matchedControlCount()).isEqualTo(1);
    }

    @Test
    void fewerEligibleThanTheRatioIsReported() {
        MatchResult r = NearestNeighbourMatching.oneTo(3)
                .withExact("sex")
                .withCaliper("age", 5)
                .match(List.of(person("A", "M", 44)), List.of(person("c1", "M", 41), person("c2", "M", 49.5)));
        CaseMatch a = r.cases().get(0);
        assertThat(a.shortfall()).isEqualTo(Shortfall.TOO_FEW_ELIGIBLE_CONTROLS);
        assertThat(a.reason()).isEqualTo("1 eligible control (sex=M, age within 5 of 44), fewer than the ratio 3");
        assertThat(ids(a)).containsExactly("c1");
    }

    @Test
    void equalDistancesGoToTheEarlierControl() {
        MatchResult r = NearestNeighbourMatching.oneTo(2)
                .withCaliper("age", 5)
                .match(List.of(aged("A", 40)), List.of(aged("far", 44), aged("c1", 42), aged("c2", 38)));
        assertThat(ids(r.cases().get(0))).containsExactly("c1", "c2");
    }

    @Test
    void distanceSumsDifferencesInCalipers() {
        // |44-40|/5 + |60-70|/20 = 0.8 + 0.5 = 1.3.
        Subject aCase = new Subject("A", Map.of(), Map.of("age", 44.0, "hb", 60.0));
        Subject control = new Subject("c", Map.of(), Map.of("age", 40.0, "hb", 70.0));
        MatchResult r = NearestNeighbourMatching.oneTo(1)
                .withCaliper("age", 5)
                .withCaliper("hb", 20)
                .match(List.of(aCase), List.of(control));
        assertThat(r.cases().get(0).controls().get(0).distance()).isCloseTo(1.3, within(1e-15));
    }

    @Test
    void balanceCountsLevelsAndStandardizesMeanDifferences() {
        // Hand-worked: cases F40, M50; matched F42, M47 (M80 is out of caliper and stays in the pool).
        // Ages: cases mean 45, sd sqrt(50); matched mean 44.5, sd sqrt(12.5);
        // SMD = 0.5 / sqrt((50 + 12.5) / 2) = 0.5 / sqrt(31.25) = 0.0894427190999916.
        MatchResult r = NearestNeighbourMatching.oneTo(1)
                .withExact("sex")
                .withCaliper("age", 5)
                .match(
                        List.of(person("A", "F", 40), person("B", "M", 50)),
                        List.of(person("c1", "F", 42), person("c2", "M", 47), person("c3", "M", 80)));
        NumericBalance age = r.numericBalance().get(0);
        assertThat(age.cases().mean()).isEqualTo(45);
        assertThat(age.matchedControls().mean()).isEqualTo(44.5);
        assertThat(age.matchedControls().median()).isEqualTo(44.5);
        assertThat(age.allControls().n()).isEqualTo(3);
        assertThat(age.smd()).isCloseTo(0.0894427190999916, within(1e-15));
        CategoricalBalance sex = r.categoricalBalance().get(0);
        assertThat(sex.levels())
                .containsExactly(
                        new CategoricalBalance.LevelCount("F", 1, 1, 1),
                        new CategoricalBalance.LevelCount("M", 1, 1, 2));
    }

    @Test
    void invalidArgumentsAreNamed() {
        assertThatThrownBy(() -> NearestNeighbourMatching.oneTo(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Matching ratio k (0) must be >= 1 control per case");
        assertThatThrownBy(() -> NearestNeighbourMatching.oneTo(1).withCaliper("age", 0))
                .hasMessage("Caliper for key 'age' (0.0) must be a finite number > 0");
        assertThatThrownBy(() -> NearestNeighbourMatching.oneTo(1).withCaliper("age", -1))
                .hasMessage("Caliper for key 'age' (-1.0) must be a finite number > 0");
        assertThatThrownBy(() -> NearestNeighbourMatching.oneTo(1).withCaliper("age", Double.NaN))
                .hasMessage("Caliper for key 'age' (NaN) must be a finite number > 0");
        assertThatThrownBy(
                        () -> NearestNeighbourMatching.oneTo(1).withExact("sex").withCaliper("sex", 1))
                .hasMessage("Matching key 'sex' is given twice; each key is used once");
        NearestNeighbourMatching m =
                NearestNeighbourMatching.oneTo(1).withExact("sex").withCaliper("age", 5);
        assertThatThrownBy(() -> NearestNeighbourMatching.oneTo(1).match(List.of(aged("A", 1)), List.of()))
                .hasMessage("At least one exact key or caliper key is required to match on");
        assertThatThrownBy(() -> m.match(List.of(), List.of())).hasMessage("Number of cases (0) must be at least 1");
        assertThatThrownBy(() -> m.match(List.of(aged("A", 40)), List.of(aged("c", 40))))
                .hasMessage("Unknown exact key 'sex': no case or control has a category of that name");
        assertThatThrownBy(() -> NearestNeighbourMatching.oneTo(1)
                        .withCaliper("weight", 5)
                        .match(List.of(aged("A", 40)), List.of()))
                .hasMessage("Unknown caliper key 'weight': no case or control has a measure of that name");
        assertThatThrownBy(() -> m.match(List.of(person("A", "F", 40)), List.of(aged("c", 40))))
                .hasMessage("Control 'c' has no value for exact key 'sex'");
        Map<String, Double> nanAge = new HashMap<>();
        nanAge.put("age", Double.NaN);
        assertThatThrownBy(() -> m.match(List.of(new Subject("A", Map.of("sex", "F"), nanAge)), List.of()))
                .hasMessage("Case 'A' has no value for caliper key 'age' (NaN); expected a finite number");
        assertThatThrownBy(() -> m.match(List.of(person("A", "F", 40), person("A", "M", 41)), List.of()))
                .hasMessage("Case id 'A' occurs twice; ids must be unique");
    }
}
