package org.marrow.analysis.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marrow.clinical.response.ResponseCategory;

class FigureStructureTest {
    static List<Figure> figures() {
        return FigureGalleryTest.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void everyFigureIsByteIdenticalWhenDrawnAgain(Figure figure) {
        Figure again = figures().stream()
                .filter(f -> f.name().equals(figure.name()))
                .findFirst()
                .orElseThrow();
        assertThat(again.svg()).isEqualTo(figure.svg());
        assertThat(again.png(1)).isEqualTo(figure.png(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void everyTextIsAtLeastNinePointsAtPrintSize(Figure figure) {
        String svg = figure.svg();
        // One drawing unit is one point: the root element is sized in pt with a matching view box.
        assertThat(svg).contains("width='" + figure.width() + "pt'", "viewBox='0 0 " + figure.width() + " ");
        Matcher m = Pattern.compile("font-size: ([0-9.]+)px").matcher(svg);
        List<Double> sizes = new ArrayList<>();
        while (m.find()) {
            sizes.add(Double.parseDouble(m.group(1)));
        }
        assertThat(sizes).isNotEmpty().allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(9));
        assertThat(SvgProbe.texts(svg)).contains(figure.title());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void everyColourIsFromTheOkabeItoPaletteOrNeutral(Figure figure) {
        Matcher m = Pattern.compile("rgb\\((\\d+),(\\d+),(\\d+)\\)").matcher(figure.svg());
        List<String> allowed = new ArrayList<>(List.of("255,255,255", "221,221,221", "242,242,242"));
        for (OkabeIto c : OkabeIto.values()) {
            allowed.add(c.color().getRed() + "," + c.color().getGreen() + ","
                    + c.color().getBlue());
        }
        while (m.find()) {
            assertThat(m.group(1) + "," + m.group(2) + "," + m.group(3)).isIn(allowed);
        }
    }

    @Test
    void sankeyHasOneBandPerFlowAndNodesWithTheirCounts() {
        String svg = figures().get(1).svg();
        assertThat(SvgProbe.count(svg, "flow")).isEqualTo(Samples.doc000Flows().size());
        assertThat(SvgProbe.labels(svg, "flow"))
                .contains("Month 3 PR -> Month 6 CR: 3", "Month 3 NR -> Month 6 HSCT: 1");
        // Document 000 Figure 3: SAA (30), VSAA (13), M3-NR (15), M3-VGPR (4); month 6 CR 12 (27.9%).
        assertThat(SvgProbe.texts(svg))
                .contains("SAA (30)", "VSAA (13)", "NR (15)", "VGPR (4)", "PR (17)", "CR (12)", "Died (1)");
        assertThat(SvgProbe.count(svg, "node")).isEqualTo(2 + 5 + 7);
    }

    @Test
    void sankeyFromPathsCountsEachPatientOnce() {
        Figure f = SankeyDiagram.fromPaths(
                "s",
                "t",
                List.of("M3", "M6"),
                List.of(List.of("PR", "NR"), List.of("CR", "PR", "NR")),
                List.of(List.of("PR", "CR"), List.of("PR", "CR"), List.of("NR", "NR"), List.of("PR", "PR")));
        assertThat(SvgProbe.labels(f.svg(), "flow"))
                .containsExactly("M3 PR -> M6 CR: 2", "M3 PR -> M6 PR: 1", "M3 NR -> M6 NR: 1");
    }

    @Test
    void sankeyRefusesPatientsLostAtAMiddleStage() {
        List<SankeyFlow> flows = List.of(new SankeyFlow(0, "SAA", "PR", 3), new SankeyFlow(1, "PR", "CR", 2));
        assertThatThrownBy(() -> SankeyDiagram.of(
                        "s", "t", Samples.SANKEY_STAGES, List.of(List.of("SAA"), List.of("PR"), List.of("CR")), flows))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Stage 'Month 3' state 'PR': 3 patients flow in but 2 flow out;"
                        + " every patient must be in a state at every stage");
    }

    @Test
    void sankeyRefusesAnUnknownState() {
        assertThatThrownBy(() -> SankeyDiagram.of(
                        "s",
                        "t",
                        List.of("A", "B"),
                        List.of(List.of("PR"), List.of("CR")),
                        List.of(new SankeyFlow(0, "PR", "VGPR", 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("State 'VGPR' is not among the states of stage 'B' [CR]");
    }

    @Test
    void swimmerHasALanePerPatientAndAMarkerPerEvent() {
        String svg = figures().get(2).svg();
        assertThat(SvgProbe.labels(svg, "lane")).hasSize(12).startsWith("1", "2", "3");
        assertThat(SvgProbe.count(svg, "hsct")).isEqualTo(1 + 1); // one event + the legend symbol
        assertThat(SvgProbe.count(svg, "death")).isEqualTo(2 + 1);
        assertThat(SvgProbe.count(svg, "relapse")).isEqualTo(1 + 1);
        assertThat(SvgProbe.texts(svg))
                .contains("CR", "VGPR", "GPR", "PR", "NR", "Relapse", "HSCT", "Death", "In follow-up");
    }

    @Test
    void swimmerRefusesOverlappingSpans() {
        assertThatThrownBy(() -> new SwimmerLane(
                        "7",
                        100,
                        true,
                        List.of(
                                new ResponseSpan(0, 50, ResponseCategory.NR),
                                new ResponseSpan(40, 100, ResponseCategory.PR)),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "Subject 7: response span starting at 40.0 overlaps or precedes the previous one ending at 50.0");
    }

    @Test
    void kaplanMeierShowsCensoringTicksAndNumbersAtRisk() {
        String svg = figures().get(3).svg();
        assertThat(SvgProbe.labels(svg, "curve")).containsExactly("Group A", "Group B");
        // Censored: A at 60 and 120, B at 100 and 200.
        assertThat(SvgProbe.labels(svg, "censor"))
                .containsExactly(
                        "Group A censored at 60: 1",
                        "Group A censored at 120: 1",
                        "Group B censored at 100: 1",
                        "Group B censored at 200: 1");
        // At risk (times >= t): A 6, 4, 1, 0, 0; B 5, 4, 3, 2, 1 at 0, 50, 100, 150, 200.
        assertThat(SvgProbe.labels(svg, "risk"))
                .containsExactly(
                        "Group A at 0: 6",
                        "Group A at 50: 4",
                        "Group A at 100: 1",
                        "Group A at 150: 0",
                        "Group A at 200: 0",
                        "Group B at 0: 5",
                        "Group B at 50: 4",
                        "Group B at 100: 3",
                        "Group B at 150: 2",
                        "Group B at 200: 1");
        assertThat(SvgProbe.texts(svg)).contains("Number at risk", "Log-rank P = 0.42", "Cumulative response");
    }

    @Test
    void stepCurveReadsTheEstimateAndTheNumberAtRisk() {
        StepCurve a = Samples.curves().get(0);
        assertThat(a.survivalAt(29.9)).isEqualTo(1.0);
        assertThat(a.survivalAt(56)).isEqualTo(0.5);
        assertThat(a.survivalAt(1000)).isEqualTo(0.25);
        assertThat(a.atRisk(56)).isEqualTo(4);
        assertThat(a.atRisk(56.5)).isEqualTo(3);
    }

    @Test
    void stepCurveRefusesARisingEstimate() {
        assertThatThrownBy(() ->
                        new StepCurve("x", List.of(new CurvePoint(1, 3, 1, 0, 0.5), new CurvePoint(2, 2, 0, 1, 0.6))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Curve x: survival rises from 0.5 to 0.6 at time 2.0");
    }

    @Test
    void neutrophilPlotDrawsEveryPatientTheMedianAndBothThresholdsInEachCycle() {
        String svg = figures().get(4).svg();
        assertThat(SvgProbe.labels(svg, "panel")).containsExactly("Cycle 1 (days 29-30)", "Cycle 2 (days 43-44)");
        assertThat(SvgProbe.count(svg, "patient")).isEqualTo(10);
        assertThat(SvgProbe.labels(svg, "threshold")).containsExactly("ANC 0.5", "ANC 1.0", "ANC 0.5", "ANC 1.0");
        assertThat(SvgProbe.count(svg, "median")).isEqualTo(2);
    }

    @Test
    void neutrophilMedianIsTakenPerDayOverPatientsWithACount() {
        // Cycle 1, day 9: counts 0.2, 0.1, 0.6, 0.0, 0.5 -> median 0.2; day -1: 1.2, 0.8, 2.1, 0.3, 1.6 -> 1.2.
        Map<Integer, Double> m = NeutrophilPlot.medians(Samples.cycles().get(0));
        assertThat(m).containsEntry(9, 0.2).containsEntry(-1, 1.2).hasSize(6);
    }

    @Test
    void participantFlowHasABoxPerStageAndSideBoxesWithReasons() {
        String svg = figures().get(5).svg();
        // Document 000 Figure 1A: 45 screened, 2 withdrew consent, 43 treated; 41 assessable at month 6.
        assertThat(SvgProbe.labels(svg, "stage"))
                .containsExactly(
                        "Screened for eligibility: 45",
                        "Enrolled and treated (ITT population): 43",
                        "Assessable at month 3: 43",
                        "Assessable at month 6: 41");
        assertThat(SvgProbe.labels(svg, "exit")).containsExactly("Not treated: 2", "Not assessable at month 6: 2");
        assertThat(SvgProbe.texts(svg))
                .contains("n = 45", "Not treated (n = 2)", "\u2022 Died in an accident in month 4 (n = 1)");
    }

    @Test
    void participantFlowRefusesMoreLeavingThanPresent() {
        assertThatThrownBy(() -> new FlowStage("Treated", 1, "Withdrawn", List.of(new FlowExit("Consent", 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Stage 'Treated': 2 patients exit but only 1 are at the stage");
    }

    @Test
    void figureNamesMustBeFileNames() {
        assertThatThrownBy(() -> ParticipantFlow.of("Flow/1", "t", Samples.flow()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Figure name (Flow/1) must be lower-case letters, digits and hyphens");
    }

    @Test
    void rateChecksItsBounds() {
        assertThatThrownBy(() -> new Rate(28, 43, 0.65, 0.7, 0.79))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Rate 28/43 needs 0 <= lower (0.7) <= estimate (0.65) <= upper (0.79) <= 1");
        assertThatThrownBy(() -> new Rate(44, 43, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Number of subjects with the outcome (44) must be between 0 and n (43)");
    }

    @Test
    void textIsEscapedInTheSvg() {
        Figure f = ParticipantFlow.of("f", "A & <B>", List.of(FlowStage.of("x < y & 'z'", 2), FlowStage.of("w", 1)));
        String svg = f.svg();
        assertThat(svg).contains("A &amp; &lt;B&gt;").doesNotContain("<B>");
        assertThat(SvgProbe.labels(svg, "stage")).first().isEqualTo("x < y & 'z': 2");
    }
}
