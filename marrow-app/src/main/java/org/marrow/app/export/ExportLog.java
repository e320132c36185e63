package org.marrow.app.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.marrow.app.audit.AuditTrail;
import org.marrow.app.security.Caller;
import org.marrow.interop.ExportFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every export and report download in the audit trail: who, what, when, and the SHA-256 of the bytes sent, so
 * that a file found later can be matched to its download (21 CFR 11.10(b), accurate copies; ICH E6(R3) data
 * governance).
 */
@Service
public class ExportLog {
    /** What was downloaded. */
    public enum What {
        /** The study's data set, zipped CSV files, for re-import or analysis. */
        DATASET,
        /** The study's data set with text cells made safe for spreadsheets. */
        DATASET_FOR_SPREADSHEET,
        /** The study's report as an HTML file. */
        REPORT_HTML,
        /** The study's report as a PDF file. */
        REPORT_PDF,
        /** The study for R: CSV files and {@code marrow.R}. */
        EXPORT_R,
        /** The study for SAS: CSV files and {@code marrow.sas}. */
        EXPORT_SAS,
        /** The study for SPSS: CSV files and {@code marrow.sps}. */
        EXPORT_SPSS,
        /** The study for Stata: CSV files and {@code marrow.do}. */
        EXPORT_STATA,
        /** The study as CDISC ODM 1.3.2. */
        EXPORT_ODM,
        /** The study as SDTM data sets (CSV, Dataset-JSON) with define.xml. */
        EXPORT_SDTM,
        /** The study as an HL7 FHIR R4 Bundle. */
        EXPORT_FHIR;

        /**
         * What an export in a standard is.
         *
         * @param format the standard
         * @return its kind of download
         */
        public static What of(ExportFormat format) {
            return switch (format) {
                case R -> EXPORT_R;
                case SAS -> EXPORT_SAS;
                case SPSS -> EXPORT_SPSS;
                case STATA -> EXPORT_STATA;
                case ODM -> EXPORT_ODM;
                case SDTM -> EXPORT_SDTM;
                case FHIR -> EXPORT_FHIR;
            };
        }
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ExportLog(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Records a download, audited in the same transaction.
     *
     * @param caller who downloads
     * @param studyId the study
     * @param what what
     * @param bytes the bytes sent
     * @return the id of the record
     */
    @Transactional
    public long recorded(Caller caller, long studyId, What what, byte[] bytes) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String hash = sha256(bytes);
        long id = jdbc.sql("INSERT INTO data_export (at, actor, study_id, what, content_hash) VALUES (?, ?, ?, ?, ?)"
                        + " RETURNING id")
                .params(Timestamp.from(at), caller.username(), studyId, what.name(), hash)
                .query(Long.class)
                .single();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("study_id", studyId);
        row.put("what", what.name());
        row.put("bytes", bytes.length);
        row.put("sha256", hash);
        row.put("at", at.toString());
        audit.inserted("data_export", id, row, null);
        return id;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
