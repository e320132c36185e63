package org.marrow.analysis.report;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * What a report states about its own provenance: which data, which protocol, which
 * Marrow, when, and up to which data cut-off. Every figure in the report is traceable through it.
 *
 * @param title the report's title, for example the trial's name
 * @param datasetSha256 SHA-256 of the data set, 64 lower-case hex digits
 * @param protocolId the protocol's identifier, for example {@code "ctx-ist"}
 * @param protocolVersion the protocol's version
 * @param marrowVersion the version of Marrow that produced the report
 * @param analysisDate the date of the analysis
 * @param dataCutoff the data cut-off ({@code --as-of}), or null when all data were used
 */
public record ReportHeader(
        String title,
        String datasetSha256,
        String protocolId,
        String protocolVersion,
        String marrowVersion,
        LocalDate analysisDate,
        LocalDate dataCutoff) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * Checks the header.
     *
     * @throws IllegalArgumentException if a text is blank, the hash is not 64 lower-case hex
     *     digits, the analysis date is missing, or the cut-off is after the analysis date
     */
    public ReportHeader {
        text(title, "Report title");
        if (datasetSha256 == null || !SHA256.matcher(datasetSha256).matches()) {
            throw new IllegalArgumentException(
                    "Data set hash (" + datasetSha256 + ") must be a SHA-256: 64 lower-case hex digits");
        }
        text(protocolId, "Protocol id");
        text(protocolVersion, "Protocol version");
        text(marrowVersion, "Marrow version");
        if (analysisDate == null) {
            throw new IllegalArgumentException("Analysis date must not be null");
        }
        if (dataCutoff != null && dataCutoff.isAfter(analysisDate)) {
            throw new IllegalArgumentException(
                    "Data cut-off (" + dataCutoff + ") must not be after the analysis date (" + analysisDate + ")");
        }
    }

    private static void text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " (" + value + ") must not be blank");
        }
    }
}
