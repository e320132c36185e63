package org.marrow.analysis;

import java.time.LocalDate;
import java.util.List;
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
import org.marrow.analysis.stage.MonitoringStatus;
import org.marrow.analysis.stage.SimonStatus;
import org.marrow.analysis.stage.ToxicityStatus;
import org.marrow.protocol.Protocol;
import org.marrow.study.StudyDataset;

/**
 * A study's analysis: its endpoints under the protocol's analysis plan, the safety tallies, the Simon
 * stage status, the Bayesian monitoring and the toxicity stopping rules, each computed once from the same
 * derivation. Every view of a study's results
 * (the report and {@code results.json} of {@code marrow report}, the web dashboard, the page report
 * and the API) starts here, so that all show the same numbers.
 *
 * @param endpoints the derived endpoints
 * @param safety the safety results
 * @param simon the Simon two-stage status, empty without a Simon design
 * @param monitoring the Bayesian monitoring status, empty without {@code design.monitoring}
 * @param toxicity the toxicity stopping rules' statuses, in protocol order
 */
public record StudyAnalysis(
        StudyEndpoints endpoints,
        SafetySummary safety,
        Optional<SimonStatus> simon,
        Optional<MonitoringStatus> monitoring,
        List<ToxicityStatus> toxicity) {

    /**
     * Checks the analysis.
     *
     * @throws IllegalArgumentException if a component is null
     */
    public StudyAnalysis {
        if (endpoints == null || safety == null || simon == null || monitoring == null || toxicity == null) {
            throw new IllegalArgumentException(
                    "Endpoints, safety, Simon, monitoring and toxicity statuses must not be null");
        }
        toxicity = List.copyOf(toxicity);
    }

    /**
     * An analysis without monitoring.
     *
     * @param endpoints the endpoints
     * @param safety the safety results
     * @param simon the Simon status
     * @throws IllegalArgumentException if a component is null
     */
    public StudyAnalysis(StudyEndpoints endpoints, SafetySummary safety, Optional<SimonStatus> simon) {
        this(endpoints, safety, simon, Optional.empty(), List.of());
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
     *     analysis plan, response timepoints or monitoring are not ones Marrow can analyse (the message
     *     says why)
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
     * @throws IllegalArgumentException if endpoints is null, or the protocol's monitoring design or a
     *     toxicity boundary cannot be drawn (the message names the key and why)
     */
    public static StudyAnalysis of(StudyEndpoints endpoints) {
        if (endpoints == null) {
            throw new IllegalArgumentException("Endpoints must not be null");
        }
        return new StudyAnalysis(
                endpoints,
                Safety.of(endpoints),
                SimonStatus.of(endpoints),
                MonitoringStatus.of(endpoints),
                ToxicityStatus.of(endpoints));
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
