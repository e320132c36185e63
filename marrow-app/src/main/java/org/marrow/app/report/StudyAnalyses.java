package org.marrow.app.report;

import java.time.LocalDate;
import java.util.Optional;
import org.marrow.analysis.StudyAnalysis;
import org.marrow.analysis.endpoint.Progress;
import org.marrow.analysis.report.Report;
import org.marrow.analysis.report.ReportHeader;
import org.marrow.app.protocol.ProtocolLibrary;
import org.marrow.app.security.Caller;
import org.marrow.app.study.Study;
import org.marrow.app.transfer.DatasetTransfer;
import org.marrow.app.web.ConflictException;
import org.marrow.dataset.DatasetWriter;
import org.marrow.protocol.Protocol;
import org.marrow.study.StudyDataset;
import org.springframework.stereotype.Service;

/**
 * The analysis of a study's data as the caller sees them (their sites), with the day of the request
 * as the data cut-off: a visit window still open today is not yet due, as at an interim analysis
 * (document 003). The same computation as {@code marrow report --as-of} on the exported data set.
 */
@Service
class StudyAnalyses {
    private final DatasetTransfer transfer;
    private final ProtocolLibrary protocols;

    StudyAnalyses(DatasetTransfer transfer, ProtocolLibrary protocols) {
        this.transfer = transfer;
        this.protocols = protocols;
    }

    /**
     * A study's data and, when its protocol is known and analysable, their analysis.
     *
     * @param study the study
     * @param dataset its data as the caller sees them
     * @param protocolKnown whether the server knows the study's protocol
     * @param analysis the analysis, empty when the protocol is unknown or {@code problem} says why not
     * @param problem why the protocol's analysis plan is not one Marrow implements, null otherwise
     */
    record Analysed(
            Study study,
            StudyDataset dataset,
            boolean protocolKnown,
            Optional<StudyAnalysis> analysis,
            String problem) {}

    Analysed of(Study study, Caller caller, LocalDate today) {
        StudyDataset data = transfer.export(study.id(), caller);
        Optional<Protocol> protocol = protocols.find(study.protocolId(), study.protocolVersion());
        if (protocol.isEmpty()) {
            return new Analysed(study, data, false, Optional.empty(), null);
        }
        try {
            return new Analysed(
                    study, data, true, Optional.of(StudyAnalysis.of(protocol.get(), data, today, Progress.NONE)), null);
        } catch (IllegalArgumentException e) {
            return new Analysed(study, data, true, Optional.empty(), e.getMessage());
        }
    }

    /**
     * The report of a study's analysis, as {@code marrow report} writes it, with the data cut at the day of
     * the analysis.
     *
     * @throws ConflictException if the study has no analysis
     */
    Report report(Analysed a, LocalDate today) {
        return report(a, today, today);
    }

    /**
     * The report of a study's analysis as {@code marrow report --as-of} writes it: analysed today, the data as
     * they stood at a cut-off (the analysis {@code a} was made with that cut-off).
     *
     * @throws ConflictException if the study has no analysis
     */
    Report report(Analysed a, LocalDate today, LocalDate cutoff) {
        StudyAnalysis analysis = a.analysis()
                .orElseThrow(() -> new ConflictException("Study " + a.study().code() + " has no analysis: "
                        + (a.protocolKnown()
                                ? a.problem()
                                : "its protocol " + a.study().protocolId() + " version "
                                        + a.study().protocolVersion() + " is not known to this server")));
        ReportHeader header = new ReportHeader(
                a.study().title(),
                DatasetWriter.contentHash(a.dataset()),
                a.study().protocolId(),
                a.study().protocolVersion(),
                version(),
                today,
                cutoff);
        return analysis.report(header);
    }

    private static String version() {
        String v = StudyAnalyses.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
