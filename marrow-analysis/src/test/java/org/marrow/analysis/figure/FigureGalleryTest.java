package org.marrow.analysis.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writes every figure from the sample inputs under target/figures, for a look by eye. */
class FigureGalleryTest {
    static List<Figure> all() {
        return List.of(
                ResponseRateChart.of(
                        "response-rates", "Response rates", Samples.doc000Rates(), "95% Clopper-Pearson CIs"),
                SankeyDiagram.of(
                        "sankey",
                        "Response at month 3 and month 6",
                        Samples.SANKEY_STAGES,
                        Samples.SANKEY_STATES,
                        Samples.doc000Flows()),
                SwimmerPlot.of(
                        "swimmer", "Response course per patient", "Days since start of treatment", Samples.lanes()),
                KaplanMeierPlot.withDefaults()
                        .with(KaplanMeierPlot.Scale.CUMULATIVE)
                        .withTimeLabel("Days since start of treatment")
                        .withValueLabel("Cumulative response")
                        .withRiskTimes(0, 50, 100, 150, 200)
                        .withNote("Log-rank P = 0.42")
                        .draw("km-response", "Time to first response", Samples.curves()),
                NeutrophilPlot.of(
                        "anc",
                        "Neutrophils around each CTX cycle",
                        "Day from first CTX dose of the cycle",
                        Samples.cycles()),
                ParticipantFlow.of("flow", "Participant flow", Samples.flow()));
    }

    @Test
    void everyFigureWritesItsSvgAndPng() throws Exception {
        Path dir = Path.of("target", "figures");
        for (Figure f : all()) {
            Path svg = f.writeTo(dir);
            assertThat(svg).exists();
            assertThat(Files.size(dir.resolve(f.name() + ".png"))).isGreaterThan(1000);
        }
    }
}
