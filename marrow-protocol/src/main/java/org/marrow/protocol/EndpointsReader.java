package org.marrow.protocol;

import static org.marrow.protocol.Scalars.code;
import static org.marrow.protocol.Scalars.id;
import static org.marrow.protocol.Scalars.orEmpty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.marrow.protocol.design.Endpoint;
import org.marrow.protocol.design.EndpointMeasure;

/** Reads {@code endpoints}, exactly one of them primary (docs/protocol-format.md, "Visits, response, endpoints, design"). */
final class EndpointsReader {
    private final Problems problems;
    private final VisitsReader visits;

    EndpointsReader(Problems problems, VisitsReader visits) {
        this.problems = problems;
        this.visits = visits;
    }

    /** Reads the section from the protocol mapping; null or empty when it has problems, each reported. */
    List<Endpoint> read(YamlMap map) {
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
                visits.check(endpoint.value("visit"), endpoint.sub("visit"), visit);
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
}
