package org.marrow.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marrow.protocol.ProtocolValidationTest.at;
import static org.marrow.protocol.ProtocolValidationTest.edit;
import static org.marrow.protocol.ProtocolValidationTest.problems;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marrow.protocol.design.AnalysisSettings;
import org.marrow.protocol.design.AnalysisSettings.Compare;
import org.marrow.protocol.design.AnalysisSettings.RatesTest;

/** {@code design.analysis}: the analysis plan's stated choices, parsed and checked with their position. */
class AnalysisSettingsTest {
    /** "line:column" of the value of the first {@code key:} in the analysis block. */
    private static String valueOf(String text, String key) {
        String needle = "    " + key + ": ";
        String[] position = at(text, needle).split(":");
        return position[0] + ":" + (Integer.parseInt(position[1]) + needle.length());
    }

    private static String withAnalysis(String block) {
        return edit("design:\n  type: single-arm\n", "design:\n  type: single-arm\n  analysis:\n" + block);
    }

    @Test
    void aProtocolWithoutTheBlockStatesNothing() {
        assertThat(ProtocolRegistry.parse("mini.yaml", ProtocolValidationTest.VALID)
                        .design()
                        .analysis())
                .isEqualTo(AnalysisSettings.NONE);
    }

    @Test
    void everyChoiceIsRead() {
        AnalysisSettings a = ProtocolRegistry.parse(
                        "mini.yaml",
                        withAnalysis(
                                """
                                    compare: severity
                                    rates_test: chisq-yates
                                    confidence_level: 0.9
                                    competing_events: false
                                    infection_window_days: 30
                                """))
                .design()
                .analysis();
        assertThat(a)
                .isEqualTo(new AnalysisSettings(
                        Optional.of(Compare.SEVERITY),
                        Optional.of(RatesTest.CHISQ_YATES),
                        Optional.of(new BigDecimal("0.9")),
                        Optional.of(false),
                        OptionalInt.of(30)));
    }

    @Test
    void anUnknownTestNamesTheKnownOnes() {
        String text = withAnalysis("    rates_test: t-test\n");
        assertThat(problems(text))
                .containsExactly(
                        "mini.yaml:" + valueOf(text, "rates_test") + ": design.analysis.rates_test: 't-test' is not a"
                                + " test of rates; expected one of fisher, chisq, chisq-yates");
    }

    @Test
    void comparingArmsNeedsTwoArms() {
        String text = withAnalysis("    compare: arm\n");
        assertThat(problems(text))
                .containsExactly(
                        "mini.yaml:" + valueOf(text, "compare") + ": design.analysis.compare: 'arm' needs two arms to"
                                + " compare; this protocol has one (compare 'severity'?)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "1.0", "-0.5", "95"})
    void aConfidenceLevelOutsideZeroToOneIsRefused(String level) {
        String text = withAnalysis("    confidence_level: " + level + "\n");
        assertThat(problems(text))
                .containsExactly(
                        "mini.yaml:" + valueOf(text, "confidence_level") + ": design.analysis.confidence_level:"
                                + " confidence level " + new BigDecimal(level).toPlainString()
                                + " is not strictly between 0 and 1 (e.g. 0.95)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0001", "0.95", "0.9999"})
    void aConfidenceLevelJustInsideIsAccepted(String level) {
        assertThat(ProtocolRegistry.parse("mini.yaml", withAnalysis("    confidence_level: " + level + "\n"))
                        .design()
                        .analysis()
                        .confidenceLevel())
                .contains(new BigDecimal(level));
    }

    @Test
    void theInfectionWindowIsAtLeastOneDay() {
        String text = withAnalysis("    infection_window_days: 0\n");
        assertThat(problems(text))
                .containsExactly("mini.yaml:" + valueOf(text, "infection_window_days")
                        + ": design.analysis.infection_window_days: 0 days is"
                        + " not a window; expected a whole number >= 1");
        assertThat(ProtocolRegistry.parse("mini.yaml", withAnalysis("    infection_window_days: 1\n"))
                        .design()
                        .analysis()
                        .infectionWindowDays())
                .hasValue(1);
    }

    @Test
    void competingEventsIsTrueOrFalse() {
        String text = withAnalysis("    competing_events: yes please\n");
        assertThat(problems(text))
                .containsExactly("mini.yaml:" + valueOf(text, "competing_events")
                        + ": design.analysis.competing_events: expected" + " true or false, got 'yes please'");
    }

    @Test
    void anUnknownKeyNamesTheAllowedOnes() {
        String text = withAnalysis("    alpha: 0.05\n");
        assertThat(problems(text))
                .containsExactly("mini.yaml:" + at(text, "alpha:") + ": design.analysis.alpha: unknown key 'alpha';"
                        + " expected one of compare, rates_test, confidence_level, competing_events,"
                        + " infection_window_days");
    }

    @Test
    void theReferenceProtocolsStateWhatTheirDocumentsShow() {
        AnalysisSettings ctx =
                ProtocolRegistry.bundled().resolve("ctx-ist").design().analysis();
        assertThat(ctx.compare()).contains(Compare.SEVERITY);
        assertThat(ctx.ratesTest()).contains(RatesTest.FISHER);
        assertThat(ctx.infectionWindowDays()).hasValue(90);
        AnalysisSettings hpag =
                ProtocolRegistry.bundled().resolve("hpag-ist").design().analysis();
        assertThat(hpag.compare()).contains(Compare.ARM);
        assertThat(hpag.ratesTest()).contains(RatesTest.CHISQ);
    }
}
