package org.marrow.interop;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.marrow.interop.fhir.FhirExport;
import org.marrow.interop.odm.OdmExport;
import org.marrow.interop.sdtm.SdtmExport;
import org.marrow.interop.stats.StatsPackage;

/**
 * The formats a study is exported in ({@code marrow export --format}, {@code /api/studies/{id}/exports/{format}}),
 * each with its code and the export it makes. docs/exports.md describes each file and how Marrow's data map to it.
 */
public enum ExportFormat {
    /** R: CSV files and {@code marrow.R}. */
    R("r") {
        @Override
        public ExportFiles export(StudyExport export) {
            return StatsPackage.R.export(export);
        }
    },
    /** SAS: CSV files and {@code marrow.sas}. */
    SAS("sas") {
        @Override
        public ExportFiles export(StudyExport export) {
            return StatsPackage.SAS.export(export);
        }
    },
    /** SPSS: CSV files and {@code marrow.sps}. */
    SPSS("spss") {
        @Override
        public ExportFiles export(StudyExport export) {
            return StatsPackage.SPSS.export(export);
        }
    },
    /** Stata: CSV files and {@code marrow.do}. */
    STATA("stata") {
        @Override
        public ExportFiles export(StudyExport export) {
            return StatsPackage.STATA.export(export);
        }
    },
    /** CDISC ODM 1.3.2: {@code odm.xml}, metadata from the protocol, the clinical data and its audit trail. */
    ODM("odm") {
        @Override
        public ExportFiles export(StudyExport export) {
            return OdmExport.export(export);
        }
    },
    /** SDTM (SDTMIG 3.4) as CSV and Dataset-JSON 1.1, with Define-XML 2.1. */
    SDTM("sdtm") {
        @Override
        public ExportFiles export(StudyExport export) {
            return SdtmExport.export(export);
        }
    },
    /** HL7 FHIR R4: one Bundle of the study, its subjects (pseudonymised), labs, doses and adverse events. */
    FHIR("fhir") {
        @Override
        public ExportFiles export(StudyExport export) {
            return FhirExport.export(export);
        }
    };

    private final String code;

    ExportFormat(String code) {
        this.code = code;
    }

    /**
     * The format's name on the command line and in the API.
     *
     * @return e.g. {@code sdtm}
     */
    public String code() {
        return code;
    }

    /**
     * Exports a study in this format.
     *
     * @param export what to export
     * @return the files
     * @throws NullPointerException if export is null
     */
    public abstract ExportFiles export(StudyExport export);

    /**
     * The format of a code (case-insensitive).
     *
     * @param code e.g. {@code odm}
     * @return the format
     * @throws IllegalArgumentException if the code names no format; the message lists {@link #codes()}
     */
    public static ExportFormat fromCode(String code) {
        String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.code.equals(c)) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not an export format; expected one of " + codes());
    }

    /**
     * Every format's code, for messages.
     *
     * @return e.g. {@code "r, sas, spss, stata, odm, sdtm, fhir"}
     */
    public static String codes() {
        return Arrays.stream(values()).map(ExportFormat::code).collect(Collectors.joining(", "));
    }
}
