package org.marrow.interop;

import java.time.Instant;
import java.util.Objects;
import org.marrow.analysis.StudyAnalysis;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.protocol.Protocol;
import org.marrow.study.StudyDataset;

/**
 * What an export is made from: the protocol, the source data, their one analysis (the derived endpoints come
 * from {@link StudyAnalysis}, never computed here), the audit trail if there is one, when the export is made
 * and by which Marrow, and the language of the labels of the statistics packages' files.
 *
 * @param protocol the study's protocol
 * @param dataset the source data
 * @param analysis the analysis of {@code dataset} under {@code protocol}
 * @param history the audit trail of the source records; {@link AuditHistory#none()} for a data set folder
 * @param createdAt when the export is made (given, never read from a clock here, so an export can be repeated)
 * @param marrowVersion the version of Marrow making it
 * @param language the language of variable and code labels (CDISC and HL7 names stay as the standards give them)
 */
public record StudyExport(
        Protocol protocol,
        StudyDataset dataset,
        StudyAnalysis analysis,
        AuditHistory history,
        Instant createdAt,
        String marrowVersion,
        MessageRenderer language) {

    /**
     * Checks the input.
     *
     * @throws NullPointerException if a component is null
     */
    public StudyExport {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(marrowVersion, "marrowVersion");
        Objects.requireNonNull(language, "language");
    }
}
