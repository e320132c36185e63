package org.marrow.protocol;

import static org.marrow.protocol.Scalars.id;
import static org.marrow.protocol.Scalars.orEmpty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.marrow.protocol.model.Identity;
import org.marrow.protocol.model.Phase;
import org.marrow.protocol.model.Site;

/**
 * Reads a protocol's identity: {@code id}, {@code version}, {@code title}, {@code phase}, {@code
 * registry_ids}, {@code document} and {@code sites} (docs/protocol-format.md, "Top level").
 */
final class IdentityReader {
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+){0,2}");

    private final Problems problems;

    IdentityReader(Problems problems) {
        this.problems = problems;
    }

    /** Reads the section from the protocol mapping; null or empty when it has problems, each reported. */
    Identity read(YamlMap map) {
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
}
