package org.marrow.protocol;

import static org.marrow.protocol.Scalars.code;
import static org.marrow.protocol.Scalars.orEmpty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.marrow.protocol.design.AnalysisSettings;
import org.marrow.protocol.design.DesignType;
import org.marrow.protocol.design.Matching;
import org.marrow.protocol.design.Monitoring;
import org.marrow.protocol.design.Randomization;
import org.marrow.protocol.design.SimonTwoStage;
import org.marrow.protocol.design.StatisticalDesign;
import org.marrow.protocol.model.Arm;
import org.marrow.protocol.model.ArmType;

/**
 * Reads {@code design}: the design type, population, interval, Simon two-stage, randomization,
 * matching, the analysis plan's choices under {@code analysis}, and (by {@link MonitoringReader}) the
 * Bayesian monitoring and toxicity stopping rules (docs/protocol-format.md, "Visits, response, endpoints, design").
 */
final class DesignReader {
    private final Problems problems;
    private final Declarations declared;

    DesignReader(Problems problems, Declarations declared) {
        this.problems = problems;
        this.declared = declared;
    }

    /** Reads the section from the protocol mapping; null or empty when it has problems, each reported. */
    StatisticalDesign read(YamlMap map) {
        YamlMap design = map.map("design", true, Keys.DESIGN);
        if (design == null) {
            return null;
        }
        int before = problems.count();
        DesignType type =
                design.parsed("type", true, text -> code(DesignType.class, text, "a design type", DesignType::code));
        String population =
                Optional.ofNullable(design.text("population", false)).orElse("itt");
        String interval =
                Optional.ofNullable(design.text("confidence_interval", false)).orElse("clopper-pearson");
        SimonTwoStage simon = null;
        YamlMap simonMap = design.map("simon", false, Keys.SIMON);
        if (simonMap != null) {
            int simonBefore = problems.count();
            BigDecimal p0 = simonMap.decimal("p0", false);
            BigDecimal p1 = simonMap.decimal("p1", false);
            BigDecimal alpha = simonMap.decimal("alpha", false);
            BigDecimal power = simonMap.decimal("power", false);
            Integer n1 = simonMap.integer("n1", true);
            Integer r1 = simonMap.integer("r1", true);
            Integer n = simonMap.integer("n", true);
            Integer r = simonMap.integer("r", false);
            simon = problems.build(
                    simonBefore,
                    simonMap.node(),
                    simonMap.path(),
                    () -> new SimonTwoStage(
                            Optional.ofNullable(p0),
                            Optional.ofNullable(p1),
                            Optional.ofNullable(alpha),
                            Optional.ofNullable(power),
                            n1,
                            r1,
                            n,
                            r == null ? OptionalInt.empty() : OptionalInt.of(r)));
        }
        Randomization randomization = null;
        YamlMap randomMap = design.map("randomization", false, Keys.RANDOMIZATION);
        if (randomMap != null) {
            int randomBefore = problems.count();
            List<Integer> blocks = new ArrayList<>();
            int ratioSum = declared.arms.values().stream().mapToInt(Arm::ratio).sum();
            for (YamlMap.Element element : orEmpty(randomMap.list("block_sizes", false))) {
                String text = element.text(problems);
                if (text == null) {
                    continue;
                }
                try {
                    int size = Integer.parseInt(text.trim());
                    if (ratioSum > 0 && (size < 1 || size % ratioSum != 0)) {
                        problems.report(
                                element.node(),
                                element.path(),
                                "block size " + size + " is not a positive multiple of the allocation ratio sum ("
                                        + ratioSum + ")");
                    }
                    blocks.add(size);
                } catch (NumberFormatException e) {
                    problems.report(element.node(), element.path(), "expected a whole number, got '" + text + "'");
                }
            }
            List<String> strata = orEmpty(randomMap.texts("stratify_by", false));
            randomization = problems.build(
                    randomBefore, randomMap.node(), randomMap.path(), () -> new Randomization(blocks, strata));
        }
        Matching matching = null;
        YamlMap matchMap = design.map("matching", false, Keys.MATCHING);
        if (matchMap != null) {
            int matchBefore = problems.count();
            Integer ratio = matchMap.integer("ratio", true);
            List<String> keys = matchMap.texts("keys", true);
            String control = matchMap.text("control_arm", true);
            if (control != null) {
                Arm arm = declared.arms.get(control);
                if (arm == null || arm.type() != ArmType.HISTORICAL_CONTROL) {
                    matchMap.report(
                            "control_arm", "'" + control + "' is not a historical-control arm of this protocol");
                }
            }
            matching = problems.build(
                    matchBefore, matchMap.node(), matchMap.path(), () -> new Matching(ratio, keys, control));
        }
        BigDecimal dropout = design.decimal("dropout", false);
        Integer enrollment = design.integer("enrollment", false);
        AnalysisSettings analysis = analysis(design);
        Monitoring monitoring = new MonitoringReader(problems, declared).read(design);
        SimonTwoStage s = simon;
        Randomization rnd = randomization;
        Matching m = matching;
        return problems.build(
                before,
                design.node(),
                design.path(),
                () -> new StatisticalDesign(
                        type,
                        population,
                        interval,
                        Optional.ofNullable(s),
                        Optional.ofNullable(rnd),
                        Optional.ofNullable(m),
                        Optional.ofNullable(dropout),
                        enrollment == null ? OptionalInt.empty() : OptionalInt.of(enrollment),
                        analysis == null ? AnalysisSettings.NONE : analysis,
                        monitoring));
    }

    /** {@code design.analysis}: the analysis plan's choices; null if absent or invalid. */
    private AnalysisSettings analysis(YamlMap design) {
        YamlMap map = design.map("analysis", false, Keys.ANALYSIS);
        if (map == null) {
            return null;
        }
        int before = problems.count();
        AnalysisSettings.Compare compare = map.parsed(
                "compare",
                false,
                text -> code(AnalysisSettings.Compare.class, text, "a comparison", AnalysisSettings.Compare::code));
        if (compare == AnalysisSettings.Compare.ARM && declared.arms.size() == 1) {
            map.report("compare", "'arm' needs two arms to compare; this protocol has one (compare 'severity'?)");
        }
        AnalysisSettings.RatesTest ratesTest = map.parsed(
                "rates_test",
                false,
                text -> code(
                        AnalysisSettings.RatesTest.class, text, "a test of rates", AnalysisSettings.RatesTest::code));
        BigDecimal level = map.decimal("confidence_level", false);
        if (level != null && (level.signum() <= 0 || level.compareTo(BigDecimal.ONE) >= 0)) {
            map.report(
                    "confidence_level",
                    "confidence level " + level.toPlainString() + " is not strictly between 0 and 1 (e.g. 0.95)");
        }
        Boolean competing = map.bool("competing_events", false);
        Integer infection = map.integer("infection_window_days", false);
        if (infection != null && infection < 1) {
            map.report("infection_window_days", infection + " days is not a window; expected a whole number >= 1");
        }
        return problems.build(
                before,
                map.node(),
                map.path(),
                () -> new AnalysisSettings(
                        Optional.ofNullable(compare),
                        Optional.ofNullable(ratesTest),
                        Optional.ofNullable(level),
                        Optional.ofNullable(competing),
                        infection == null ? OptionalInt.empty() : OptionalInt.of(infection)));
    }
}
