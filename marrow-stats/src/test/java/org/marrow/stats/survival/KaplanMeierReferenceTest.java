package org.marrow.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marrow.stats.survival.RFixture.assertR;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every number here is compared with R 4.2.2, survival 3.5.3, as written to the fixtures by {@code
 * marrow-stats/src/test/r/survival.R}: survival tables, printed medians, quantiles, {@code
 * summary(fit, times)} and {@code survdiff} on 20 data sets (realistic SAA/VSAA response times,
 * R's aml and lung data, ties, all censored, no censoring, survival ending at 0, a group without
 * events, 0.5 plateaus, median not reached, single subjects, times at 0, near-ties, k = 3) under
 * five confidence settings.
 */
class KaplanMeierReferenceTest {
    private static final Map<String, Data> DATA = loadData();
    private static final List<Map<String, String>> TABLE = RFixture.read("km-table.csv");
    private static final List<Map<String, String>> MEDIAN = RFixture.read("km-median.csv");
    private static final List<Map<String, String>> QUANTILE = RFixture.read("km-quantile.csv");
    private static final List<Map<String, String>> AT = RFixture.read("km-at.csv");

    private record Data(double[] time, int[] event, String[] group) {
        boolean grouped() {
            return !group[0].equals("-");
        }
    }

    private static Map<String, Data> loadData() {
        Map<String, List<Map<String, String>>> byName = RFixture.read("km-data.csv").stream()
                .collect(Collectors.groupingBy(r -> r.get("dataset"), LinkedHashMap::new, Collectors.toList()));
        Map<String, Data> out = new LinkedHashMap<>();
        byName.forEach((name, rows) -> out.put(
                name,
                new Data(
                        rows.stream()
                                .mapToDouble(r -> RFixture.number(r.get("time")))
                                .toArray(),
                        rows.stream()
                                .mapToInt(r -> Integer.parseInt(r.get("event")))
                                .toArray(),
                        rows.stream().map(r -> r.get("group")).toArray(String[]::new))));
        return out;
    }

    static Stream<Arguments> settings() {
        Set<List<String>> keys = new LinkedHashSet<>();
        for (Map<String, String> r : MEDIAN) {
            keys.add(List.of(r.get("dataset"), r.get("conf_type"), r.get("conf_level")));
        }
        return keys.stream().map(k -> Arguments.of(k.get(0), k.get(1), k.get(2)));
    }

    private static Map<String, SurvivalCurve> curves(String dataset, String type, String level) {
        Data d = DATA.get(dataset);
        KaplanMeier km = KaplanMeier.withDefaults()
                .with(ConfidenceType.fromRName(type))
                .withConfidenceLevel(Double.parseDouble(level));
        Map<String, SurvivalCurve> out = new LinkedHashMap<>();
        if (d.grouped()) {
            SurvivalComparison c = km.compare(d.time(), d.event(), d.group());
            out.put("all", c.overall());
            c.groups().forEach(g -> out.put(g.group(), g));
        } else {
            out.put("all", km.fit(d.time(), d.event()));
        }
        return out;
    }

