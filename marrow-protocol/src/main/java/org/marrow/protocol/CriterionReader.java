package org.marrow.protocol;

import static org.marrow.protocol.Scalars.code;
import static org.marrow.protocol.Scalars.orEmpty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.marrow.clinical.karyotype.Karyotype;
import org.marrow.clinical.karyotype.UnreadableKaryotypeException;
import org.marrow.clinical.labs.Threshold.Relation;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.Unit;
import org.marrow.clinical.renal.WeightBasis;
import org.marrow.clinical.response.CriteriaSet;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.clinical.severity.Severity;
import org.marrow.protocol.eligibility.AgeCriterion;
import org.marrow.protocol.eligibility.AllOf;
import org.marrow.protocol.eligibility.AnyOf;
import org.marrow.protocol.eligibility.ClonalKaryotypeCriterion;
import org.marrow.protocol.eligibility.CreatinineClearanceCriterion;
import org.marrow.protocol.eligibility.Criterion;
import org.marrow.protocol.eligibility.HistoryCriterion;
import org.marrow.protocol.eligibility.LabCriterion;
import org.marrow.protocol.eligibility.Not;
import org.marrow.protocol.eligibility.RepeatedLabCriterion;
import org.marrow.protocol.eligibility.ResponseCriterion;
import org.marrow.protocol.eligibility.SeverityCriterion;
import org.marrow.protocol.model.Period;

/**
 * Reads a typed criterion: exactly one of {@code lab}, {@code repeated}, {@code age}, {@code
 * severity}, {@code history}, {@code creatinine_clearance}, {@code response}, {@code clonal_karyotype},
 * {@code all}, {@code any} or {@code not} (docs/protocol-format.md, "Eligibility"), as eligibility and dose rules write them.
 */
final class CriterionReader {
    private final Problems problems;
    private final Declarations declared;
    private final ValueReader values;

    CriterionReader(Problems problems, Declarations declared, ValueReader values) {
        this.problems = problems;
        this.declared = declared;
        this.values = values;
    }

    Criterion read(YamlMap parent, String key, boolean required) {
        YamlMap map = parent.map(key, required, Keys.CRITERION);
        return map == null ? null : readKinds(map);
    }

    Criterion read(YamlMap.Element element) {
        YamlMap map = element.map(problems, Keys.CRITERION);
        return map == null ? null : readKinds(map);
    }

    /** Reads the one criterion kind key of a mapping. */
    Criterion readKinds(YamlMap map) {
        List<String> kinds = map.present(Keys.CRITERION_KINDS);
        if (kinds.size() != 1) {
            map.reportHere(
                    (kinds.isEmpty() ? "no criterion" : "more than one criterion (" + String.join(", ", kinds) + ")")
                            + "; expected exactly one of " + String.join(", ", Keys.CRITERION_KINDS));
            return null;
        }
        String kind = kinds.get(0);
        int before = problems.count();
        return switch (kind) {
            case "lab" -> {
                YamlMap lab = map.map("lab", true, Keys.LAB);
                yield lab == null ? null : lab(lab);
            }
            case "repeated" -> repeated(map.map("repeated", true, Keys.REPEATED));
            case "age" -> age(map.map("age", true, Keys.AGE));
            case "severity" -> severity(map.map("severity", true, Keys.SEVERITY));
            case "history" -> history(map.map("history", true, Keys.HISTORY));
            case "creatinine_clearance" -> clearance(map.map("creatinine_clearance", true, Keys.CREATININE_CLEARANCE));
            case "response" -> response(map.map("response", true, Keys.RESPONSE_CRITERION));
            case "clonal_karyotype" -> clonalKaryotype(map.map("clonal_karyotype", true, Keys.CLONAL_KARYOTYPE));
            case "not" -> {
                Criterion part = read(map, "not", true);
                yield problems.build(before, map.node(), map.sub("not"), () -> new Not(part));
            }
            default -> {
                List<YamlMap.Element> elements = map.list(kind, true);
                if (elements == null) {
                    yield null;
                }
                if (elements.isEmpty()) {
                    map.report(kind, "expected at least one criterion");
                }
                List<Criterion> parts = new ArrayList<>();
                for (YamlMap.Element element : elements) {
                    parts.add(read(element));
                }
                yield problems.build(
                        before,
                        map.value(kind),
                        map.sub(kind),
                        () -> kind.equals("all") ? new AllOf(parts) : new AnyOf(parts));
            }
        };
    }

