package org.marrow.analysis.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseRateChartTest {
    private final Figure figure = ResponseRateChart.of(
            "response-rates", "Response at 3 and 6 months", Samples.doc000Rates(), "95% Clopper-Pearson CIs");

    @Test
    void drawsOneBarPerMeasureAndTimepointWithCountsAndPercentages() {
        String svg = figure.svg();
        assertThat(SvgProbe.count(svg, "bar")).isEqualTo(6);
        // Document 000: 65.1% (28/43) and 69.8% (30/43) ORR, CR 9.3% (4/43) and 27.9% (12/43).
        assertThat(SvgProbe.texts(svg))
                .contains("65.1", "28/43", "69.8", "30/43", "9.3", "4/43", "27.9", "12/43", "25.6", "60.5");
        assertThat(SvgProbe.labels(svg, "bar")).first().isEqualTo("M3 ORR: 28/43 = 65.1% (49.1-79.0)");
        assertThat(SvgProbe.texts(svg)).contains("M3 (n = 43)", "M6 (n = 43)", "Patients (%)", "ORR", "CR");
    }

    @Test
    void sameInputGivesByteIdenticalSvg() {
        Figure again = ResponseRateChart.of(
                "response-rates", "Response at 3 and 6 months", Samples.doc000Rates(), "95% Clopper-Pearson CIs");
        assertThat(again.svg()).isEqualTo(figure.svg());
    }

    @Test
    void refusesAnEmptyChart() {
        assertThatThrownBy(() -> ResponseRateChart.of("r", "t", List.of(), "n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Timepoints of a response rate chart (0) must number between 1 and 8");
    }
}