    private static List<Map<String, String>> rows(
            List<Map<String, String>> fixture, String dataset, String type, String level, String curve) {
        return fixture.stream()
                .filter(r -> r.get("dataset").equals(dataset)
                        && r.get("conf_type").equals(type)
                        && r.get("conf_level").equals(level)
                        && r.get("curve").equals(curve))
                .collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("settings")
    void survivalTableMatchesSurvfit(String dataset, String type, String level) {
        Map<String, SurvivalCurve> curves = curves(dataset, type, level);
        assertThat(curves.keySet())
                .containsExactlyElementsOf(MEDIAN.stream()
                        .filter(r -> r.get("dataset").equals(dataset)
                                && r.get("conf_type").equals(type)
                                && r.get("conf_level").equals(level))
                        .map(r -> r.get("curve"))
                        .collect(Collectors.toList()));
        curves.forEach((name, curve) -> {
            List<Map<String, String>> expected = rows(TABLE, dataset, type, level, name);
            assertThat(curve.size()).as(name + " rows").isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                Map<String, String> e = expected.get(i);
                SurvivalRow a = curve.row(i);
                String at = name + " row " + i + " ";
                assertR(a.time(), e.get("time"), at + "time");
                assertThat(a.nRisk()).as(at + "n.risk").isEqualTo(Integer.parseInt(e.get("n_risk")));
                assertThat(a.nEvent()).as(at + "n.event").isEqualTo(Integer.parseInt(e.get("n_event")));
                assertThat(a.nCensor()).as(at + "n.censor").isEqualTo(Integer.parseInt(e.get("n_censor")));
                assertR(a.surv(), e.get("surv"), at + "surv");
                assertR(a.stdErr(), e.get("std_err"), at + "std.err");
                assertR(a.lower(), e.get("lower"), at + "lower");
                assertR(a.upper(), e.get("upper"), at + "upper");
            }
        });
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("settings")
    void medianMatchesPrintSurvfit(String dataset, String type, String level) {
        curves(dataset, type, level).forEach((name, curve) -> {
            Map<String, String> e = rows(MEDIAN, dataset, type, level, name).get(0);
            assertThat(curve.n()).as(name + " n").isEqualTo(Integer.parseInt(e.get("n")));
            assertThat(curve.events()).as(name + " events").isEqualTo(Integer.parseInt(e.get("events")));
            SurvivalQuantile m = curve.median();
            assertR(m.time(), e.get("median"), name + " median");
            assertR(m.lower(), e.get("lower"), name + " median lower");
            assertR(m.upper(), e.get("upper"), name + " median upper");
        });
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("settings")
    void quartilesMatchQuantileSurvfit(String dataset, String type, String level) {
        curves(dataset, type, level).forEach((name, curve) -> {
            List<Map<String, String>> expected = rows(QUANTILE, dataset, type, level, name);
            List<SurvivalQuantile> q = curve.quantiles(0.25, 0.5, 0.75);
            for (int i = 0; i < 3; i++) {
                Map<String, String> e = expected.get(i);
                String at = name + " p=" + e.get("probability") + " ";
                assertThat(q.get(i).probability()).isEqualTo(Double.parseDouble(e.get("probability")));
                assertR(q.get(i).time(), e.get("quantile"), at + "quantile");
                assertR(q.get(i).lower(), e.get("lower"), at + "lower");
                assertR(q.get(i).upper(), e.get("upper"), at + "upper");
            }
        });
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("settings")
    void survivalAtTimesMatchesSummarySurvfit(String dataset, String type, String level) {
        curves(dataset, type, level).forEach((name, curve) -> {
            List<Map<String, String>> expected = rows(AT, dataset, type, level, name);
            double[] requested = Arrays.stream(expected.get(0).get("requested").split(";"))
                    .mapToDouble(Double::parseDouble)
                    .toArray();
            List<SurvivalAt> actual = curve.at(requested);
            List<SurvivalAt> reported = new ArrayList<>();
            for (SurvivalAt a : actual) {
                if (a.beyondFollowUp()) {
                    assertThat(a.time())
                            .as(name + " beyond")
                            .isGreaterThan(curve.row(curve.size() - 1).time());
                } else {
                    reported.add(a);
                }
            }
            if (expected.get(0).get("time").equals("NONE")) {
                assertThat(reported).as(name + ": R reports no time").isEmpty();
                return;
            }
            assertThat(reported).as(name + " rows").hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                Map<String, String> e = expected.get(i);
                SurvivalAt a = reported.get(i);
                String at = name + " t=" + e.get("time") + " ";
                assertR(a.time(), e.get("time"), at + "time");
                assertThat(a.nRisk()).as(at + "n.risk").isEqualTo(Integer.parseInt(e.get("n_risk")));
                assertThat(a.nEvent()).as(at + "n.event").isEqualTo(Integer.parseInt(e.get("n_event")));
                assertThat(a.nCensor()).as(at + "n.censor").isEqualTo(Integer.parseInt(e.get("n_censor")));
                assertR(a.surv(), e.get("surv"), at + "surv");
                assertR(a.stdErr(), e.get("std_err"), at + "std.err");
                assertR(a.lower(), e.get("lower"), at + "lower");
                assertR(a.upper(), e.get("upper"), at + "upper");
            }
        });
    }

    static Stream<Arguments> singleQuantiles() {
        return RFixture.read("km-quantile-single.csv").stream()
                .map(r -> Arguments.of(
                        r.get("dataset"), r.get("probability"), r.get("quantile"), r.get("lower"), r.get("upper")));
    }

    @ParameterizedTest(name = "{0} p={1}")
    @MethodSource("singleQuantiles")
    void singleQuantileMatchesQuantileSurvfit(String dataset, String p, String quantile, String lower, String upper) {
        Data d = DATA.get(dataset);
        SurvivalQuantile q = KaplanMeier.withDefaults()
                .fit(d.time(), d.event())
                .quantiles(Double.parseDouble(p))
                .get(0);
        assertR(q.time(), quantile, "quantile");
        assertR(q.lower(), lower, "lower");
        assertR(q.upper(), upper, "upper");
    }

    static Stream<Arguments> logRankDatasets() {
        return RFixture.read("logrank.csv").stream()
                .map(r -> r.get("dataset"))
                .distinct()
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("logRankDatasets")
    void logRankMatchesSurvdiff(String dataset) {
        List<Map<String, String>> expected = RFixture.read("logrank.csv").stream()
                .filter(r -> r.get("dataset").equals(dataset))
                .collect(Collectors.toList());
        Data d = DATA.get(dataset);
        LogRankTest t = KaplanMeier.withDefaults()
                .compare(d.time(), d.event(), d.group())
                .logRank();
        assertThat(t.groups()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Map<String, String> e = expected.get(i);
            LogRankGroup g = t.groups().get(i);
            assertThat(g.group()).isEqualTo(e.get("group"));
            assertThat(g.n()).isEqualTo(Integer.parseInt(e.get("n")));
            assertR(g.observed(), e.get("observed"), g.group() + " observed");
            assertR(g.expected(), e.get("expected"), g.group() + " expected");
        }
        Map<String, String> e = expected.get(0);
        assertR(t.chiSquare(), e.get("chisq"), "chisq");
        assertThat(t.degreesOfFreedom()).isEqualTo(Integer.parseInt(e.get("df")));
        assertR(t.pValue(), e.get("p"), "p");
    }

    static Stream<Arguments> gRhoSettings() {
        return RFixture.read("logrank-rho.csv").stream()
                .map(r -> Arguments.of(r.get("dataset"), r.get("rho")))
                .distinct();
    }

    @ParameterizedTest(name = "{0} rho={1}")
    @MethodSource("gRhoSettings")
    void gRhoTestMatchesSurvdiffWithRho(String dataset, String rho) {
        List<Map<String, String>> expected = RFixture.read("logrank-rho.csv").stream()
                .filter(r -> r.get("dataset").equals(dataset) && r.get("rho").equals(rho))
                .collect(Collectors.toList());
        Data d = DATA.get(dataset);
        LogRankTest t = KaplanMeier.withDefaults()
                .withRho(Double.parseDouble(rho))
                .compare(d.time(), d.event(), d.group())
                .logRank();
        assertThat(t.rho()).isEqualTo(Double.parseDouble(rho));
        assertThat(t.groups()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Map<String, String> e = expected.get(i);
            LogRankGroup g = t.groups().get(i);
            assertThat(g.group()).isEqualTo(e.get("group"));
            assertR(g.observed(), e.get("observed"), g.group() + " observed");
            assertR(g.expected(), e.get("expected"), g.group() + " expected");
        }
        Map<String, String> e = expected.get(0);
        assertR(t.chiSquare(), e.get("chisq"), "chisq");
        assertThat(t.degreesOfFreedom()).isEqualTo(Integer.parseInt(e.get("df")));
        assertR(t.pValue(), e.get("p"), "p");
    }
}
