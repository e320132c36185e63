package org.marrow.analysis.report;

import org.marrow.analysis.endpoint.RateMeasure;
import org.marrow.analysis.stage.SimonStage;
import org.marrow.analysis.stage.SimonStatus;
import org.marrow.analysis.table.Formats;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.stats.design.OperatingCharacteristics;

/**
 * "Simon two-stage design": the design's rules and where the trial stands against them at the
 * primary timepoint (documents 000 and 002), with the operating characteristics when the protocol
 * states p0, p1 and r, and the inference after the two stages once the outcome is known.
 */
final class SimonSection {
    private SimonSection() {}

    static void add(Report.Builder b, SimonStatus s) {
        MessageRenderer english = MessageRenderer.english();
        b.section("Simon two-stage design");
        b.paragraph("Rule: stop after stage 1 if at most r1 = " + s.design().r1() + " of the first n1 = "
                + s.design().n1() + " treated patients respond; "
                + (s.design().r().isPresent()
                        ? "the treatment is promising if more than r = "
                                + s.design().r().getAsInt() + " of n = "
                                + s.design().n() + " respond."
                        : "n = " + s.design().n() + " in all; the protocol states no final bound r.")
                + " Counted: " + measure(s.measure()) + " at " + s.timepoint() + " (" + s.visit()
                + ") among the first treated patients in order of first dose; a patient whose window has closed "
                + "without an assessment counts as a non-responder (ITT), one not yet at the timepoint may still "
                + "respond.");
        for (SimonStage stage : s.stages()) {
            b.paragraph(english.render(s.summary(stage)) + ".");
        }
        s.characteristics().ifPresent(oc -> b.paragraph(characteristics(oc)));
        b.paragraph(s.inferenceSummary()
                .map(m -> "Inference after the two stages, respecting the stopping rule (Koyama and Chen 2008;"
                        + " Jung and Kim 2004): " + english.render(m) + ". The plain proportion "
                        + Formats.number(s.inference().orElseThrow().observed(), 3)
                        + " and its Clopper-Pearson interval ignore that the trial could have stopped after"
                        + " stage 1.")
                .orElse("Inference after the two stages (p-value by stage-wise ordering, UMVUE, median unbiased"
                        + " estimate, exact interval): available once stage 1 has stopped with all n1 evaluated,"
                        + " or all n are evaluated."));
    }

    private static String measure(RateMeasure m) {
        return switch (m) {
            case ORR -> "overall response";
            case CR -> "complete response";
            case SUPERIOR -> "superior response (CR + VGPR + GPR)";
        };
    }

    private static String characteristics(OperatingCharacteristics oc) {
        return "Operating characteristics (R clinfun ph2simon): type I error " + Formats.number(oc.typeIError(), 4)
                + ", power " + Formats.number(oc.power(), 4) + ", probability of early termination under p0 "
                + Formats.number(oc.pet0(), 4) + ", expected sample size under p0 " + Formats.number(oc.en0(), 2)
                + ".";
    }
}
