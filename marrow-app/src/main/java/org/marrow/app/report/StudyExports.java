package org.marrow.app.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.marrow.analysis.StudyAnalysis;
import org.marrow.app.export.ExportLog;
import org.marrow.app.protocol.ProtocolLibrary;
import org.marrow.app.security.Caller;
import org.marrow.app.study.Study;
import org.marrow.app.web.ConflictException;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.interop.AuditHistory;
import org.marrow.interop.ExportFormat;
import org.marrow.interop.StudyExport;
import org.marrow.protocol.Protocol;
import org.springframework.stereotype.Service;

/**
 * A study in a standard (R, SAS, SPSS, Stata, CDISC ODM, SDTM, HL7 FHIR; docs/exports.md) as a zip file: the data
 * the caller sees, their analysis as of today (the one the report shows), each download recorded in the {@link
 * ExportLog}. The same files as {@code marrow export} writes for the exported data set.
 */
@Service
class StudyExports {
    private final StudyAnalyses analyses;
    private final ProtocolLibrary protocols;
    private final ExportLog exports;

    StudyExports(StudyAnalyses analyses, ProtocolLibrary protocols, ExportLog exports) {
        this.analyses = analyses;
        this.protocols = protocols;
        this.exports = exports;
    }

    /**
     * A file to download.
     *
     * @param fileName its name
     * @param bytes its content, a zip file
     */
    record Download(String fileName, byte[] bytes) {}

    /**
     * A study's export in a standard, zipped and recorded in the export log.
     *
     * @param study the study
     * @param format the standard
     * @param caller who downloads (their sites' data only)
     * @param today the data cut-off
     * @param locale the language of the statistics packages' labels
     * @return the zip file
     * @throws ConflictException if the study has no analysis (its protocol is unknown or not analysable)
     */
    Download export(Study study, ExportFormat format, Caller caller, LocalDate today, Locale locale) {
        StudyAnalyses.Analysed a = analyses.of(study, caller, today);
        StudyAnalysis analysis = a.analysis().orElseThrow(() -> noAnalysis(a));
        Protocol protocol =
                protocols.find(study.protocolId(), study.protocolVersion()).orElseThrow(() -> noAnalysis(a));
        StudyExport export = new StudyExport(
                protocol,
                a.dataset(),
                analysis,
                AuditHistory.none(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                version(),
                MessageRenderer.of(locale));
        byte[] zip = format.export(export).zip();
        exports.recorded(caller, study.id(), ExportLog.What.of(format), zip);
        return new Download(study.code() + "-" + format.code() + "-" + today + ".zip", zip);
    }

    private static ConflictException noAnalysis(StudyAnalyses.Analysed a) {
        return new ConflictException("Study " + a.study().code() + " cannot be exported: "
                + (a.protocolKnown()
                        ? a.problem()
                        : "its protocol " + a.study().protocolId() + " version "
                                + a.study().protocolVersion() + " is not known to this server"));
    }

    private static String version() {
        String v = StudyExports.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
