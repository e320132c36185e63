package org.marrow.protocol;

import static org.marrow.protocol.Scalars.code;
import static org.marrow.protocol.Scalars.orEmpty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.marrow.clinical.labs.Threshold.Relation;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.Unit;
import org.marrow.protocol.design.BaselineRow;
import org.marrow.protocol.design.ComparisonTest;
import org.marrow.protocol.design.LabThreshold;
import org.marrow.protocol.design.NeutropeniaDuration;
import org.marrow.protocol.design.Subgroup;
import org.marrow.protocol.design.TimeToEventSummary;

/**
 * Reads the analyses {@code design.analysis} asks for beyond its comparison choices
 * (docs/protocol-format.md, "design.analysis"): {@code time_to_event}, {@code lab_thresholds}, {@code
 * subgroups}, {@code completers}, {@code neutropenia_duration}, {@code baseline} and {@code
 * standardized_differences}. Each problem is reported at its value's position; a key with a problem
 * reads as not stated.
 */
final class AnalysisReader {
    private final Problems problems;
    private final Declarations declared;

    AnalysisReader(Problems problems, Declarations declared) {
        this.problems = problems;
        this.declared = declared;
    }

    /** The analyses asked for under {@code design.analysis}. */
    record Analyses(
            Optional<TimeToEventSummary> timeToEvent,
            List<LabThreshold> labThresholds,
            List<Subgroup> subgroups,
            Optional<String> completers,
            Optional<NeutropeniaDuration> neutropeniaDuration,
            List<BaselineRow> baseline,
            Optional<Boolean> standardizedDifferences) {}

    Analyses read(YamlMap analysis) {
        return new Analyses(
                timeToEvent(analysis),
                labThresholds(analysis),
                subgroups(analysis),
                completers(analysis),
                neutropeniaDuration(analysis),
                baseline(analysis),
                Optional.ofNullable(analysis.bool("standardized_differences", false)));
    }

    /** {@code time_to_event: {summary: km-median|median-among-events, test: log-rank|mann-whitney}}. */
    private Optional<TimeToEventSummary> timeToEvent(YamlMap analysis) {
        YamlMap map = analysis.map("time_to_event", false, Keys.TIME_TO_EVENT);
        if (map == null) {
            return Optional.empty();
        }
        int before = problems.count();
        TimeToEventSummary.Summary summary = map.parsed(
                "summary",
                true,
                text -> code(
                        TimeToEventSummary.Summary.class,
                        text,
                        "a summary of times",
                        TimeToEventSummary.Summary::code));
        ComparisonTest test = map.parsed("test", true, text -> comparison(text, "a test of times"));
        if (test != null && test != ComparisonTest.LOG_RANK && test != ComparisonTest.MANN_WHITNEY) {
            map.report("test", "'" + test.code() + "' is not a test of times; expected log-rank or mann-whitney");
        }
        return Optional.ofNullable(
                problems.build(before, map.node(), map.path(), () -> new TimeToEventSummary(summary, test)));
    }

    /** {@code lab_thresholds: [{test, relation, value, unit}]}. */
    private List<LabThreshold> labThresholds(YamlMap analysis) {
        List<LabThreshold> out = new ArrayList<>();
        for (YamlMap.Element element : orEmpty(analysis.list("lab_thresholds", false))) {
            YamlMap map = element.map(problems, Keys.LAB_THRESHOLD);
            if (map == null) {
                continue;
            }
            int before = problems.count();
            LabTest test = map.parsed("test", true, AnalysisReader::labTest);
            Relation relation = map.parsed("relation", true, Scalars::relation);
            LabValue limit = limit(map, test);
            LabThreshold threshold =
                    problems.build(before, map.node(), map.path(), () -> new LabThreshold(relation, limit));
            if (threshold != null) {
                if (out.stream().anyMatch(t -> t.code().equals(threshold.code()))) {
                    map.reportHere("a second threshold of " + test.code() + " at "
                            + limit.amount().toPlainString() + "; each threshold once");
                } else {
                    out.add(threshold);
                }
            }
        }
        return out;
    }

    /** {@code subgroups: [severity]}. */
    private List<Subgroup> subgroups(YamlMap analysis) {
        List<Subgroup> out = new ArrayList<>();
        for (YamlMap.Element element : orEmpty(analysis.list("subgroups", false))) {
            String text = element.text(problems);
            if (text == null) {
                continue;
            }
            try {
                Subgroup s = code(Subgroup.class, text, "a subgroup", Subgroup::code);
                if (!out.contains(s)) {
                    out.add(s);
                }
            } catch (IllegalArgumentException e) {
                problems.report(element.node(), element.path(), e.getMessage());
            }
        }
        if (!out.isEmpty() && declared.arms.size() < 2) {
            analysis.report("subgroups", "subgroups compare arms within each subgroup; this protocol has one arm");
        }
        return out;
    }

    /** {@code completers: week-26}: a visit of the protocol. */
    private Optional<String> completers(YamlMap analysis) {
        String visit = analysis.text("completers", false);
        if (visit != null && !declared.visitNames.contains(visit)) {
            analysis.report(
                    "completers",
                    "'" + visit + "' is not a visit of this protocol; expected one of "
                            + declared.visitNames.stream().sorted().toList());
            return Optional.empty();
        }
        return Optional.ofNullable(visit);
    }

