package org.marrow.analysis.simulation;

import java.util.List;
import java.util.OptionalInt;
import org.marrow.analysis.stage.BoundaryLook;
import org.marrow.analysis.stage.LookDecision;
import org.marrow.analysis.stage.MonitoringDesign;
import org.marrow.analysis.stage.MonitoringLookStatus;
import org.marrow.analysis.stage.SimonStage;
import org.marrow.analysis.stage.StageDecision;
import org.marrow.protocol.design.SimonTwoStage;

/**
 * A protocol's design gate as the simulation applies it: its looks and, at each, the live rule of
 * marrow-analysis's stage package ({@link SimonStage#decide}, {@link MonitoringLookStatus#decide}) on the
 * counts.
 */
interface Gate {
    /** {@code simon}, {@code bop2} or {@code predictive}. */
    String name();

    /** The numbers of patients counted at the looks. */
    int[] looks();

    /** Whether toxicities are counted. */
    boolean monitorsToxicity();

    /** The verdict at look k (from 0) on the counts. */
    Verdict decide(int k, int evaluated, int responses, int toxicities);

    /** Simon's two stages. */
    static Gate of(SimonTwoStage d) {
        return new Gate() {
            @Override
            public String name() {
                return "simon";
            }

            @Override
            public int[] looks() {
                return new int[] {d.n1(), d.n()};
            }

            @Override
            public boolean monitorsToxicity() {
                return false;
            }

            @Override
            public Verdict decide(int k, int evaluated, int responses, int toxicities) {
                if (k == 0) {
                    StageDecision s = SimonStage.decide(1, d.n1(), OptionalInt.of(d.r1()), evaluated, responses)
                            .decision();
                    return s == StageDecision.CONTINUE
                            ? Verdict.PASS
                            : s == StageDecision.STOP ? Verdict.STOP_FOR_FUTILITY : Verdict.PENDING;
                }
                return switch (SimonStage.decide(2, d.n(), d.r(), evaluated, responses)
                        .decision()) {
                    case PROMISING -> Verdict.PROMISING;
                    case NOT_PROMISING -> Verdict.NOT_PROMISING;
                    case COMPLETE -> Verdict.COMPLETE;
                    default -> Verdict.PENDING;
                };
            }
        };
    }

    /** The looks of a Bayesian monitoring design. */
    static Gate of(MonitoringDesign d) {
        List<BoundaryLook> bounds = d.looks();
        int[] looks = bounds.stream().mapToInt(BoundaryLook::n).toArray();
        boolean toxicity = d.toxicity().isPresent();
        return new Gate() {
            @Override
            public String name() {
                return d.method();
            }

            @Override
            public int[] looks() {
                return looks.clone();
            }

            @Override
            public boolean monitorsToxicity() {
                return toxicity;
            }

            @Override
            public Verdict decide(int k, int evaluated, int responses, int toxicities) {
                BoundaryLook b = bounds.get(k);
                OptionalInt bound = toxicity ? OptionalInt.of(b.toxicity()) : OptionalInt.empty();
                LookDecision l =
                        MonitoringLookStatus.decide(b.n(), b.futility(), bound, evaluated, responses, toxicities);
                boolean last = k == bounds.size() - 1;
                return switch (l) {
                    case GO -> last ? Verdict.PROMISING : Verdict.PASS;
                    case STOP_FOR_FUTILITY -> last ? Verdict.NOT_PROMISING : Verdict.STOP_FOR_FUTILITY;
                    case STOP_FOR_TOXICITY -> Verdict.STOP_FOR_TOXICITY;
                    case PENDING -> Verdict.PENDING;
                };
            }
        };
    }
}
