package org.marrow.protocol;

import static org.marrow.protocol.Scalars.code;
import static org.marrow.protocol.Scalars.id;
import static org.marrow.protocol.Scalars.orEmpty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marrow.protocol.dose.DoseRule;
import org.marrow.protocol.model.DayRange;
import org.marrow.protocol.regimen.Dose;
import org.marrow.protocol.regimen.Frequency;
import org.marrow.protocol.regimen.Regimen;
import org.marrow.protocol.regimen.Rounding;
import org.marrow.protocol.regimen.Route;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;

/** Reads {@code regimens}: each drug's dose, route, frequency, days and rounding (docs/protocol-format.md, "Regimens"). */
final class RegimensReader {
    private final Problems problems;
    private final Declarations declared;
    private final ArmsReader armsReader;
    private final ValueReader values;

    RegimensReader(Problems problems, Declarations declared, ArmsReader armsReader, ValueReader values) {
        this.problems = problems;
        this.declared = declared;
        this.armsReader = armsReader;
        this.values = values;
    }

    /** Reads the section from the protocol mapping; null or empty when it has problems, each reported. */
    List<Regimen> read(YamlMap map) {
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
            if (drug != null) {
                declared.regimenDrugs.add(drug);
            }
            List<String> regimenArms = armsReader.refs(regimen, true);
            Dose dose = values.dose(regimen, "dose", true);
            Route route = regimen.parsed("route", true, text -> code(Route.class, text, "a route", Route::code));
            Frequency frequency = regimen.parsed("frequency", true, Scalars::frequency);
            List<DayRange> days = new ArrayList<>();
            for (YamlMap.Element day : orEmpty(regimen.list("days", true))) {
                YamlMap range = day.map(problems, Keys.DAY_RANGE);
                if (range != null) {
                    days.add(values.dayRange(range));
                }
            }
            Rounding rounding = null;
            YamlMap roundingMap = regimen.map("rounding", false, Keys.ROUNDING);
            if (roundingMap != null) {
                int roundingBefore = problems.count();
                BigDecimal step = roundingMap.decimal("step", true);
                DoseUnit unit = roundingMap.parsed("unit", true, DoseUnit::parse);
                RoundingMode mode = roundingMap.has("mode")
                        ? roundingMap.parsed("mode", true, Scalars::roundingMode)
                        : RoundingMode.HALF_UP;
                rounding = problems.build(
                        roundingBefore, roundingMap.node(), roundingMap.path(), () -> new Rounding(step, unit, mode));
            }
            String titratedBy = regimen.text("titrated_by", false);
            if (titratedBy != null) {
                DoseRule rule = declared.doseRules.get(titratedBy);
                if (rule == null) {
                    regimen.report(
                            "titrated_by",
                            "'" + titratedBy + "' is not a dose rule of this protocol; expected one of "
                                    + String.join(", ", declared.doseRules.keySet()));
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
}
