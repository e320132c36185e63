package org.marrow.analysis.figure;

import static org.marrow.clinical.response.ResponseCategory.CR;
import static org.marrow.clinical.response.ResponseCategory.GPR;
import static org.marrow.clinical.response.ResponseCategory.NR;
import static org.marrow.clinical.response.ResponseCategory.PR;
import static org.marrow.clinical.response.ResponseCategory.VGPR;

import java.util.ArrayList;
import java.util.List;

/** Hand-made figure inputs taken from the published aggregates of documents 000 and 001. */
final class Samples {
    private Samples() {}

    /**
     * Document 000 "Hematologic response": M3 ORR 28/43 (49.1-79.0), superior 11/43 (13.5-41.2),
     * CR 4/43 (2.6-22.1); M6 ORR 30/43 (53.9-82.8), superior 26/43 (44.4-75.1), CR 12/43
     * (15.3-43.7). Bounds are the paper's one-decimal Clopper-Pearson values.
     */
    static List<TimepointRates> doc000Rates() {
        return List.of(
                new TimepointRates(
                        "M3",
                        43,
                        new Rate(28, 43, 28 / 43.0, 0.491, 0.790),
                        new Rate(4, 43, 4 / 43.0, 0.026, 0.221),
                        new Rate(11, 43, 11 / 43.0, 0.135, 0.412)),
                new TimepointRates(
                        "M6",
                        43,
                        new Rate(30, 43, 30 / 43.0, 0.539, 0.828),
                        new Rate(12, 43, 12 / 43.0, 0.153, 0.437),
                        new Rate(26, 43, 26 / 43.0, 0.444, 0.751)));
    }

    static final List<String> SANKEY_STAGES = List.of("Severity", "Month 3", "Month 6");
    static final List<List<String>> SANKEY_STATES = List.of(
            List.of("SAA", "VSAA"),
            List.of("CR", "VGPR", "GPR", "PR", "NR"),
            List.of("CR", "VGPR", "GPR", "PR", "NR", "HSCT", "Died"));

    /**
     * Flows consistent with document 000's aggregates: SAA 30 / VSAA 13; month 3 CR 4, VGPR 4, GPR
     * 3, PR 17, NR 15 (9 VSAA, 6 SAA; SAA ORR 24/30, VSAA 4/13); of the 15 NR, 1 HSCT, 4 responded,
     * 10 NR; of the 17 PR, 13 superior (3 CR), 2 PR, 1 relapse (NR), 1 died; month 6 CR 12,
     * superior 26, ORR 30. The split of the superior month-3 states is made up.
     */
    static List<SankeyFlow> doc000Flows() {
        return List.of(
                new SankeyFlow(0, "SAA", "CR", 4),
                new SankeyFlow(0, "SAA", "VGPR", 3),
                new SankeyFlow(0, "SAA", "GPR", 3),
                new SankeyFlow(0, "SAA", "PR", 14),
                new SankeyFlow(0, "SAA", "NR", 6),
                new SankeyFlow(0, "VSAA", "VGPR", 1),
                new SankeyFlow(0, "VSAA", "PR", 3),
                new SankeyFlow(0, "VSAA", "NR", 9),
                new SankeyFlow(1, "CR", "CR", 4),
                new SankeyFlow(1, "VGPR", "CR", 3),
                new SankeyFlow(1, "VGPR", "VGPR", 1),
                new SankeyFlow(1, "GPR", "CR", 2),
                new SankeyFlow(1, "GPR", "GPR", 1),
                new SankeyFlow(1, "PR", "CR", 3),
                new SankeyFlow(1, "PR", "VGPR", 4),
                new SankeyFlow(1, "PR", "GPR", 6),
                new SankeyFlow(1, "PR", "PR", 2),
                new SankeyFlow(1, "PR", "NR", 1),
                new SankeyFlow(1, "PR", "Died", 1),
                new SankeyFlow(1, "NR", "GPR", 2),
                new SankeyFlow(1, "NR", "PR", 2),
                new SankeyFlow(1, "NR", "NR", 10),
                new SankeyFlow(1, "NR", "HSCT", 1));
    }

