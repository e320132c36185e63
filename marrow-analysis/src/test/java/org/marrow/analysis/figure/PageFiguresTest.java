package org.marrow.analysis.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marrow.analysis.Synthetic;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.response.CriteriaSet;
import org.marrow.clinical.response.ResponseCriteria;
import org.marrow.clinical.severity.SeverityCriteria;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.study.StudyDataset;

/**
 * The pages' figures: enrolment by site and a subject's timeline, drawn with the same writer and
 * palette as the report, inline in a page under a content security policy without inline styles, with
 * the thresholds of the criteria the rules apply.
 */
class PageFiguresTest {

    @Test
    void thresholdsAreTheFiveTierCriteriasAndTheSeverityCriteriasOwnValues() {
        ResponseCriteria criteria = ResponseCriteria.of(CriteriaSet.FIVE_TIER);
        List<ThresholdLine> lines = ThresholdLine.of(criteria);
        assertThat(lines.stream().filter(l -> l.test() == LabTest.HGB).map(ThresholdLine::label))
                .containsExactly("CR > 100", "GPR > 80");
        assertThat(lines.stream().filter(l -> l.test() == LabTest.PLAT).map(ThresholdLine::label))
                .containsExactly("CR > 100", "VGPR > 80", "GPR > 50", "SAA < 20");
        assertThat(lines.stream().filter(l -> l.test() == LabTest.NEUT).map(ThresholdLine::label))
                .containsExactly("CR > 1.0", "SAA < 0.5", "VSAA < 0.2");
        SeverityCriteria severity = criteria.severity();
        assertThat(lines)
                .filteredOn(l -> l.label().equals("VSAA < 0.2"))
                .extracting(ThresholdLine::value)
                .containsExactly(severity.verySevereNeutrophilsBelow().doubleValue());
        assertThat(lines.get(0).kind().colour()).isEqualTo(OkabeIto.BLUISH_GREEN);
    }

    @Test
    void otherCriteriaSetsDrawOnlyComplete() {
        List<ThresholdLine> lines = ThresholdLine.of(ResponseCriteria.of(CriteriaSet.LINEAGE));
        assertThat(lines)
                .extracting(ThresholdLine::label)
                .containsExactly("CR > 100", "CR > 1.0", "CR > 100", "SAA < 20", "SAA < 0.5", "VSAA < 0.2");
        assertThatThrownBy(() -> ThresholdLine.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThresholdLine(LabTest.HGB, Double.NaN, "x", ThresholdLine.Kind.SEVERITY))
                .hasMessageContaining("NaN");
    }

    @Test
    void theTimelineShowsEachValueWithItsDetailsAndTheThresholdLines() {
        StudyDataset data = Synthetic.ctxIst();
        ResponseCriteria criteria =
                ProtocolRegistry.bundled().load("ctx-ist").response().responseCriteria();
        SubjectTimeline.Labels labels =
                new SubjectTimeline.Labels("Timeline of CTX-001", "Hb (g/L)", "PLT", "ANC", "Transf.", "AE", "day {0}");
        Figure f = SubjectTimeline.of("timeline", data.recordsOf("CTX-001"), ThresholdLine.of(criteria), labels)
                .orElseThrow();
        String svg = f.inlineSvg();
        assertThat(svg).startsWith("<svg class='chart' role='img' aria-label='Timeline of CTX-001' ");
        assertThat(svg).doesNotContain("style=");
        assertThat(svg).contains("<title>Timeline of CTX-001</title>", ">CR &gt; 100<", ">VSAA &lt; 0.2<");
        assertThat(svg).containsPattern(">day -?[0-9]+<");
        assertThat(svg).contains("class='value'", "class='dose'", "class='adverse-event'");
        assertThat(svg).contains("stroke='rgb(0,114,178)'");
        assertThat(f.png(1)).isNotEmpty();
        assertThat(SubjectTimeline.of(
                        "timeline", new Synthetic().screened("S").build().recordsOf("S"), List.of(), labels))
                .isEmpty();
        assertThatThrownBy(() -> new SubjectTimeline.Labels(null, "", "", "", "", "", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void enrolmentIsAStepLinePerSiteWithItsTotal() {
        Map<String, List<LocalDate>> bySite = Map.of(
                "BJ", List.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 1, 15)),
                "SH", List.of(),
                "GZ", List.of(LocalDate.of(2024, 2, 2)));
        Figure f = EnrolmentChart.of("enrolment", "Enrolment by site", bySite);
        String svg = f.inlineSvg();
        assertThat(svg)
                .contains(">BJ (2)<", ">GZ (1)<", ">SH (0)<", ">2024-01<")
                .doesNotContain("style=");
        assertThat(svg.indexOf(">BJ (2)<")).isLessThan(svg.indexOf(">GZ (1)<"));
        assertThat(f.svg()).contains("width='960pt'");
        assertThat(EnrolmentChart.of("enrolment", "Nobody yet", Map.of("BJ", List.of()))
                        .inlineSvg())
                .contains("<title>Nobody yet</title>")
                .doesNotContain("<path");
        assertThatThrownBy(() -> EnrolmentChart.of("enrolment", "t", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void styleAttributesBecomePresentationAttributes() {
        assertThat(Figure.presentationAttributes("<g style='fill:rgb(0,0,0);stroke-width: 2'><path d='M0'/></g>"))
                .isEqualTo("<g fill='rgb(0,0,0)' stroke-width='2'><path d='M0'/></g>");
    }
}
