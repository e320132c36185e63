package org.marrow.protocol;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.marrow.clinical.labs.Threshold.Relation;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.ReferenceRange;
import org.marrow.clinical.quantity.Unit;
import org.marrow.clinical.renal.WeightBasis;
import org.marrow.clinical.response.CriteriaSet;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.clinical.severity.Severity;
import org.marrow.protocol.design.AnalysisSettings;
import org.marrow.protocol.design.DesignType;
import org.marrow.protocol.design.Endpoint;
import org.marrow.protocol.design.EndpointMeasure;
import org.marrow.protocol.design.Matching;
import org.marrow.protocol.design.Randomization;
import org.marrow.protocol.design.ResponsePlan;
import org.marrow.protocol.design.SimonTwoStage;
import org.marrow.protocol.design.StatisticalDesign;
import org.marrow.protocol.dose.DoseRule;
import org.marrow.protocol.dose.DoseRuleKind;
import org.marrow.protocol.dose.Escalation;
import org.marrow.protocol.dose.SupportiveCare;
import org.marrow.protocol.dose.TaperRestart;
import org.marrow.protocol.dose.TroughTitration;
import org.marrow.protocol.eligibility.AgeCriterion;
import org.marrow.protocol.eligibility.AllOf;
import org.marrow.protocol.eligibility.AnyOf;
import org.marrow.protocol.eligibility.CreatinineClearanceCriterion;
import org.marrow.protocol.eligibility.Criterion;
import org.marrow.protocol.eligibility.CriterionKind;
import org.marrow.protocol.eligibility.Eligibility;
import org.marrow.protocol.eligibility.EligibilityCriterion;
import org.marrow.protocol.eligibility.HistoryCriterion;
import org.marrow.protocol.eligibility.LabCriterion;
import org.marrow.protocol.eligibility.Not;
import org.marrow.protocol.eligibility.RepeatedLabCriterion;
import org.marrow.protocol.eligibility.ResponseCriterion;
import org.marrow.protocol.eligibility.SeverityCriterion;
import org.marrow.protocol.model.Arm;
import org.marrow.protocol.model.ArmType;
import org.marrow.protocol.model.DayRange;
import org.marrow.protocol.model.Identity;
import org.marrow.protocol.model.Period;
import org.marrow.protocol.model.Phase;
import org.marrow.protocol.model.Site;
import org.marrow.protocol.model.TimeUnit;
import org.marrow.protocol.regimen.Amount;
import org.marrow.protocol.regimen.Dose;
import org.marrow.protocol.regimen.DoseBasis;
import org.marrow.protocol.regimen.Frequency;
import org.marrow.protocol.regimen.Regimen;
import org.marrow.protocol.regimen.Rounding;
import org.marrow.protocol.regimen.Route;
import org.marrow.protocol.schedule.Visit;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;
import org.marrow.study.HistoryItem;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads and validates one protocol YAML document, collecting every problem before failing. */
final class ProtocolParser {
    static final String FORMAT = "marrow-protocol/1";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+){0,2}");

    private final Problems problems;
    private final Map<String, Arm> arms = new LinkedHashMap<>();
    private final Map<String, String> historyItems = new LinkedHashMap<>();
    private final Map<LabTest, ReferenceRange> referenceRanges = new EnumMap<>(LabTest.class);
    private final Map<String, DoseRule> doseRules = new LinkedHashMap<>();
    private final Set<String> visitNames = new HashSet<>();

    private ProtocolParser(String source) {
        this.problems = new Problems(source);
    }

    static Protocol parse(String source, String text) {
        ProtocolParser parser = new ProtocolParser(source);
        Protocol protocol = parser.document(text);
        if (parser.problems.count() > 0 || protocol == null) {
            if (parser.problems.count() == 0) {
                parser.problems.report((Node) null, "", "the protocol could not be read");
            }
            throw new InvalidProtocolException(parser.problems.all());
        }
        return protocol;
    }

    private Protocol document(String text) {
        Node root;
        try {
            root = new Compose(LoadSettings.builder()
                            .setLabel(problems.source())
                            .setAllowDuplicateKeys(true)
                            .build())
                    .composeString(text)
                    .orElse(null);
        } catch (MarkedYamlEngineException e) {
            problems.report(e.getProblemMark().orElse(null), "", "not valid YAML: " + e.getProblem());
            return null;
        } catch (YamlEngineException e) {
            problems.report((Node) null, "", "not valid YAML: " + e.getMessage());
            return null;
        }
        if (root == null) {
            problems.report((Node) null, "", "the file is empty; expected a protocol mapping");
            return null;
        }
        YamlMap map = YamlMap.of(problems, root, "", Keys.PROTOCOL);
        if (map == null) {
            return null;
        }
        int before = problems.count();
        String format = map.text("format", true);
        if (format != null && !format.equals(FORMAT)) {
            map.report("format", "'" + format + "' is not a supported format; expected " + FORMAT);
        }
        Identity identity = identity(map);
        List<Arm> armList = arms(map);
        referenceRanges(map);
        historyItems(map);
        Eligibility eligibility = eligibility(map);
        List<DoseRule> rules = doseRules(map);
        List<Regimen> regimens = regimens(map);
        List<Visit> visits = visits(map);
        ResponsePlan response = responsePlan(map);
        List<Endpoint> endpoints = endpoints(map);
        StatisticalDesign design = design(map);
        return problems.build(
                before,
                root,
                "",
                () -> new Protocol(
                        identity,
                        armList,
                        referenceRanges,
                        eligibility,
                        regimens,
                        rules,
                        visits,
                        response,
                        endpoints,
                        design));
    }

    // --- identity ---------------------------------------------------------------------------

    private Identity identity(YamlMap map) {
        int before = problems.count();
        String id = id(map, "id", true);
        String version = map.text("version", true);
        if (version != null && !VERSION.matcher(version).matches()) {
            map.report("version", "'" + version + "' is not a version; expected numbers separated by dots, e.g. 1.0");
        }
        String title = map.text("title", true);
        Phase phase = map.parsed("phase", true, Phase::fromCode);
        List<String> registryIds = orEmpty(map.texts("registry_ids", false));
        String document = Optional.ofNullable(map.text("document", false)).orElse("");
        List<Site> sites = new ArrayList<>();
        Set<String> siteIds = new HashSet<>();
        for (YamlMap.Element element : orEmpty(map.list("sites", false))) {
            YamlMap site = element.map(problems, Keys.SITE);
            if (site == null) {
                continue;
            }
            int siteBefore = problems.count();
            String siteId = id(site, "id", true);
            if (siteId != null && !siteIds.add(siteId)) {
                site.report("id", "duplicate site id '" + siteId + "'");
            }
            String name = site.text("name", true);
            String city = Optional.ofNullable(site.text("city", false)).orElse("");
            Site built = problems.build(siteBefore, site.node(), site.path(), () -> new Site(siteId, name, city));
            if (built != null) {
                sites.add(built);
            }
        }
        return problems.build(
                before, map.node(), "", () -> new Identity(id, version, title, phase, registryIds, document, sites));
    }

    private List<Arm> arms(YamlMap map) {
        List<Arm> list = new ArrayList<>();
        List<YamlMap.Element> elements = map.list("arms", true);
        if (elements != null && elements.isEmpty()) {
            map.report("arms", "expected at least one arm");
        }
        for (YamlMap.Element element : orEmpty(elements)) {
            YamlMap arm = element.map(problems, Keys.ARM);
            if (arm == null) {
                continue;
            }
            int before = problems.count();
            String id = id(arm, "id", true);
            if (id != null && arms.containsKey(id)) {
                arm.report("id", "duplicate arm id '" + id + "'");
            }
            String name = arm.text("name", true);
            ArmType type = arm.parsed("type", true, text -> code(ArmType.class, text, "an arm type", ArmType::code));
            Integer ratio = arm.has("ratio") ? arm.integer("ratio", true) : Integer.valueOf(1);
            Arm built = problems.build(before, arm.node(), arm.sub("ratio"), () -> new Arm(id, name, type, ratio));
            if (built != null) {
                arms.put(id, built);
                list.add(built);
            }
        }
        return list;
    }

    private void referenceRanges(YamlMap map) {
        for (YamlMap.Element element : orEmpty(map.list("reference_ranges", false))) {
            YamlMap range = element.map(problems, Keys.REFERENCE_RANGE);
            if (range == null) {
                continue;
            }
            int before = problems.count();
            LabTest test = range.parsed("test", true, LabTest::fromCode);
            Unit unit = range.parsed("unit", true, Unit::parse);
            BigDecimal lower = range.decimal("lower", false);
            BigDecimal upper = range.decimal("upper", false);
            if (lower == null && upper == null && problems.count() == before) {
                range.reportHere("expected 'lower', 'upper' or both");
            }
            ReferenceRange built = problems.build(
                    before,
                    range.node(),
                    range.path(),
                    () -> new ReferenceRange(
                            test,
                            Optional.ofNullable(lower).map(v -> LabValue.of(test, v, unit)),
                            Optional.ofNullable(upper).map(v -> LabValue.of(test, v, unit))));
            if (built != null) {
                if (referenceRanges.containsKey(test)) {
                    range.report("test", "duplicate reference range for " + test.code());
                } else {
                    referenceRanges.put(test, built);
                }
            }
        }
    }

    private void historyItems(YamlMap map) {
        if (!map.has("history_items")) {
            return;
        }
        Node node = map.value("history_items");
        if (!(node instanceof MappingNode mapping)) {
            map.report(
                    "history_items",
                    "expected a mapping of history item ids to descriptions, got " + YamlMap.describe(node));
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.report(tuple.getKeyNode(), "history_items", "expected a history item id");
                continue;
            }
            String id = key.getValue();
            String path = "history_items." + id;
            if (HistoryItem.byCode(id).isEmpty() && !id.startsWith(HistoryItem.CUSTOM_PREFIX)) {
                problems.report(
                        key,
                        path,
                        "'" + id + "' is not a data set history item; expected one of "
                                + java.util.Arrays.stream(HistoryItem.values())
                                        .map(HistoryItem::code)
                                        .collect(java.util.stream.Collectors.joining(", "))
                                + ", or a custom item starting with " + HistoryItem.CUSTOM_PREFIX);
            } else if (historyItems.containsKey(id)) {
                problems.report(key, path, "duplicate history item '" + id + "'");
            }
            Node value = tuple.getValueNode();
            if (value instanceof ScalarNode description) {
                historyItems.put(id, description.getValue());
            } else {
                problems.report(value, path, "expected a description, got " + YamlMap.describe(value));
            }
        }
    }

    // --- eligibility ------------------------------------------------------------------------

    private Eligibility eligibility(YamlMap map) {
        YamlMap eligibility = map.map("eligibility", true, Keys.ELIGIBILITY);
        if (eligibility == null) {
            return null;
        }
        int before = problems.count();
        Integer maxAge = eligibility.has("lab_max_age_days") ? eligibility.integer("lab_max_age_days", true) : 28;
        Set<String> ids = new HashSet<>();
        List<EligibilityCriterion> inclusion = criteria(eligibility, "inclusion", CriterionKind.INCLUSION, ids);
        List<EligibilityCriterion> exclusion = criteria(eligibility, "exclusion", CriterionKind.EXCLUSION, ids);
        return problems.build(
                before,
                eligibility.node(),
                eligibility.path(),
                () -> new Eligibility(inclusion, exclusion, historyItems, maxAge));
    }

    private List<EligibilityCriterion> criteria(YamlMap map, String key, CriterionKind kind, Set<String> ids) {
        List<EligibilityCriterion> list = new ArrayList<>();
        for (YamlMap.Element element : orEmpty(map.list(key, kind == CriterionKind.INCLUSION))) {
            YamlMap entry = element.map(problems, Keys.ELIGIBILITY_CRITERION);
            if (entry == null) {
                continue;
            }
            int before = problems.count();
            String id = entry.text("id", true);
            if (id != null && !ids.add(id)) {
                entry.report("id", "duplicate criterion id '" + id + "'");
            }
            String text = entry.text("text", true);
            String source = Optional.ofNullable(entry.text("source", false)).orElse("");
            Criterion criterion = criterionKinds(entry);
            EligibilityCriterion built = problems.build(
                    before,
                    entry.node(),
                    entry.path(),
                    () -> new EligibilityCriterion(id, kind, text, source, criterion));
            if (built != null) {
                list.add(built);
            }
        }
        return list;
    }

    private Criterion criterion(YamlMap parent, String key, boolean required) {
        YamlMap map = parent.map(key, required, Keys.CRITERION);
        return map == null ? null : criterionKinds(map);
    }

    private Criterion criterion(YamlMap.Element element) {
        YamlMap map = element.map(problems, Keys.CRITERION);
        return map == null ? null : criterionKinds(map);
    }

    /** Reads the one criterion kind key of a mapping. */
    private Criterion criterionKinds(YamlMap map) {
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
            case "not" -> {
                Criterion part = criterion(map, "not", true);
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
                    parts.add(criterion(element));
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
        Relation relation = lab.parsed("relation", true, ProtocolParser::relation);
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
        if (hasUln && !referenceRanges.containsKey(test)) {
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
        Relation relation = map.parsed("relation", true, ProtocolParser::relation);
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

    private Criterion history(YamlMap map) {
        if (map == null) {
            return null;
        }
        int before = problems.count();
        String item = map.text("item", true);
        if (item != null && !historyItems.containsKey(item)) {
            map.report(
                    "item",
                    "'" + item + "' is not a declared history item; expected one of "
                            + String.join(", ", historyItems.keySet()) + " (declare it under history_items)");
        }
        HistoryCriterion.DurationCondition duration = null;
        YamlMap durationMap = map.map("duration", false, Keys.DURATION);
        if (durationMap != null) {
            int durationBefore = problems.count();
            Relation relation = durationMap.parsed("relation", true, ProtocolParser::relation);
            Period period = period(durationMap);
            duration = problems.build(
                    durationBefore,
                    durationMap.node(),
                    durationMap.path(),
                    () -> new HistoryCriterion.DurationCondition(relation, period));
        }
        Period within = null;
        YamlMap withinMap = map.map("within", false, Keys.PERIOD);
        if (withinMap != null) {
            within = period(withinMap);
        }
        HistoryCriterion.ValueCondition value = null;
        YamlMap valueMap = map.map("value", false, Keys.VALUE_CONDITION);
        if (valueMap != null) {
            int valueBefore = problems.count();
            Relation relation = valueMap.parsed("relation", true, ProtocolParser::relation);
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
        Relation relation = map.parsed("relation", true, ProtocolParser::relation);
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

    private Period period(YamlMap map) {
        List<String> units = map.present(Keys.PERIOD_UNITS);
        if (units.size() != 1) {
            map.reportHere("expected exactly one of " + String.join(", ", Keys.PERIOD_UNITS) + ", got "
                    + (units.isEmpty() ? "none" : String.join(", ", units)));
            return null;
        }
        String key = units.get(0);
        int before = problems.count();
        Integer amount = map.integer(key, true);
        return problems.build(
                before,
                map.value(key),
                map.sub(key),
                () -> new Period(amount, TimeUnit.valueOf(key.toUpperCase(Locale.ROOT))));
    }

    // --- regimens and dose rules ------------------------------------------------------------

    private List<String> armRefs(YamlMap map, boolean treatedOnly) {
        if (!map.has("arms")) {
            return arms.values().stream()
                    .filter(a -> !treatedOnly || a.type() != ArmType.HISTORICAL_CONTROL)
                    .map(Arm::id)
                    .toList();
        }
        List<YamlMap.Element> elements = map.list("arms", true);
        List<String> ids = new ArrayList<>();
        for (YamlMap.Element element : orEmpty(elements)) {
            String id = element.text(problems);
            if (id == null) {
                continue;
            }
            Arm arm = arms.get(id);
            if (arm == null) {
                problems.report(
                        element.node(),
                        element.path(),
                        "'" + id + "' is not an arm of this protocol; expected one of "
                                + String.join(", ", arms.keySet()));
            } else if (arm.type() == ArmType.HISTORICAL_CONTROL) {
                problems.report(
                        element.node(),
                        element.path(),
                        "arm '" + id + "' is a historical control and receives no protocol treatment");
            } else {
                ids.add(id);
            }
        }
        return ids;
    }

    private List<DoseRule> doseRules(YamlMap map) {
        List<DoseRule> list = new ArrayList<>();
        List<YamlMap> maps = new ArrayList<>();
        for (YamlMap.Element element : orEmpty(map.list("dose_rules", false))) {
            YamlMap rule = element.map(problems, Keys.DOSE_RULE);
            if (rule == null) {
                continue;
            }
            int before = problems.count();
            String id = id(rule, "id", true);
            if (id != null && doseRules.containsKey(id)) {
                rule.report("id", "duplicate dose rule id '" + id + "'");
            }
            Drug drug = rule.parsed("drug", true, Drug::fromId);
            List<String> ruleArms = armRefs(rule, true);
            YamlMap daysMap = rule.map("days", false, Keys.DAY_RANGE);
            DayRange days = daysMap == null ? null : dayRange(daysMap);
            String text = Optional.ofNullable(rule.text("text", false)).orElse("");
            List<String> kinds = rule.present(Keys.DOSE_RULE_KINDS);
            DoseRuleKind kind = null;
            if (kinds.size() != 1) {
                rule.reportHere((kinds.isEmpty() ? "no rule" : "more than one rule (" + String.join(", ", kinds) + ")")
                        + "; expected exactly one of " + String.join(", ", Keys.DOSE_RULE_KINDS));
            } else {
                kind = switch (kinds.get(0)) {
                    case "escalation" -> escalation(rule.map("escalation", true, Keys.ESCALATION));
                    case "trough_titration" -> titration(rule.map("trough_titration", true, Keys.TROUGH_TITRATION));
                    case "supportive_care" -> supportive(rule.map("supportive_care", true, Keys.SUPPORTIVE_CARE));
                    default -> taper(rule.map("taper", true, Keys.TAPER));
                };
            }
            DoseRuleKind k = kind;
            DoseRule built = problems.build(
                    before,
                    rule.node(),
                    rule.path(),
                    () -> new DoseRule(id, drug, ruleArms, Optional.ofNullable(days), text, k));
            if (built != null) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i).overlaps(built)) {
                        rule.reportHere("overlaps dose rule '" + list.get(i).id() + "' ("
                                + maps.get(i).path()
                                + "): both dose " + drug.id() + " in the same arm on the same study days;"
                                + " expected different arms or non-overlapping 'days'");
                    }
                }
                doseRules.put(id, built);
                list.add(built);
                maps.add(rule);
            }
        }
        return list;
    }

    private DoseRuleKind escalation(YamlMap map) {
        if (map == null) {
            return null;
        }
        int before = problems.count();
        Amount start = amount(map, "start");
        Amount step = amount(map, "step");
        YamlMap everyMap = map.map("every", true, Keys.PERIOD);
        Period every = everyMap == null ? null : period(everyMap);
        Amount max = amount(map, "max");
        Criterion unless = criterion(map, "unless", true);
        return problems.build(before, map.node(), map.path(), () -> new Escalation(start, step, every, max, unless));
    }

    private DoseRuleKind titration(YamlMap map) {
        if (map == null) {
            return null;
        }
        int before = problems.count();
        LabTest level = map.parsed("level", true, LabTest::fromCode);
        YamlMap target = map.map("target", true, Keys.TARGET);
        LabValue low = null;
        LabValue high = null;
        if (target != null && level != null) {
            BigDecimal min = target.decimal("min", true);
            BigDecimal max = target.decimal("max", true);
            Unit unit = target.parsed("unit", true, Unit::parse);
            if (unit != null && !level.accepts(unit)) {
                target.report(
                        "unit",
                        "'" + unit.symbol() + "' is not a unit of " + level.code() + "; expected one of "
                                + level.acceptedUnits().stream()
                                        .map(Unit::symbol)
                                        .toList());
            } else if (min != null && max != null && unit != null) {
                low = LabValue.of(level, min, unit);
                high = LabValue.of(level, max, unit);
            }
        }
        Dose dose = dose(map, "dose", true);
        Frequency frequency = map.parsed("frequency", true, ProtocolParser::frequency);
        Amount step = amount(map, "step");
        Integer age = map.has("max_level_age_days") ? map.integer("max_level_age_days", true) : 14;
        TroughTitration.RenalAdjustment renal = null;
        YamlMap renalMap = map.map("renal_impairment", false, Keys.RENAL_IMPAIRMENT);
        if (renalMap != null) {
            int renalBefore = problems.count();
            Criterion when = criterion(renalMap, "when", true);
            Dose reduced = dose(renalMap, "dose", true);
            renal = problems.build(
                    renalBefore,
                    renalMap.node(),
                    renalMap.path(),
                    () -> new TroughTitration.RenalAdjustment(when, reduced));
        }
        LabValue l = low;
        LabValue h = high;
        TroughTitration.RenalAdjustment r = renal;
        return problems.build(
                before,
                map.node(),
                map.path(),
                () -> new TroughTitration(level, l, h, dose, frequency, step, age, Optional.ofNullable(r)));
    }

    private DoseRuleKind supportive(YamlMap map) {
        if (map == null) {
            return null;
        }
        int before = problems.count();
        Criterion start = criterion(map, "start_when", true);
        Criterion stop = criterion(map, "stop_when", false);
        Dose dose = dose(map, "dose", false);
        Frequency frequency = map.parsed("frequency", true, ProtocolParser::frequency);
        return problems.build(
                before,
                map.node(),
                map.path(),
                () -> new SupportiveCare(start, Optional.ofNullable(stop), Optional.ofNullable(dose), frequency));
    }

    private DoseRuleKind taper(YamlMap map) {
        if (map == null) {
            return null;
        }
        int before = problems.count();
        Amount full = amount(map, "full");
        Criterion when = criterion(map, "taper_when", true);
        List<Amount> steps = new ArrayList<>();
        for (YamlMap.Element element : orEmpty(map.list("steps", true))) {
            YamlMap step = element.map(problems, Keys.AMOUNT);
            if (step != null) {
                steps.add(amountOf(step));
            }
        }
        YamlMap everyMap = map.map("step_every", true, Keys.PERIOD);
        Period every = everyMap == null ? null : period(everyMap);
        Criterion restartWhen = criterion(map, "restart_when", true);
        Amount restart = amount(map, "restart");
        return problems.build(
                before, map.node(), map.path(), () -> new TaperRestart(full, when, steps, every, restartWhen, restart));
    }

    private Amount amount(YamlMap parent, String key) {
        YamlMap map = parent.map(key, true, Keys.AMOUNT);
        return map == null ? null : amountOf(map);
    }

    private Amount amountOf(YamlMap map) {
        int before = problems.count();
        BigDecimal value = map.decimal("amount", true);
        DoseUnit unit = map.parsed("unit", true, DoseUnit::parse);
        return problems.build(before, map.node(), map.path(), () -> new Amount(value, unit));
    }

    private Dose dose(YamlMap parent, String key, boolean required) {
        YamlMap map = parent.map(key, required, Keys.DOSE);
        if (map == null) {
            return null;
        }
        int before = problems.count();
        boolean fixed = map.has("amount");
        if (fixed == (map.has("min") || map.has("max"))) {
            map.reportHere("expected either 'amount' or 'min' and 'max'");
            return null;
        }
        BigDecimal min = fixed ? map.decimal("amount", true) : map.decimal("min", true);
        BigDecimal max = fixed ? min : map.decimal("max", true);
        DoseUnit unit = map.parsed("unit", true, DoseUnit::parse);
        DoseBasis basis = map.has("per")
                ? map.parsed("per", true, text -> code(DoseBasis.class, text, "a dose basis", DoseBasis::code))
                : DoseBasis.DAY;
        return problems.build(before, map.node(), map.path(), () -> new Dose(min, max, unit, basis));
    }

    private DayRange dayRange(YamlMap map) {
        int before = problems.count();
        Integer from = map.integer("from", true);
        Integer to = map.integer("to", false);
        return problems.build(
                before,
                map.node(),
                map.path(),
                () -> new DayRange(from, to == null ? OptionalInt.empty() : OptionalInt.of(to)));
    }

    private List<Regimen> regimens(YamlMap map) {
        List<Regimen> list = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap.Element element : orEmpty(map.list("regimens", true))) {
            YamlMap regimen = element.map(problems, Keys.REGIMEN);
            if (regimen == null) {
                continue;
            }
            int before = problems.count();
            String id = id(regimen, "id", true);
            if (id != null && !ids.add(id)) {
                regimen.report("id", "duplicate regimen id '" + id + "'");
            }
            Drug drug = regimen.parsed("drug", true, Drug::fromId);
            List<String> regimenArms = armRefs(regimen, true);
            Dose dose = dose(regimen, "dose", true);
            Route route = regimen.parsed("route", true, text -> code(Route.class, text, "a route", Route::code));
            Frequency frequency = regimen.parsed("frequency", true, ProtocolParser::frequency);
            List<DayRange> days = new ArrayList<>();
            for (YamlMap.Element day : orEmpty(regimen.list("days", true))) {
                YamlMap range = day.map(problems, Keys.DAY_RANGE);
                if (range != null) {
                    days.add(dayRange(range));
                }
            }
            Rounding rounding = null;
            YamlMap roundingMap = regimen.map("rounding", false, Keys.ROUNDING);
            if (roundingMap != null) {
                int roundingBefore = problems.count();
                BigDecimal step = roundingMap.decimal("step", true);
                DoseUnit unit = roundingMap.parsed("unit", true, DoseUnit::parse);
                RoundingMode mode = roundingMap.has("mode")
                        ? roundingMap.parsed("mode", true, ProtocolParser::roundingMode)
                        : RoundingMode.HALF_UP;
                rounding = problems.build(
                        roundingBefore, roundingMap.node(), roundingMap.path(), () -> new Rounding(step, unit, mode));
            }
            String titratedBy = regimen.text("titrated_by", false);
            if (titratedBy != null) {
                DoseRule rule = doseRules.get(titratedBy);
                if (rule == null) {
                    regimen.report(
                            "titrated_by",
                            "'" + titratedBy + "' is not a dose rule of this protocol; expected one of "
                                    + String.join(", ", doseRules.keySet()));
                } else if (drug != null && rule.drug() != drug) {
                    regimen.report(
                            "titrated_by",
                            "dose rule '" + titratedBy + "' doses "
                                    + rule.drug().id() + ", not " + drug.id());
                }
            }
            String text = Optional.ofNullable(regimen.text("text", false)).orElse("");
            Rounding r = rounding;
            Regimen built = problems.build(
                    before,
                    regimen.node(),
                    regimen.path(),
                    () -> new Regimen(
                            id,
                            drug,
                            regimenArms,
                            dose,
                            route,
                            frequency,
                            days,
                            Optional.ofNullable(r),
                            Optional.ofNullable(titratedBy),
                            text));
            if (built != null) {
                list.add(built);
            }
        }
        return list;
    }

    // --- visits, response, endpoints, design ------------------------------------------------

    private List<Visit> visits(YamlMap map) {
        List<Visit> list = new ArrayList<>();
        for (YamlMap.Element element : orEmpty(map.list("visits", true))) {
            YamlMap visit = element.map(problems, Keys.VISIT);
            if (visit == null) {
                continue;
            }
            int before = problems.count();
            String name = id(visit, "name", true);
            if (name != null && !visitNames.add(name)) {
                visit.report("name", "duplicate visit name '" + name + "'");
            }
            Integer target = visit.integer("target_day", true);
            YamlMap window = visit.map("window", true, Keys.WINDOW);
            Integer start = window == null ? null : window.integer("start", true);
            Integer end = window == null ? null : window.integer("end", true);
            List<String> assessments = orEmpty(visit.texts("assessments", false));
            Visit built = problems.build(
                    before,
                    window == null ? visit.node() : window.node(),
                    window == null ? visit.path() : window.path(),
                    () -> new Visit(name, target, start, end, assessments));
            if (built != null) {
                list.add(built);
            }
        }
        return list;
    }

    private ResponsePlan responsePlan(YamlMap map) {
        YamlMap response = map.map("response", true, Keys.RESPONSE_PLAN);
        if (response == null) {
            return null;
        }
        int before = problems.count();
        CriteriaSet set = response.parsed("criteria", true, CriteriaSet::fromCode);
        BigDecimal reticulocytes = response.decimal("reticulocytes_below", false);
        Integer lookback =
                response.has("transfusion_lookback_days") ? response.integer("transfusion_lookback_days", true) : 56;
        Integer baselineAge =
                response.has("baseline_max_age_days") ? response.integer("baseline_max_age_days", true) : 28;
        List<YamlMap.Element> timepoints = orEmpty(response.list("timepoints", true));
        List<String> names = new ArrayList<>();
        for (YamlMap.Element element : timepoints) {
            String name = element.text(problems);
            if (name != null) {
                checkVisit(element.node(), element.path(), name);
                names.add(name);
            }
        }
        return problems.build(
                before,
                response.node(),
                response.path(),
                () -> new ResponsePlan(set, Optional.ofNullable(reticulocytes), lookback, baselineAge, names));
    }

    private void checkVisit(Node node, String path, String name) {
        if (!visitNames.contains(name)) {
            problems.report(
                    node,
                    path,
                    "'" + name + "' is not a visit of this protocol; expected one of "
                            + String.join(", ", visitNames.stream().sorted().toList()));
        }
    }

    private List<Endpoint> endpoints(YamlMap map) {
        List<Endpoint> list = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean primary = false;
        for (YamlMap.Element element : orEmpty(map.list("endpoints", true))) {
            YamlMap endpoint = element.map(problems, Keys.ENDPOINT);
            if (endpoint == null) {
                continue;
            }
            int before = problems.count();
            String id = id(endpoint, "id", true);
            if (id != null && !ids.add(id)) {
                endpoint.report("id", "duplicate endpoint id '" + id + "'");
            }
            Endpoint.Role role = endpoint.parsed(
                    "role",
                    true,
                    text -> code(Endpoint.Role.class, text, "an endpoint role", r -> r.name()
                            .toLowerCase(Locale.ROOT)));
            primary |= role == Endpoint.Role.PRIMARY;
            EndpointMeasure measure = endpoint.parsed(
                    "measure",
                    true,
                    text -> code(EndpointMeasure.class, text, "an endpoint measure", EndpointMeasure::code));
            String visit = endpoint.text("visit", false);
            if (visit != null) {
                checkVisit(endpoint.value("visit"), endpoint.sub("visit"), visit);
            }
            String text = Optional.ofNullable(endpoint.text("text", false)).orElse("");
            Endpoint built = problems.build(
                    before,
                    endpoint.node(),
                    endpoint.path(),
                    () -> new Endpoint(id, role, measure, Optional.ofNullable(visit), text));
            if (built != null) {
                list.add(built);
            }
        }
        if (map.has("endpoints") && !primary && problems.count() == 0) {
            map.report("endpoints", "no endpoint has role 'primary'; expected exactly one");
        }
        return list;
    }

    private StatisticalDesign design(YamlMap map) {
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
            int ratioSum = arms.values().stream().mapToInt(Arm::ratio).sum();
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
                Arm arm = arms.get(control);
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
                        analysis == null ? AnalysisSettings.NONE : analysis));
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
        if (compare == AnalysisSettings.Compare.ARM && arms.size() == 1) {
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

    // --- scalars ----------------------------------------------------------------------------

    private static String id(YamlMap map, String key, boolean required) {
        String id = map.text(key, required);
        if (id != null && !ID.matcher(id).matches()) {
            map.report(key, "'" + id + "' is not an id; expected lower-case letters, digits and '-'");
            return null;
        }
        return id;
    }

    static Relation relation(String text) {
        for (Relation relation : Relation.values()) {
            if (relation.symbol().equals(text.trim())) {
                return relation;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a relation; expected one of <, <=, >, >=");
    }

    private static Frequency frequency(String text) {
        return code(Frequency.class, text, "a frequency", Frequency::code);
    }

    private static RoundingMode roundingMode(String text) {
        return switch (text) {
            case "nearest" -> RoundingMode.HALF_UP;
            case "down" -> RoundingMode.DOWN;
            case "up" -> RoundingMode.UP;
            default ->
                throw new IllegalArgumentException(
                        "'" + text + "' is not a rounding mode; expected one of nearest, down, up");
        };
    }

    private static <E extends Enum<E>> E code(Class<E> type, String text, String what, Function<E, String> code) {
        List<String> codes = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            if (code.apply(constant).equals(text)) {
                return constant;
            }
            codes.add(code.apply(constant));
        }
        throw new IllegalArgumentException(
                "'" + text + "' is not " + what + "; expected one of " + String.join(", ", codes));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
