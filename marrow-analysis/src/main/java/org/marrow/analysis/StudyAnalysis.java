package org.marrow.analysis;

import java.time.LocalDate;
import java.util.Optional;
import org.marrow.analysis.endpoint.AnalysisPlan;
import org.marrow.analysis.endpoint.EndpointDerivation;
import org.marrow.analysis.endpoint.Progress;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.analysis.report.Report;
import org.marrow.analysis.report.ReportHeader;
import org.marrow.analysis.report.StudyReport;
import org.marrow.analysis.safety.Safety;
import org.marrow.analysis.safety.SafetySummary;
import org.marrow.analysis.stage.SimonStatus;
import org.marrow.protocol.Protocol;
import org.marrow.study.StudyDataset;

/**
 * A study's analysis: its endpoints under the protocol's analysis plan, the safety tallies and the
 * Simon stage status, each computed once from the same derivation. Every view of a study's results
 * (the report and {@code results.json} of {@code marrow report}, the web dashboard, the page report
 * and the API) starts here, so that all show the same numbers.
 *
 * @param endpoints the derived endpoints
 * @param safety the safety results
 * @param simon the Simon two-stage status, empty without a Simon design
 */
public record StudyAnalysis(StudyEndpoints endpoints, SafetySummary safety, Optional<SimonStatus> simon) {

    /**
     * Checks the analysis.
     *
     * @throws IllegalArgumentException if a component is null
     */
    public StudyAnalysis {
        if (endpoints == null || safety == null || simon == null) {
            throw new IllegalArgumentException("Endpoints, safety and Simon status must not be null");
        }
    }

    /**
     * Analyses a study data set under its protocol's analysis plan ({@link AnalysisPlan#of}).
     *
     * @param protocol the protocol
     * @param dataset the data set
     * @param asOf the data cut-off, or null to use all data
     * @param progress receives progress per subject
     * @return the analysis
     * @throws IllegalArgumentException if an argument other than asOf is null, or the protocol's
     *     analysis plan or response timepoints are not ones Marrow can analyse (the message says why)
     */
    public static StudyAnalysis of(Protocol protocol, StudyDataset dataset, LocalDate asOf, Progress progress) {
        if (protocol == null) {
            throw new IllegalArgumentException("Protocol must not be null");
        }
        return of(EndpointDerivation.derive(protocol, dataset, AnalysisPlan.of(protocol), asOf, progress));
    }

    /**
     * The analysis of derived endpoints.
     *
     * @param endpoints the endpoints
     * @return the analysis
     * @throws IllegalArgumentException if endpoints is null
     */
    public static StudyAnalysis of(StudyEndpoints endpoints) {
        if (endpoints == null) {
            throw new IllegalArgumentException("Endpoints must not be null");
        }
        return new StudyAnalysis(endpoints, Safety.of(endpoints), SimonStatus.of(endpoints));
    }

    /**
     * The report of this analysis.
     *
     * @param header the report's provenance
     * @return the report
     * @throws IllegalArgumentException if header is null
     */
    public Report report(ReportHeader header) {
        return StudyReport.build(this, header);
    }
}
