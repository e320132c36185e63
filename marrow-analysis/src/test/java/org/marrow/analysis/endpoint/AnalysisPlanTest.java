package org.marrow.analysis.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.marrow.analysis.endpoint.AnalysisPlan.Grouping;
import org.marrow.analysis.table.StatTest;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;

/** The analysis plan of a protocol: what {@code design.analysis} states, else the design type's rule. */
class AnalysisPlanTest {
    private static AnalysisPlan bundled(String id) {
        return AnalysisPlan.of(ProtocolRegistry.bundled().resolve(id));
    }

    private static String ctxIstText() throws IOException {
        try (InputStream in = ProtocolRegistry.class.getResourceAsStream("bundled/ctx-ist-1.0.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theReferenceProtocolsGetTheirDocumentsTests() {
        AnalysisPlan ctx = bundled("ctx-ist");
        assertThat(ctx.grouping()).isEqualTo(Grouping.SEVERITY);
        assertThat(ctx.categoricalTest()).isEqualTo(StatTest.FISHER_EXACT);
        assertThat(ctx.infectionWindowDays()).isEqualTo(90);
        AnalysisPlan hpag = bundled("hpag-ist");
        assertThat(hpag.grouping()).isEqualTo(Grouping.ARM);
        // Document 001's printed P values are the linear-by-linear test's (hpag-ist's design.analysis).
        assertThat(hpag.categoricalTest()).isEqualTo(StatTest.LINEAR_BY_LINEAR);
    }

    @Test
    void whatAProtocolDoesNotStateFollowsItsDesignType() {
        AnalysisPlan singleArm = bundled("romiplostim-csa");
        assertThat(singleArm.grouping()).isEqualTo(Grouping.SEVERITY);
        assertThat(singleArm.categoricalTest()).isEqualTo(StatTest.FISHER_EXACT);
        assertThat(singleArm.confidenceLevel()).isEqualTo(0.95);
        assertThat(singleArm.competingEvents()).isTrue();
        assertThat(singleArm.infectionWindowDays()).isEqualTo(90);
        AnalysisPlan randomized = bundled("sirolimus-csa");
        assertThat(randomized.grouping()).isEqualTo(Grouping.ARM);
        assertThat(randomized.categoricalTest()).isEqualTo(StatTest.FISHER_EXACT);
    }

    @Test
    void statedChoicesOverrideTheDesignType() throws IOException {
        String text = ctxIstText()
                .replace("rates_test: fisher", "rates_test: chisq-yates")
                .replace("confidence_level: 0.95 ", "confidence_level: 0.9  ")
                .replace("infection_window_days: 90", "infection_window_days: 30\n    competing_events: false");
        Protocol protocol = ProtocolRegistry.parse("ctx-ist-edited.yaml", text);
        AnalysisPlan plan = AnalysisPlan.of(protocol);
        assertThat(plan.categoricalTest()).isEqualTo(StatTest.PEARSON_CHI_SQUARED_YATES);
        assertThat(plan.confidenceLevel()).isEqualTo(0.9);
        assertThat(plan.infectionWindowDays()).isEqualTo(30);
        assertThat(plan.competingEvents()).isFalse();
        assertThat(plan.grouping()).isEqualTo(Grouping.SEVERITY);
    }
}
