package org.marrow.protocol;

import static org.marrow.protocol.Scalars.id;
import static org.marrow.protocol.Scalars.orEmpty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marrow.protocol.eligibility.Criterion;
import org.marrow.protocol.eligibility.CriterionKind;
import org.marrow.protocol.eligibility.Eligibility;
import org.marrow.protocol.eligibility.EligibilityCriterion;

/** Reads {@code eligibility}: the inclusion and exclusion criteria (docs/protocol-format.md, "Eligibility"). */
final class EligibilityReader {
    private final Problems problems;
    private final Declarations declared;
    private final CriterionReader criterionReader;

    EligibilityReader(Problems problems, Declarations declared, CriterionReader criterionReader) {
        this.problems = problems;
        this.declared = declared;
        this.criterionReader = criterionReader;
    }

    /** Reads the section from the protocol mapping; null or empty when it has problems, each reported. */
    Eligibility read(YamlMap map) {
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
                () -> new Eligibility(inclusion, exclusion, declared.historyItems, maxAge));
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
            Criterion criterion = criterionReader.readKinds(entry);
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
}
