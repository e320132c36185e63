package org.marrow.interop.sdtm;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marrow.interop.StudyExport;
import org.marrow.interop.table.Cell;
import org.marrow.interop.table.CodeList;
import org.marrow.interop.table.Column;
import org.marrow.interop.table.ColumnType;
import org.marrow.interop.table.Table;
import org.marrow.interop.xml.XmlWriter;
import org.marrow.protocol.Protocol;

/**
 * The Define-XML 2.1 document of the SDTM domains (CDISC, "Define-XML Specification Version 2.1"): the standard
 * (SDTMIG 3.4), one {@code ItemGroupDef} per domain with its class, structure, keys and data file, one {@code
 * ItemDef} per variable with its data type, length, origin and code list, the code lists, and the methods of the
 * derived variables.
 */
final class DefineXml {
    static final String STANDARD = "STD.SDTMIG.3.4";

    private DefineXml() {}

    static String itemOid(String domain, Column c) {
        return "IT." + domain + "." + c.name();
    }

    /** The length of a text column: its longest value in bytes, at least 1 (Define-XML 2.1 ItemDef/@Length). */
    static int length(Table t, int column) {
        int max = 1;
        for (List<Cell> row : t.rows()) {
            max = Math.max(max, row.get(column).text().getBytes(StandardCharsets.UTF_8).length);
        }
        return max;
    }

    private static int digits(Table t, int column) {
        int max = 1;
        for (List<Cell> row : t.rows()) {
            max = Math.max(
                    max,
                    row.get(column).text().replace("-", "").replace(".", "").length());
        }
        return max;
    }

    private static int scale(Table t, int column) {
        int max = 0;
        for (List<Cell> row : t.rows()) {
            String text = row.get(column).text();
            int dot = text.indexOf('.');
            max = Math.max(max, dot < 0 ? 0 : text.length() - dot - 1);
        }
        return max;
    }

    static String of(List<Domain> domains, StudyExport export, String studyOid, String mdvOid) {
        Protocol p = export.protocol();
        XmlWriter x = new XmlWriter();
        x.start(
                "ODM",
                "xmlns",
                "http://www.cdisc.org/ns/odm/v1.3",
                "xmlns:def",
                "http://www.cdisc.org/ns/def/v2.1",
                "xmlns:xlink",
                "http://www.w3.org/1999/xlink",
                "ODMVersion",
                "1.3.2",
                "FileType",
                "Snapshot",
                "FileOID",
                studyOid + ".DEFINE." + export.createdAt(),
                "CreationDateTime",
                export.createdAt().toString(),
                "Originator",
                "Marrow",
                "SourceSystem",
                "Marrow",
                "SourceSystemVersion",
                export.marrowVersion(),
                "def:Context",
                "Submission");
        x.start("Study", "OID", studyOid);
        x.start("GlobalVariables")
                .text("StudyName", p.id())
                .text("StudyDescription", p.identity().title())
                .text("ProtocolName", p.id())
                .end();
        x.start(
                "MetaDataVersion",
                "OID",
                mdvOid,
                "Name",
                "SDTM of " + p.id() + " " + p.version(),
                "Description",
                "SDTMIG 3.4 domains of protocol " + p.id() + " version " + p.version(),
                "def:DefineVersion",
                "2.1.0");
        x.start("def:Standards")
                .empty(
                        "def:Standard",
                        "OID",
                        STANDARD,
                        "Name",
                        "SDTMIG",
                        "Type",
                        "IG",
                        "Version",
                        "3.4",
                        "Status",
                        "Final")
                .end();
        Set<Domain.Methods> methods = EnumSet.noneOf(Domain.Methods.class);
        List<CodeList> codeLists = new ArrayList<>();
        for (Domain d : domains) {
            Table t = d.table();
            String name = t.name();
            x.start(
                    "ItemGroupDef",
                    "OID",
                    "IG." + name,
                    "Domain",
                    name,
                    "Name",
                    name,
                    "Repeating",
                    name.equals("DM") ? "No" : "Yes",
                    "IsReferenceData",
                    "No",
                    "SASDatasetName",
                    name,
                    "Purpose",
                    "Tabulation",
                    "def:Structure",
                    d.structure(),
                    "def:StandardOID",
                    STANDARD,
                    "def:ArchiveLocationID",
                    "LF." + name);
            x.start("Description")
                    .text("TranslatedText", t.label(), "xml:lang", "en")
                    .end();
            for (int i = 0; i < t.columns().size(); i++) {
                Domain.Variable v = d.variables().get(i);
                v.method().ifPresent(methods::add);
                x.empty(
                        "ItemRef",
                        "ItemOID",
                        itemOid(name, t.columns().get(i)),
                        "OrderNumber",
                        Integer.toString(i + 1),
                        "Mandatory",
                        v.mandatory() ? "Yes" : "No",
                        "KeySequence",
                        v.keySequence() > 0 ? Integer.toString(v.keySequence()) : null,
                        "MethodOID",
                        v.method().map(m -> m.oid).orElse(null));
            }
            x.empty("def:Class", "Name", d.domainClass());
            String file = name.toLowerCase(Locale.ROOT) + ".json";
            x.start("def:leaf", "ID", "LF." + name, "xlink:href", file)
                    .text("def:title", file)
                    .end();
            x.end();
        }
        for (Domain d : domains) {
            Table t = d.table();
            for (int i = 0; i < t.columns().size(); i++) {
                Column c = t.columns().get(i);
                c.codes().filter(l -> !codeLists.contains(l)).ifPresent(codeLists::add);
                x.start(
                        "ItemDef",
                        "OID",
                        itemOid(t.name(), c),
                        "Name",
                        c.name(),
                        "DataType",
                        c.type().odm(),
                        "Length",
                        switch (c.type()) {
                            case TEXT -> Integer.toString(length(t, i));
                            case INTEGER, DECIMAL -> Integer.toString(digits(t, i));
                            case DATE -> null;
                        },
                        "SignificantDigits",
                        c.type() == ColumnType.DECIMAL ? Integer.toString(scale(t, i)) : null,
                        "SASFieldName",
                        c.name());
                x.start("Description")
                        .text("TranslatedText", c.label(), "xml:lang", "en")
                        .end();
                c.codes().ifPresent(l -> x.empty("CodeListRef", "CodeListOID", "CL." + l.name()));
                x.empty("def:Origin", "Type", d.variables().get(i).origin().define);
                x.end();
            }
        }
        for (CodeList l : codeLists) {
            x.start("CodeList", "OID", "CL." + l.name(), "Name", l.name(), "DataType", "text");
            for (CodeList.Item i : l.items()) {
                x.start("CodeListItem", "CodedValue", i.code())
                        .start("Decode")
                        .text("TranslatedText", i.decode(), "xml:lang", "en")
                        .end()
                        .end();
            }
            x.end();
        }
        for (Domain.Methods m : methods) {
            x.start("MethodDef", "OID", m.oid, "Name", m.name, "Type", "Computation")
                    .start("Description")
                    .text("TranslatedText", m.description, "xml:lang", "en")
                    .end()
                    .end();
        }
        return x.finish();
    }
}
