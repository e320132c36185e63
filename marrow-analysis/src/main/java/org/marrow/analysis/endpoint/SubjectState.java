package org.marrow.analysis.endpoint;

/**
 * A subject's state at one stage of the course from baseline through the response timepoints, as
 * {@link StudyEndpoints#transitions()} counts and the Sankey diagram draws it: the baseline severity
 * group at the first stage, the {@link TimepointState} at each timepoint.
 */
public sealed interface SubjectState permits SeverityGroup, TimepointState {
    /**
     * The state's label in the report, its figures and {@code results.json}.
     *
     * @return for example {@code "VSAA"}, {@code "CR"} or {@code "Not yet due"}
     */
    String label();
}
