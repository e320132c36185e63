package org.marrow.protocol;

import static org.marrow.protocol.Scalars.orEmpty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marrow.clinical.response.CriteriaSet;
import org.marrow.protocol.design.ResponsePlan;

/** Reads {@code response}: the criteria set, its parameters and the timepoints (docs/protocol-format.md, "Visits, response, endpoints, design"). */
final class ResponseReader {
    private final Problems problems;
    private final VisitsReader visits;

    ResponseReader(Problems problems, VisitsReader visits) {
        this.problems = problems;
        this.visits = visits;
    }

    /** Reads the section from the protocol mapping; null or empty when it has problems, each reported. */
    ResponsePlan read(YamlMap map) {
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
                visits.check(element.node(), element.path(), name);
                names.add(name);
            }
        }
        return problems.build(
                before,
                response.node(),
                response.path(),
                () -> new ResponsePlan(set, Optional.ofNullable(reticulocytes), lookback, baselineAge, names));
    }
}
