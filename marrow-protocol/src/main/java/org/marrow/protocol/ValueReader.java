package org.marrow.protocol;

import static org.marrow.protocol.Scalars.code;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.marrow.protocol.model.DayRange;
import org.marrow.protocol.model.Period;
import org.marrow.protocol.model.TimeUnit;
import org.marrow.protocol.regimen.Amount;
import org.marrow.protocol.regimen.Dose;
import org.marrow.protocol.regimen.DoseBasis;
import org.marrow.study.DoseUnit;

/** Reads the values several sections share: periods, amounts, doses and study-day ranges. */
final class ValueReader {
    private final Problems problems;

    ValueReader(Problems problems) {
        this.problems = problems;
    }

    Period period(YamlMap map) {
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

    Amount amount(YamlMap parent, String key) {
        YamlMap map = parent.map(key, true, Keys.AMOUNT);
        return map == null ? null : amountOf(map);
    }

    Amount amountOf(YamlMap map) {
        int before = problems.count();
        BigDecimal value = map.decimal("amount", true);
        DoseUnit unit = map.parsed("unit", true, DoseUnit::parse);
        return problems.build(before, map.node(), map.path(), () -> new Amount(value, unit));
    }

    Dose dose(YamlMap parent, String key, boolean required) {
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

    DayRange dayRange(YamlMap map) {
        int before = problems.count();
        Integer from = map.integer("from", true);
        Integer to = map.integer("to", false);
        return problems.build(
                before,
                map.node(),
                map.path(),
                () -> new DayRange(from, to == null ? OptionalInt.empty() : OptionalInt.of(to)));
    }
}
