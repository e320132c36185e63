package org.marrow.app.study;

import java.util.Optional;
import org.marrow.app.protocol.ProtocolLibrary;
import org.marrow.protocol.Protocol;
import org.springframework.stereotype.Component;

/**
 * The protocol a study is bound to, when the server knows it: a bundled protocol or one of the trial
 * group's own in {@code marrow.protocol-dir}, from the same {@link ProtocolLibrary} as the API. A study
 * whose protocol the server does not know has none here: its pages show no eligibility, calendar or
 * advice.
 */
@Component
public class StudyProtocols {
    private final ProtocolLibrary library;

    /**
     * The protocols of a library.
     *
     * @param library the protocols the server knows
     */
    public StudyProtocols(ProtocolLibrary library) {
        this.library = library;
    }

    /**
     * The protocol of a study.
     *
     * @param study the study
     * @return the protocol, empty if the server does not know it
     */
    public Optional<Protocol> of(Study study) {
        return library.find(study.protocolId(), study.protocolVersion());
    }
}