    /** {@code neutropenia_duration: {below: 1.0, from_day: 29, to_day: 80}} (10^9/L). */
    private Optional<NeutropeniaDuration> neutropeniaDuration(YamlMap analysis) {
        YamlMap map = analysis.map("neutropenia_duration", false, Keys.NEUTROPENIA_DURATION);
        if (map == null) {
            return Optional.empty();
        }
        int before = problems.count();
        BigDecimal below = map.decimal("below", true);
        Integer from = map.integer("from_day", true);
        Integer to = map.integer("to_day", true);
        if (below != null && below.signum() <= 0) {
            map.report("below", below.toPlainString() + " is not a neutrophil count; expected a number > 0 (10^9/L)");
        }
        if (from != null && to != null && to < from) {
            map.report("to_day", "day " + to + " is before from_day " + from + "; expected a day on or after it");
        }
        return Optional.ofNullable(
                problems.build(before, map.node(), map.path(), () -> new NeutropeniaDuration(below, from, to)));
    }

    /** {@code baseline: [{row, lab, relation, value, unit, months, test}]}. */
    private List<BaselineRow> baseline(YamlMap analysis) {
        List<BaselineRow> out = new ArrayList<>();
        for (YamlMap.Element element : orEmpty(analysis.list("baseline", false))) {
            YamlMap map = element.map(problems, Keys.BASELINE_ROW);
            if (map == null) {
                continue;
            }
            BaselineRow row = row(map);
            if (row != null) {
                out.add(row);
            }
        }
        return out;
    }

    private BaselineRow row(YamlMap map) {
        int before = problems.count();
        BaselineRow.Kind kind = map.parsed(
                "row", true, text -> code(BaselineRow.Kind.class, text, "a Table 1 row", BaselineRow.Kind::code));
        ComparisonTest test = map.parsed("test", false, text -> comparison(text, "a test of Table 1"));
        if (kind == null) {
            return null;
        }
        boolean lab = kind == BaselineRow.Kind.LAB || kind == BaselineRow.Kind.LAB_POSITIVE;
        LabTest labTest = lab ? map.parsed("lab", true, AnalysisReader::labTest) : null;
        Relation relation = null;
        LabValue limit = null;
        if (kind == BaselineRow.Kind.LAB_POSITIVE) {
            relation = map.parsed("relation", true, Scalars::relation);
            limit = limit(map, labTest);
        }
        Integer months = kind == BaselineRow.Kind.ONSET_INTERVAL ? map.integer("months", true) : null;
        if (months != null && months < 1) {
            map.report("months", months + " is not an interval; expected a whole number of months >= 1");
        }
        for (String key : List.of("lab", "relation", "value", "unit", "months")) {
            boolean used = (key.equals("lab") && lab)
                    || (key.equals("months") && kind == BaselineRow.Kind.ONSET_INTERVAL)
                    || (!key.equals("lab") && !key.equals("months") && kind == BaselineRow.Kind.LAB_POSITIVE);
            if (!used && map.has(key)) {
                map.report(key, "'" + key + "' does not belong to a " + kind.code() + " row");
            }
        }
        if (test != null && (test.ofTable() != kind.categorical() || test == ComparisonTest.LOG_RANK)) {
            map.report(
                    "test",
                    "'" + test.code() + "' does not compare a " + kind.code() + " row; expected "
                            + (kind.categorical() ? "fisher, chisq, chisq-yates or linear-by-linear" : "mann-whitney"));
        }
        Relation r = relation;
        LabValue l = limit;
        return problems.build(
                before,
                map.node(),
                map.path(),
                () -> new BaselineRow(
                        kind,
                        Optional.ofNullable(labTest),
                        Optional.ofNullable(r),
                        Optional.ofNullable(l),
                        months == null ? OptionalInt.empty() : OptionalInt.of(months),
                        Optional.ofNullable(test)));
    }

    /** {@code value} and {@code unit} of a test, in a unit the test accepts; null (reported) if not. */
    private LabValue limit(YamlMap map, LabTest test) {
        BigDecimal value = map.decimal("value", true);
        Unit unit = map.parsed("unit", true, Unit::parse);
        if (test == null || value == null || unit == null) {
            return null;
        }
        if (!test.accepts(unit)) {
            map.report(
                    "unit",
                    "'" + unit.symbol() + "' is not a unit of " + test.code() + "; expected one of "
                            + test.acceptedUnits().stream().map(Unit::symbol).toList());
            return null;
        }
        try {
            return LabValue.of(test, value, unit);
        } catch (IllegalArgumentException e) {
            map.report("value", value.toPlainString() + " " + unit.symbol() + " is not a possible " + test.code());
            return null;
        }
    }

    private static LabTest labTest(String text) {
        try {
            return LabTest.fromCode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a known lab test; expected one of "
                    + String.join(
                            ", ",
                            java.util.Arrays.stream(LabTest.values())
                                    .map(LabTest::code)
                                    .toList()));
        }
    }

    private static ComparisonTest comparison(String text, String what) {
        return code(ComparisonTest.class, text, what, ComparisonTest::code);
    }
}
