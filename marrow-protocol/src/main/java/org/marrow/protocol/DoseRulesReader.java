package org.marrow.protocol;

import static org.marrow.protocol.Scalars.id;
import static org.marrow.protocol.Scalars.orEmpty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.Unit;
import org.marrow.protocol.dose.DoseRule;
import org.marrow.protocol.dose.DoseRuleKind;
import org.marrow.protocol.dose.Escalation;
import org.marrow.protocol.dose.SupportiveCare;
import org.marrow.protocol.dose.TaperRestart;
import org.marrow.protocol.dose.TroughTitration;
import org.marrow.protocol.eligibility.Criterion;
import org.marrow.protocol.model.DayRange;
import org.marrow.protocol.model.Period;
import org.marrow.protocol.regimen.Amount;
import org.marrow.protocol.regimen.Dose;
import org.marrow.protocol.regimen.Frequency;
import org.marrow.study.Drug;

/**
 * Reads {@code dose_rules}: escalation, trough titration, supportive care, taper and re-start, each
 * with its drug, arms and study days; two rules must not dose the same drug in the same arm on the same
 * day (docs/protocol-format.md, "Dose rules").
 */
final class DoseRulesReader {
    private final Problems problems;
    private final Declarations declared;
    private final ArmsReader armsReader;
    private final ValueReader values;
    private final CriterionReader criterionReader;

    DoseRulesReader(
            Problems problems,
            Declarations declared,
            ArmsReader armsReader,
            ValueReader values,
            CriterionReader criterionReader) {
        this.problems = problems;
        this.declared = declared;
        this.armsReader = armsReader;
        this.values = values;
        this.criterionReader = criterionReader;
    }

    /** Reads the section from the protocol mapping; null or empty when it has problems, each reported. */
    List<DoseRule> read(YamlMap map) {
        List<DoseRule> list = new ArrayList<>();
        List<YamlMap> maps = new ArrayList<>();
        for (YamlMap.Element element : orEmpty(map.list("dose_rules", false))) {
            YamlMap rule = element.map(problems, Keys.DOSE_RULE);
            if (rule == null) {
                continue;
            }
            int before = problems.count();
            String id = id(rule, "id", true);
            if (id != null && declared.doseRules.containsKey(id)) {
                rule.report("id", "duplicate dose rule id '" + id + "'");
            }
            Drug drug = rule.parsed("drug", true, Drug::fromId);
            List<String> ruleArms = armsReader.refs(rule, true);
            YamlMap daysMap = rule.map("days", false, Keys.DAY_RANGE);
            DayRange days = daysMap == null ? null : values.dayRange(daysMap);
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
                declared.doseRules.put(id, built);
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
        Amount start = values.amount(map, "start");
        Amount step = values.amount(map, "step");
        YamlMap everyMap = map.map("every", true, Keys.PERIOD);
        Period every = everyMap == null ? null : values.period(everyMap);
        Amount max = values.amount(map, "max");
        Criterion unless = criterionReader.read(map, "unless", true);
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
        Dose dose = values.dose(map, "dose", true);
        Frequency frequency = map.parsed("frequency", true, Scalars::frequency);
        Amount step = values.amount(map, "step");
        Integer age = map.has("max_level_age_days") ? map.integer("max_level_age_days", true) : 14;
        TroughTitration.RenalAdjustment renal = null;
        YamlMap renalMap = map.map("renal_impairment", false, Keys.RENAL_IMPAIRMENT);
        if (renalMap != null) {
            int renalBefore = problems.count();
            Criterion when = criterionReader.read(renalMap, "when", true);
            Dose reduced = values.dose(renalMap, "dose", true);
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
        Criterion start = criterionReader.read(map, "start_when", true);
        Criterion stop = criterionReader.read(map, "stop_when", false);
        Dose dose = values.dose(map, "dose", false);
        Frequency frequency = map.parsed("frequency", true, Scalars::frequency);
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
        Amount full = values.amount(map, "full");
        Criterion when = criterionReader.read(map, "taper_when", true);
        List<Amount> steps = new ArrayList<>();
        for (YamlMap.Element element : orEmpty(map.list("steps", true))) {
            YamlMap step = element.map(problems, Keys.AMOUNT);
            if (step != null) {
                steps.add(values.amountOf(step));
            }
        }
        YamlMap everyMap = map.map("step_every", true, Keys.PERIOD);
        Period every = everyMap == null ? null : values.period(everyMap);
        Criterion restartWhen = criterionReader.read(map, "restart_when", true);
        Amount restart = values.amount(map, "restart");
        return problems.build(
                before, map.node(), map.path(), () -> new TaperRestart(full, when, steps, every, restartWhen, restart));
    }
}