    private LabCriterion lab(YamlMap lab) {
        int before = problems.count();
        LabTest test = lab.parsed("test", true, text -> {
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
        });
        Relation relation = lab.parsed("relation", true, Scalars::relation);
        boolean hasValue = lab.has("value");
        boolean hasUln = lab.has("uln_multiple");
        if (hasValue == hasUln) {
            lab.reportHere("expected exactly one of 'value' (with 'unit') or 'uln_multiple'");
        }
        BigDecimal value = hasValue ? lab.decimal("value", true) : null;
        Unit unit = hasValue ? lab.parsed("unit", true, Unit::parse) : null;
        if (!hasValue && lab.has("unit")) {
            lab.report("unit", "'unit' goes with 'value'; a ULN multiple has no unit");
        }
        BigDecimal uln = hasUln ? lab.decimal("uln_multiple", true) : null;
        Integer maxAge = lab.integer("max_age_days", false);
        if (problems.count() > before) {
            return null;
        }
        if (hasValue && !test.accepts(unit)) {
            lab.report(
                    "unit",
                    "'" + unit.symbol() + "' is not a unit of " + test.code() + "; expected one of "
                            + test.acceptedUnits().stream().map(Unit::symbol).toList());
            return null;
        }
        if (hasUln && !declared.referenceRanges.containsKey(test)) {
            lab.report(
                    "uln_multiple",
                    "no reference range for " + test.code() + "; a ULN multiple needs an entry under reference_ranges");
            return null;
        }
        return problems.build(
                before,
                lab.node(),
                lab.path(),
                () -> new LabCriterion(
                        test,
                        relation,
                        hasValue ? Optional.of(LabValue.of(test, value, unit)) : Optional.empty(),
                        Optional.ofNullable(uln),
                        maxAge == null ? OptionalInt.empty() : OptionalInt.of(maxAge)));
    }

    private Criterion repeated(YamlMap map) {
        if (map == null) {
            return null;
        }
        int before = problems.count();
        YamlMap labMap = map.map("lab", true, Keys.LAB);
        LabCriterion lab = labMap == null ? null : lab(labMap);
        Integer times = map.integer("times", true);
        Integer interval = map.integer("min_interval_days", true);
        Boolean consecutive = map.has("consecutive") ? map.bool("consecutive", true) : Boolean.FALSE;
        Integer within = map.integer("within_days", false);
        return problems.build(
                before,
                map.node(),
                map.path(),
                () -> new RepeatedLabCriterion(
                        lab,
                        times,
                        interval,
                        consecutive,
                        within == null ? OptionalInt.empty() : OptionalInt.of(within)));
    }

    private Criterion age(YamlMap map) {
        if (map == null) {
            return null;
        }
        int before = problems.count();
        Relation relation = map.parsed("relation", true, Scalars::relation);
        Integer years = map.integer("years", true);
        return problems.build(before, map.node(), map.sub("years"), () -> new AgeCriterion(relation, years));
    }

    private Criterion severity(YamlMap map) {
        if (map == null) {
            return null;
        }
        int before = problems.count();
        List<YamlMap.Element> elements = map.list("in", true);
        Set<Severity> allowed = EnumSet.noneOf(Severity.class);
        for (YamlMap.Element element : orEmpty(elements)) {
            String text = element.text(problems);
            if (text == null) {
                continue;
            }
            Optional<Severity> severity = java.util.Arrays.stream(Severity.values())
                    .filter(s -> s.abbreviation().equals(text))
                    .findFirst();
            if (severity.isPresent()) {
                allowed.add(severity.get());
            } else {
                problems.report(
                        element.node(),
                        element.path(),
                        "'" + text + "' is not a severity; expected one of VSAA, SAA, NSAA");
            }
        }
        return problems.build(before, map.node(), map.sub("in"), () -> new SeverityCriterion(allowed));
    }

