package org.marrow.interop.sdtm;

import java.util.List;
import java.util.Locale;
import org.marrow.interop.ExportFiles;
import org.marrow.interop.StudyExport;
import org.marrow.interop.stats.StatsPackage;

/**
 * A study as SDTM (SDTMIG 3.4): the domains DM, AE, LB, EX, CM, DS, SV and RS, each as CSV ({@code sdtm/dm.csv})
 * and as CDISC Dataset-JSON 1.1 ({@code sdtm/dm.json}), described by one Define-XML 2.1 document ({@code
 * sdtm/define.xml}) whose item OIDs the Dataset-JSON columns name. docs/exports.md maps each variable to its
 * source.
 */
public final class SdtmExport {
    private SdtmExport() {}

    /**
     * The SDTM export of a study.
     *
     * @param export what to export
     * @return the files under {@code sdtm/}
     */
    public static ExportFiles export(StudyExport export) {
        List<Domain> domains = new SdtmDomains(export).all();
        String studyOid = "ST." + export.protocol().id();
        String mdvOid =
                "MDV.SDTM." + export.protocol().id() + "." + export.protocol().version();
        ExportFiles.Builder files = ExportFiles.builder();
        for (Domain d : domains) {
            String base = "sdtm/" + d.table().name().toLowerCase(Locale.ROOT);
            files.text(base + ".csv", StatsPackage.csv(d.table()));
            files.text(base + ".json", DatasetJson.of(d, export, studyOid, mdvOid));
        }
        files.text("sdtm/define.xml", DefineXml.of(domains, export, studyOid, mdvOid));
        return files.build();
    }
}
