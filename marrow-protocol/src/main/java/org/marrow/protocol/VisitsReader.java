package org.marrow.protocol;

import static org.marrow.protocol.Scalars.id;
import static org.marrow.protocol.Scalars.orEmpty;

import java.util.ArrayList;
import java.util.List;
import org.marrow.protocol.schedule.Visit;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads {@code visits} with their windows and checks the references to them (docs/protocol-format.md, "Visits, response, endpoints, design"). */
final class VisitsReader {
    private final Problems problems;
    private final Declarations declared;

    VisitsReader(Problems problems, Declarations declared) {
        this.problems = problems;
        this.declared = declared;
    }

    /** Reads the section from the protocol mapping; null or empty when it has problems, each reported. */
    List<Visit> read(YamlMap map) {
        List<Visit> list = new ArrayList<>();
        for (YamlMap.Element element : orEmpty(map.list("visits", true))) {
            YamlMap visit = element.map(problems, Keys.VISIT);
            if (visit == null) {
                continue;
            }
            int before = problems.count();
            String name = id(visit, "name", true);
            if (name != null && !declared.visitNames.add(name)) {
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

    /** Reports a name that is not a visit read before. */
    void check(Node node, String path, String name) {
        if (!declared.visitNames.contains(name)) {
            problems.report(
                    node,
                    path,
                    "'" + name + "' is not a visit of this protocol; expected one of "
                            + String.join(
                                    ", ", declared.visitNames.stream().sorted().toList()));
        }
    }
}