    /**
     * {@code clonal_karyotype: {except: [del(20q), +8, -Y]}}: each exception an ISCN abnormality
     * marrow-clinical reads (an empty list counts every clonal abnormality).
     */
    private Criterion clonalKaryotype(YamlMap map) {
        if (map == null) {
            return null;
        }
        int before = problems.count();
        List<String> exceptions = new ArrayList<>();
        for (YamlMap.Element element : orEmpty(map.list("except", true))) {
            String text = element.text(problems);
            if (text == null) {
                continue;
            }
            try {
                Karyotype.abnormality(text);
                exceptions.add(text.trim());
            } catch (UnreadableKaryotypeException e) {
                problems.report(
                        element.node(),
                        element.path(),
                        "'" + text + "' is not an ISCN abnormality Marrow reads; expected e.g. del(20q), +8, -Y");
            }
        }
        return problems.build(before, map.node(), map.sub("except"), () -> ClonalKaryotypeCriterion.except(exceptions));
    }

    private Criterion history(YamlMap map) {
        if (map == null) {
            return null;
        }
        int before = problems.count();
        String item = map.text("item", true);
        if (item != null && !declared.historyItems.containsKey(item)) {
            map.report(
                    "item",
                    "'" + item + "' is not a declared history item; expected one of "
                            + String.join(", ", declared.historyItems.keySet()) + " (declare it under history_items)");
        }
        HistoryCriterion.DurationCondition duration = null;
        YamlMap durationMap = map.map("duration", false, Keys.DURATION);
        if (durationMap != null) {
            int durationBefore = problems.count();
            Relation relation = durationMap.parsed("relation", true, Scalars::relation);
            Period period = values.period(durationMap);
            duration = problems.build(
                    durationBefore,
                    durationMap.node(),
                    durationMap.path(),
                    () -> new HistoryCriterion.DurationCondition(relation, period));
        }
        Period within = null;
        YamlMap withinMap = map.map("within", false, Keys.PERIOD);
        if (withinMap != null) {
            within = values.period(withinMap);
        }
        HistoryCriterion.ValueCondition value = null;
        YamlMap valueMap = map.map("value", false, Keys.VALUE_CONDITION);
        if (valueMap != null) {
            int valueBefore = problems.count();
            Relation relation = valueMap.parsed("relation", true, Scalars::relation);
            BigDecimal number = valueMap.decimal("value", true);
            value = problems.build(
                    valueBefore,
                    valueMap.node(),
                    valueMap.path(),
                    () -> new HistoryCriterion.ValueCondition(relation, number));
        }
        List<String> oneOf = map.has("one_of") ? map.texts("one_of", true) : List.of();
        if (oneOf != null && map.has("one_of") && oneOf.isEmpty()) {
            map.report("one_of", "expected at least one value");
        }
        HistoryCriterion.DurationCondition d = duration;
        Period w = within;
        HistoryCriterion.ValueCondition v = value;
        return problems.build(
                before,
                map.node(),
                map.path(),
                () -> new HistoryCriterion(
                        item, Optional.ofNullable(d), Optional.ofNullable(w), Optional.ofNullable(v), oneOf));
    }

    private Criterion clearance(YamlMap map) {
        if (map == null) {
            return null;
        }
        int before = problems.count();
        Relation relation = map.parsed("relation", true, Scalars::relation);
        BigDecimal limit = map.decimal("ml_per_min", true);
        WeightBasis weight = map.has("weight")
                ? map.parsed(
                        "weight",
                        true,
                        text -> code(WeightBasis.class, text, "a weight basis", w -> w.name()
                                .toLowerCase(Locale.ROOT)))
                : WeightBasis.ACTUAL;
        return problems.build(
                before, map.node(), map.path(), () -> new CreatinineClearanceCriterion(relation, limit, weight));
    }

    private Criterion response(YamlMap map) {
        if (map == null) {
            return null;
        }
        int before = problems.count();
        CriteriaSet set = map.parsed("criteria", true, CriteriaSet::fromCode);
        ResponseCategory atLeast = map.parsed(
                "at_least", true, text -> code(ResponseCategory.class, text, "a response category", Enum::name));
        return problems.build(before, map.node(), map.path(), () -> new ResponseCriterion(set, atLeast));
    }
}
