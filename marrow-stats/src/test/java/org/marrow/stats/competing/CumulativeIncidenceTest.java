package org.marrow.stats.competing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reference values: src/test/resources/org/marrow/stats/competing/*.csv, produced by
 * marrow-stats/src/test/r/competing.R with R 4.2.2 and cmprsk 2.2.11 (tolerance 1e-9 relative).
 */
class CumulativeIncidenceTest {
    private static final double TOLERANCE = 1e-9;
    private static final Map<String, Fixture.Data> DATA = Fixture.datasets();

    private static CumulativeIncidenceFit fit(String dataset, double rho) {
        Fixture.Data d = DATA.get(dataset);
        CumulativeIncidence analysis = CumulativeIncidence.withDefaults().withRho(rho);
        return d.singleGroup()
                ? analysis.analyse(d.time(), d.status())
                : analysis.analyse(d.time(), d.status(), d.group());
    }

    static Stream<Arguments> curves() {
        Map<String, List<Fixture.Row>> byCurve = new LinkedHashMap<>();
        for (Fixture.Row r : Fixture.read("cuminc-curves.csv")) {
            byCurve.computeIfAbsent(
                            r.text("dataset") + " " + r.text("cause") + " " + r.text("group"), k -> new ArrayList<>())
                    .add(r);
        }
        return byCurve.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("curves")
    void stepFunctionAndVarianceMatchCuminc(String name, List<Fixture.Row> rows) {
        Fixture.Row first = rows.get(0);
        String group = first.text("group");
        Fixture.Data d = DATA.get(first.text("dataset"));
        CumulativeIncidenceCurve curve =
                fit(first.text("dataset"), 0).curve(first.integer("cause"), d.singleGroup() ? "all" : group);
        // cuminc's vectors list every corner of the step function: (0, 0), then each jump time twice
        // (value before and after the jump), then the last follow-up time.
        double[] t = curve.eventTimes();
        double[] est = curve.estimates();
        double[] var = curve.variances();
        assertThat(rows).hasSize(2 * t.length + 2);
        List<double[]> corners = new ArrayList<>();
        corners.add(new double[] {0, 0, 0});
        for (int i = 0; i < t.length; i++) {
            corners.add(new double[] {t[i], i == 0 ? 0 : est[i - 1], i == 0 ? 0 : var[i - 1]});
            corners.add(new double[] {t[i], est[i], var[i]});
        }
        corners.add(new double[] {
            curve.lastTime(), t.length == 0 ? 0 : est[t.length - 1], t.length == 0 ? 0 : var[t.length - 1]
        });
        for (int i = 0; i < rows.size(); i++) {
            Fixture.Row r = rows.get(i);
            assertClose(corners.get(i)[0], r.number("time"), name + " time[" + i + "]");
            assertClose(corners.get(i)[1], r.number("est"), name + " est[" + i + "]");
            assertClose(corners.get(i)[2], r.number("var"), name + " var[" + i + "]");
        }
        assertThat(curve.events()).isEqualTo(countEvents(d, first.integer("cause"), d.singleGroup() ? null : group));
    }

    static Stream<Arguments> timepoints() {
        return Fixture.read("cuminc-timepoints.csv").stream()
                .map(r -> Arguments.of(
                        r.text("dataset") + " cause " + r.text("cause") + " " + r.text("group") + " t="
                                + r.text("time"),
                        r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timepoints")
    void valuesAtTimesMatchTimepoints(String name, Fixture.Row r) {
        Fixture.Data d = DATA.get(r.text("dataset"));
        CumulativeIncidenceCurve curve =
                fit(r.text("dataset"), 0).curve(r.integer("cause"), d.singleGroup() ? "all" : r.text("group"));
        CumulativeIncidencePoint p = curve.at(r.number("time"));
        assertClose(p.estimate(), r.number("est"), name + " est");
        assertClose(p.variance(), r.number("var"), name + " var");
        assertClose(p.lower(), r.number("lower"), name + " lower");
        assertClose(p.upper(), r.number("upper"), name + " upper");
        assertClose(curve.estimate(r.number("time")), r.number("est"), name + " estimate()");
        assertClose(curve.variance(r.number("time")), r.number("var"), name + " variance()");
    }

    static Stream<Arguments> grayTests() {
        return Fixture.read("gray-tests.csv").stream()
                .map(r -> Arguments.of(r.text("dataset") + " rho=" + r.text("rho") + " cause " + r.text("cause"), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grayTests")
    void grayTestMatchesCumincTests(String name, Fixture.Row r) {
        GrayTest test = fit(r.text("dataset"), r.number("rho"))
                .grayTest(r.integer("cause"))
                .orElseThrow();
        assertThat(test.degreesOfFreedom()).isEqualTo(r.integer("df"));
        assertThat(test.rho()).isEqualTo(r.number("rho"));
        if (r.number("stat") == -1) {
            // cmprsk's code for a singular score variance.
            assertThat(test.singular()).isTrue();
            assertThat(test.pValue()).isNaN();
        } else {
            assertThat(test.singular()).isFalse();
            assertClose(test.statistic(), r.number("stat"), name + " stat");
            assertClose(test.pValue(), r.number("pv"), name + " p");
        }
    }

    @Test
    void singleGroupHasNoTestAndIsNamedAll() {
        CumulativeIncidenceFit fit = fit("single_group", 0);
        assertThat(fit.groups()).containsExactly("all");
        assertThat(fit.causes()).containsExactly(1, 3);
        assertThat(fit.grayTest(1)).isEmpty();
    }

    @Test
    void causesAreThoseWithEventsAndGroupsAreSorted() {
        CumulativeIncidenceFit fit = fit("three_groups", 0);
        assertThat(fit.causes()).containsExactly(1, 2, 3);
        assertThat(fit.groups()).containsExactly("NSAA", "SAA", "VSAA");
        assertThat(fit.curves(1)).extracting(CumulativeIncidenceCurve::subjects).containsExactly(14, 16, 12);
    }

    @Test
    void causeWithoutEventsInAGroupStaysAtZero() {
        // Fixture cause_missing_in_group: cause 2 (HSCT) happens only in group A.
        CumulativeIncidenceCurve b = fit("cause_missing_in_group", 0).curve(2, "B");
        assertThat(b.events()).isZero();
        assertThat(b.eventTimes()).isEmpty();
        assertThat(b.estimate(b.lastTime())).isZero();
        assertThat(b.estimate(Math.nextUp(b.lastTime()))).isNaN();
    }

    @Test
    void numericGroupLabelsAreOrderedAsNumbers() {
        CumulativeIncidenceFit fit = CumulativeIncidence.withDefaults()
                .analyse(new double[] {1, 2, 3, 4}, new int[] {1, 1, 0, 1}, new String[] {"10", "9", "10", "9"});
        assertThat(fit.groups()).containsExactly("9", "10");
    }

    @Test
    void withRhoChangesOnlyTheTest() {
        CumulativeIncidenceFit rho0 = fit("realistic", 0);
        CumulativeIncidenceFit rho1 = fit("realistic", 1);
        assertThat(rho1.curve(1, "A").estimates()).isEqualTo(rho0.curve(1, "A").estimates());
        assertThat(rho1.grayTest(1).orElseThrow().statistic())
                .isNotEqualTo(rho0.grayTest(1).orElseThrow().statistic());
    }

    @Test
    void confidenceLevelWidensTheInterval() {
        CumulativeIncidenceCurve curve = fit("realistic", 0).curve(1, "A");
        CumulativeIncidencePoint p95 = curve.at(90);
        CumulativeIncidencePoint p99 = curve.at(90, 0.99);
        assertThat(p99.lower()).isLessThan(p95.lower());
        assertThat(p99.upper()).isGreaterThan(p95.upper());
        assertThat(p95.standardError()).isCloseTo(Math.sqrt(p95.variance()), within(0.0));
    }

    @Test
    void negativeTimeIsRefusedWithTheValue() {
        assertThatThrownBy(() -> CumulativeIncidence.withDefaults()
                        .analyse(new double[] {1, -2}, new int[] {1, 0}, new String[] {"A", "B"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Time at index 1 (-2.0) must be a finite number >= 0");
    }

    @Test
    void nonFiniteTimesAreRefused() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThatThrownBy(() -> CumulativeIncidence.withDefaults().analyse(new double[] {bad}, new int[] {1}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("(" + bad + ")");
        }
    }

    @Test
    void negativeStatusIsRefused() {
        assertThatThrownBy(() -> CumulativeIncidence.withDefaults().analyse(new double[] {1, 2}, new int[] {1, -1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Status at index 1 (-1) must be 0 (censored) or a positive cause code");
    }

    @Test
    void statusOutsideTheDeclaredCausesIsRefused() {
        CumulativeIncidence analysis = CumulativeIncidence.withDefaults().withCauses(1, 2, 3);
        assertThatThrownBy(() -> analysis.analyse(new double[] {1, 2}, new int[] {3, 4}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Status at index 1 (4) is not a known code; expected 0 (censored) or one of the causes"
                        + " [1, 2, 3]");
        assertThatThrownBy(() -> analysis.withCauses(1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cause code (0) must be a positive integer");
    }

    @Test
    void blankOrMissingGroupIsRefused() {
        assertThatThrownBy(() -> CumulativeIncidence.withDefaults()
                        .analyse(new double[] {1, 2}, new int[] {1, 0}, new String[] {"A", " "}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Group label at index 1 (' ') must be a non-blank label");
        assertThatThrownBy(() -> CumulativeIncidence.withDefaults()
                        .analyse(new double[] {1, 2}, new int[] {1, 0}, new String[] {null, "A"}))
                .hasMessage("Group label at index 0 (null) must be a non-blank label");
    }

    @Test
    void emptyOrMismatchedInputIsRefused() {
        assertThatThrownBy(() -> CumulativeIncidence.withDefaults().analyse(new double[0], new int[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Number of subjects (0) must be at least 1");
        assertThatThrownBy(() -> CumulativeIncidence.withDefaults()
                        .analyse(new double[] {1, 2}, new int[] {1}, new String[] {"A", "B"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Number of times (2), statuses (1) and group labels (2) must be equal");
    }

    @Test
    void badOptionsAreRefused() {
        assertThatThrownBy(() -> CumulativeIncidence.withDefaults().withRho(Double.NaN))
                .hasMessage("rho (NaN) must be a finite number");
        CumulativeIncidenceCurve curve = fit("realistic", 0).curve(1, "A");
        assertThatThrownBy(() -> curve.at(-1)).hasMessage("Time (-1.0) must be a finite number >= 0");
        assertThatThrownBy(() -> curve.at(10, 1.0))
                .hasMessage("Confidence level (1.0) must be between 0 and 1 (exclusive)");
        CumulativeIncidenceFit fit = fit("realistic", 0);
        assertThatThrownBy(() -> fit.curves(7)).hasMessage("Cause (7) has no events; the causes are [1, 2, 3]");
        assertThatThrownBy(() -> fit.curve(1, "Z")).hasMessage("Group (Z) does not exist; the groups are [A, B]");
    }

    @Test
    void noEventsGivesNoCauses() {
        CumulativeIncidenceFit fit = CumulativeIncidence.withDefaults().analyse(new double[] {1, 2}, new int[] {0, 0});
        assertThat(fit.causes()).isEmpty();
    }

    private static int countEvents(Fixture.Data d, int cause, String group) {
        int events = 0;
        for (int i = 0; i < d.time().length; i++) {
            if (d.status()[i] == cause && (group == null || d.group()[i].equals(group))) {
                events++;
            }
        }
        return events;
    }

    static void assertClose(double actual, double expected, String what) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what).isNaN();
            return;
        }
        assertThat(actual).as(what).isCloseTo(expected, within(TOLERANCE * Math.abs(expected) + 1e-15));
    }
}