    /** Twelve made-up lanes in the manner of document 001 Figure 1C (relapse, HSCT death, re-response). */
    static List<SwimmerLane> lanes() {
        List<SwimmerLane> lanes = new ArrayList<>();
        lanes.add(lane("1", 420, true, List.of(span(0, 56, NR), span(56, 96, PR), span(96, 420, CR)), List.of()));
        lanes.add(lane("2", 380, true, List.of(span(0, 90, NR), span(90, 180, PR), span(180, 380, GPR)), List.of()));
        lanes.add(lane(
                "3",
                393,
                false,
                List.of(span(0, 200, NR)),
                List.of(
                        new SwimmerEvent(210, SwimmerEvent.Kind.HSCT),
                        new SwimmerEvent(393, SwimmerEvent.Kind.DEATH))));
        lanes.add(lane(
                "4",
                400,
                true,
                List.of(span(0, 60, NR), span(60, 240, CR), span(240, 300, PR), span(300, 400, CR)),
                List.of()));
        lanes.add(lane(
                "5",
                350,
                true,
                List.of(span(0, 77, NR), span(77, 250, PR), span(250, 350, NR)),
                List.of(new SwimmerEvent(250, SwimmerEvent.Kind.RELAPSE))));
        lanes.add(lane(
                "6", 120, false, List.of(span(0, 90, PR)), List.of(new SwimmerEvent(120, SwimmerEvent.Kind.DEATH))));
        lanes.add(lane(
                "7",
                449,
                true,
                List.of(span(0, 30, NR), span(30, 60, PR), span(60, 120, VGPR), span(120, 449, CR)),
                List.of()));
        lanes.add(lane("8", 366, true, List.of(span(0, 366, NR)), List.of()));
        lanes.add(lane("9", 330, true, List.of(span(0, 100, NR), span(100, 330, GPR)), List.of()));
        lanes.add(lane("10", 300, true, List.of(span(0, 120, NR), span(120, 300, PR)), List.of()));
        lanes.add(lane("11", 310, true, List.of(span(0, 45, NR), span(45, 310, CR)), List.of()));
        lanes.add(lane("12", 295, true, List.of(span(0, 180, NR), span(180, 295, VGPR)), List.of()));
        return lanes;
    }

    static SwimmerLane lane(String s, double end, boolean ongoing, List<ResponseSpan> spans, List<SwimmerEvent> ev) {
        return new SwimmerLane(s, end, ongoing, spans, ev);
    }

    static ResponseSpan span(double a, double b, org.marrow.clinical.response.ResponseCategory c) {
        return new ResponseSpan(a, b, c);
    }

    /**
     * Hand-computed Kaplan-Meier tables. Group A: times 30, 45, 56, 90 events, 60 and 120 censored
     * (S = 5/6, 2/3, 1/2, 1/2, 1/4, 1/4). Group B: 40, 77, 150 events, 100 and 200 censored (S =
     * 0.8, 0.6, 0.6, 0.3, 0.3).
     */
    static List<StepCurve> curves() {
        return List.of(
                new StepCurve(
                        "Group A",
                        List.of(
                                new CurvePoint(30, 6, 1, 0, 5 / 6.0),
                                new CurvePoint(45, 5, 1, 0, 4 / 6.0),
                                new CurvePoint(56, 4, 1, 0, 0.5),
                                new CurvePoint(60, 3, 0, 1, 0.5),
                                new CurvePoint(90, 2, 1, 0, 0.25),
                                new CurvePoint(120, 1, 0, 1, 0.25))),
                new StepCurve(
                        "Group B",
                        List.of(
                                new CurvePoint(40, 5, 1, 0, 0.8),
                                new CurvePoint(77, 4, 1, 0, 0.6),
                                new CurvePoint(100, 3, 0, 1, 0.6),
                                new CurvePoint(150, 2, 1, 0, 0.3),
                                new CurvePoint(200, 1, 0, 1, 0.3))));
    }

    /** Five made-up patients per cycle, counts falling to a nadir about a week after the dose. */
    static List<CyclePanel> cycles() {
        List<CyclePanel> panels = new ArrayList<>();
        double[][] base = {
            {1.2, 0.9, 0.4, 0.2, 0.6, 1.5},
            {0.8, 0.6, 0.3, 0.1, 0.3, 0.9},
            {2.1, 1.8, 1.0, 0.6, 1.1, 2.4},
            {0.3, 0.2, 0.1, 0.0, 0.05, 0.2},
            {1.6, 1.4, 0.7, 0.5, 0.9, 1.9}
        };
        int[] days = {-1, 3, 6, 9, 12, 14};
        for (int cycle = 1; cycle <= 2; cycle++) {
            List<AncSeries> patients = new ArrayList<>();
            for (int p = 0; p < base.length; p++) {
                List<AncValue> values = new ArrayList<>();
                for (int d = 0; d < days.length; d++) {
                    values.add(new AncValue(days[d], base[p][d] * (cycle == 1 ? 1 : 0.9)));
                }
                patients.add(new AncSeries("P" + (p + 1), values));
            }
            panels.add(new CyclePanel(cycle == 1 ? "Cycle 1 (days 29-30)" : "Cycle 2 (days 43-44)", patients));
        }
        return panels;
    }

    /** Document 000 Figure 1A: 45 screened, 2 withdrew consent, 43 treated, 43 then 41 assessable. */
    static List<FlowStage> flow() {
        return List.of(
                new FlowStage(
                        "Screened for eligibility",
                        45,
                        "Not treated",
                        List.of(new FlowExit("Withdrew consent for personal reasons before treatment", 2))),
                FlowStage.of("Enrolled and treated (ITT population)", 43),
                new FlowStage(
                        "Assessable at month 3",
                        43,
                        "Not assessable at month 6",
                        List.of(
                                new FlowExit("Died in an accident in month 4", 1),
                                new FlowExit("Allogeneic HSCT after month 3 for refractory disease", 1))),
                FlowStage.of("Assessable at month 6", 41));
    }
}
