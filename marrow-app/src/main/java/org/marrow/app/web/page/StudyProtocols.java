package org.marrow.app.web.page;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.marrow.app.study.Study;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;
import org.springframework.stereotype.Component;

/**
 * The protocol a study is bound to, from the protocols bundled with Marrow (loaded once). A study
 * whose protocol is not bundled has none here: its pages show no eligibility, calendar or advice.
 */
@Component
class StudyProtocols {
    private final ProtocolRegistry registry = ProtocolRegistry.bundled();
    private final ConcurrentHashMap<String, Optional<Protocol>> loaded = new ConcurrentHashMap<>();

    Optional<Protocol> of(Study study) {
        return loaded.computeIfAbsent(study.protocolId() + "@" + study.protocolVersion(), k -> {
            boolean bundled = registry.entries().stream()
                    .anyMatch(e ->
                            e.id().equals(study.protocolId()) && e.version().equals(study.protocolVersion()));
            return bundled ? Optional.of(registry.load(study.protocolId(), study.protocolVersion())) : Optional.empty();
        });
    }
}
