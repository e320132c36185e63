package org.marrow.app.assessment;

import org.marrow.app.study.Study;
import org.marrow.clinical.response.ResponseCriteria;
import org.marrow.clinical.severity.SeverityCriteria;

/**
 * The clinical rules a study applies, chosen by its protocol. The seam where marrow-protocol plugs in:
 * until it does, {@link ByCriteriaSet} takes the study's criteria set and document 000's severity
 * criteria.
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

    /** Rules from the study's {@code criteria_set} column. */
    final class ByCriteriaSet implements StudyRules {
        @Override
        public SeverityCriteria severity(Study study) {
            return SeverityCriteria.document000();
        }

        @Override
        public ResponseCriteria response(Study study) {
            return ResponseCriteria.of(org.marrow.clinical.response.CriteriaSet.fromCode(study.criteriaSet()));
        }
    }
}
