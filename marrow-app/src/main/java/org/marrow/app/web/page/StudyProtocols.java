package org.marrow.app.web.page;

import java.util.Optional;
import org.marrow.app.protocol.ProtocolLibrary;
import org.marrow.app.study.Study;
import org.marrow.protocol.Protocol;
import org.springframework.stereotype.Component;

/**
 * The protocol a study is bound to, as the pages use it: a bundled protocol or one of the trial
 * group's own in {@code marrow.protocol-dir}, from the same {@link ProtocolLibrary} as the API. A study
 * whose protocol the server does not know has none here: its pages show no eligibility, calendar or
 * advice.
 */
@Component
class StudyProtocols {
    private final ProtocolLibrary library;

    StudyProtocols(ProtocolLibrary library) {
        this.library = library;
    }

    Optional<Protocol> of(Study study) {
        return library.find(study.protocolId(), study.protocolVersion());
    }
}
