package org.marrow.app.assessment;

import org.marrow.app.protocol.ProtocolLibrary;
import org.marrow.app.study.Study;
import org.marrow.clinical.response.CriteriaSet;
import org.marrow.clinical.response.ResponseCriteria;
import org.marrow.clinical.severity.SeverityCriteria;

/**
 * The clinical rules a study applies, chosen by its protocol: {@link ByProtocol}. {@link ByCriteriaSet}
 * remains for studies created before studies were bound to protocols whose protocol is unknown.
 */
public interface StudyRules {

    /**
     * The severity criteria of a study.
     *
     * @param study the study
     * @return the criteria
     */
    SeverityCriteria severity(Study study);

    /**
     * The response criteria of a study.
     *
     * @param study the study
     * @return the criteria
     */
    ResponseCriteria response(Study study);

    /**
     * Rules from the study's protocol: document 000's severity criteria with the protocol's
     * reticulocyte threshold and transfusion look-back, and the protocol's response criteria set with
     * its baseline age limit (as marrow-protocol's {@code CriterionEvaluator} judges response).
     */
    final class ByProtocol implements StudyRules {
        private final ProtocolLibrary protocols;
        private final StudyRules fallback = new ByCriteriaSet();

        /**
         * Rules from the protocols known to the application.
         *
         * @param protocols the protocols
         */
        public ByProtocol(ProtocolLibrary protocols) {
            this.protocols = protocols;
        }

        @Override
        public SeverityCriteria severity(Study study) {
            return protocols
                    .find(study.protocolId(), study.protocolVersion())
                    .map(p -> p.response().severityCriteria())
                    .orElseGet(() -> fallback.severity(study));
        }

        @Override
        public ResponseCriteria response(Study study) {
            return protocols
                    .find(study.protocolId(), study.protocolVersion())
                    .map(p -> p.response().responseCriteria())
                    .orElseGet(() -> fallback.response(study));
        }
    }

    /** Rules from the criteria set a study was created with, and document 000's severity criteria. */
    final class ByCriteriaSet implements StudyRules {
        @Override
        public SeverityCriteria severity(Study study) {
            return SeverityCriteria.document000();
        }

        @Override
        public ResponseCriteria response(Study study) {
            return ResponseCriteria.of(CriteriaSet.fromCode(study.criteriaSet()));
        }
    }
}
