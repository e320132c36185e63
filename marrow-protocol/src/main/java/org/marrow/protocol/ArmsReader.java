package org.marrow.protocol;

import static org.marrow.protocol.Scalars.code;
import static org.marrow.protocol.Scalars.id;
import static org.marrow.protocol.Scalars.orEmpty;

import java.util.ArrayList;
import java.util.List;
import org.marrow.protocol.model.Arm;
import org.marrow.protocol.model.ArmType;

/** Reads a protocol's {@code arms} and checks the references to them (docs/protocol-format.md, "Top level"). */
final class ArmsReader {
    private final Problems problems;
    private final Declarations declared;

    ArmsReader(Problems problems, Declarations declared) {
        this.problems = problems;
        this.declared = declared;
    }

    /** Reads the section from the protocol mapping; null or empty when it has problems, each reported. */
    List<Arm> read(YamlMap map) {
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
            if (id != null && declared.arms.containsKey(id)) {
                arm.report("id", "duplicate arm id '" + id + "'");
            }
            String name = arm.text("name", true);
            ArmType type = arm.parsed("type", true, text -> code(ArmType.class, text, "an arm type", ArmType::code));
            Integer ratio = arm.has("ratio") ? arm.integer("ratio", true) : Integer.valueOf(1);
            Arm built = problems.build(before, arm.node(), arm.sub("ratio"), () -> new Arm(id, name, type, ratio));
            if (built != null) {
                declared.arms.put(id, built);
                list.add(built);
            }
        }
        return list;
    }

    /**
     * The arms a regimen or dose rule names under {@code arms}, each a treated arm of the protocol;
     * without {@code arms}, every arm (every treated arm when {@code treatedOnly}).
     */
    List<String> refs(YamlMap map, boolean treatedOnly) {
        if (!map.has("arms")) {
            return declared.arms.values().stream()
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
            Arm arm = declared.arms.get(id);
            if (arm == null) {
                problems.report(
                        element.node(),
                        element.path(),
                        "'" + id + "' is not an arm of this protocol; expected one of "
                                + String.join(", ", declared.arms.keySet()));
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
}
