package org.marrow.interop.odm;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.Unit;
import org.marrow.clinical.transfusion.BloodProduct;
import org.marrow.interop.AuditHistory;
import org.marrow.interop.ExportFiles;
import org.marrow.interop.StudyExport;
import org.marrow.interop.table.CodeList;
import org.marrow.interop.table.Labels;
import org.marrow.interop.table.VisitWindows;
import org.marrow.interop.xml.XmlWriter;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.schedule.Visit;
import org.marrow.study.DoseUnit;
import org.marrow.study.RecordEntries;
import org.marrow.study.RecordField;
import org.marrow.study.RecordType;
import org.marrow.study.StudyDataset;
import org.marrow.study.Subject;
import org.marrow.study.validation.Entry;

/**
 * A study as one CDISC ODM 1.3.2 file ({@value #FILE}), valid against the ODM 1.3.2 schema (CDISC, "Specification
 * for the Operational Data Model (ODM) Version 1.3.2"):
 *
 * <ul>
 *   <li>study metadata from the protocol: a {@code StudyEventDef} per visit (its form: the lab values), one for the
 *       records not tied to a visit ({@code SE.RECORDS}); a {@code FormDef} and {@code ItemGroupDef} per kind of
 *       record the data set has; an {@code ItemDef} per field, with its data type, its {@code MeasurementUnit}s
 *       (UCUM codes as aliases) and its {@code CodeList} (lab tests with their LOINC codes as aliases, CTCAE v5.0
 *       terms as an external code list);
 *   <li>the clinical data: a {@code SubjectData} per subject (its site a {@code Location}), its lab values in the
 *       first visit whose window holds their study day (else, like every other record, in {@code SE.RECORDS}),
 *       each record an {@code ItemGroupData} whose {@code ItemGroupRepeatKey} is its place among the records of
 *       its kind, so that a reader restores their order;
 *   <li>the audit trail when there is one: then the file is {@code Transactional}, each change of each record
 *       (deleted ones too) an {@code ItemGroupData} with its {@code TransactionType} and {@code AuditRecord}
 *       (user, location, time, reason, and the source system's record of it as {@code SourceID}); without one it
 *       is a {@code Snapshot}.
 * </ul>
 */
public final class OdmExport {
    /** The file written. */
    public static final String FILE = "odm.xml";

    private final StudyExport export;
    private final Labels labels;
    private final String lang;
    private final String studyOid;
    private final String mdvOid;
    private final boolean transactional;

    private OdmExport(StudyExport export) {
        this.export = export;
        this.labels = new Labels(export.language());
        this.lang = export.language().locale().toLanguageTag();
        this.studyOid = "ST." + export.protocol().id();
        this.mdvOid = "MDV." + export.protocol().id() + "." + export.protocol().version();
        this.transactional = !export.history().isEmpty();
    }

    /**
     * The ODM export of a study.
     *
     * @param export what to export
     * @return the file {@value #FILE}
     */
    public static ExportFiles export(StudyExport export) {
        return ExportFiles.builder().text(FILE, xml(export)).build();
    }

    /**
     * The ODM document of a study.
     *
     * @param export what to export
     * @return the document
     */
    public static String xml(StudyExport export) {
        return new OdmExport(export).write();
    }

    /** One version of a record: its values, and the change that made it when there is an audit trail. */
    private record Version(Optional<AuditHistory.Change> change, Entry values) {}

    /** A record of a kind with its key and versions. */
    private record OdmRecord(RecordType type, String subjectId, long key, List<Version> versions) {
        Entry last() {
            return versions.get(versions.size() - 1).values();
        }
    }

    private String write() {
        Protocol p = export.protocol();
        List<OdmRecord> records = records();
        Set<RecordType> types = EnumSet.copyOf(export.dataset().recordTypes());
        records.forEach(r -> types.add(r.type()));
        XmlWriter x = new XmlWriter();
        x.start(
                "ODM",
                "xmlns",
                OdmItems.NAMESPACE,
                "ODMVersion",
                "1.3.2",
                "FileType",
                transactional ? "Transactional" : "Snapshot",
                "Granularity",
                "All",
                "FileOID",
                "MARROW." + p.id() + "." + export.createdAt(),
                "CreationDateTime",
                export.createdAt().toString(),
                "AsOfDateTime",
                export.createdAt().toString(),
                "Originator",
                "Marrow",
                "SourceSystem",
                "Marrow",
                "SourceSystemVersion",
                export.marrowVersion());
        x.start("Study", "OID", studyOid);
        x.start("GlobalVariables")
                .text("StudyName", p.identity().title())
                .text(
                        "StudyDescription",
                        p.identity().title() + " ("
                                + String.join(", ", p.identity().registryIds()) + ")")
                .text("ProtocolName", p.id())
                .end();
        basicDefinitions(x);
        metaDataVersion(x, types);
        x.end();
        adminData(x, records);
        clinicalData(x, records);
        return x.finish();
    }

    /** The records: from the audit trail if there is one, else the data set's, each keyed by its place. */
    private List<OdmRecord> records() {
        List<OdmRecord> records = new ArrayList<>();
        if (transactional) {
            for (AuditHistory.RecordHistory h : export.history().records()) {
                records.add(new OdmRecord(
                        h.type(),
                        h.subjectId(),
                        h.key(),
                        h.changes().stream()
                                .map(c -> new Version(Optional.of(c), c.values()))
                                .toList()));
            }
            records.sort(Comparator.comparing(OdmRecord::type).thenComparingLong(OdmRecord::key));
            return records;
        }
        StudyDataset dataset = export.dataset();
        for (RecordType type : dataset.recordTypes()) {
            List<Entry> entries = RecordEntries.of(dataset, type);
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                records.add(new OdmRecord(
                        type, e.text(RecordField.SUBJECT_ID), i + 1L, List.of(new Version(Optional.empty(), e))));
            }
        }
        return records;
    }

    private void basicDefinitions(XmlWriter x) {
        x.start("BasicDefinitions");
        for (Unit u : Unit.values()) {
            unit(x, "MU." + u.name(), u.symbol(), u.ucum());
        }
        for (DoseUnit u : DoseUnit.values()) {
            unit(x, "MU.DOSE." + u.name(), u.symbol(), u.symbol());
        }
        unit(x, "MU.KG", "kg", "kg");
        unit(x, "MU.CM", "cm", "cm");
        x.end();
    }

    private void unit(XmlWriter x, String oid, String symbol, String ucum) {
        x.start("MeasurementUnit", "OID", oid, "Name", symbol)
                .start("Symbol")
                .text("TranslatedText", symbol, "xml:lang", "en")
                .end()
                .empty("Alias", "Context", "UCUM", "Name", ucum)
                .end();
    }

    private void metaDataVersion(XmlWriter x, Set<RecordType> types) {
        Protocol p = export.protocol();
        x.start(
                "MetaDataVersion",
                "OID",
                mdvOid,
                "Name",
                p.id() + " " + p.version(),
                "Description",
                "Protocol " + p.id() + " version " + p.version());
        x.start("Protocol");
        int order = 1;
        x.empty(
                "StudyEventRef",
                "StudyEventOID",
                OdmItems.RECORDS_EVENT,
                "OrderNumber",
                Integer.toString(order++),
                "Mandatory",
                "Yes");
        for (Visit v : p.visits()) {
            x.empty(
                    "StudyEventRef",
                    "StudyEventOID",
                    OdmItems.event(v.name()),
                    "OrderNumber",
                    Integer.toString(order++),
                    "Mandatory",
                    "No");
        }
        x.end();
        x.start(
                "StudyEventDef",
                "OID",
                OdmItems.RECORDS_EVENT,
                "Name",
                "Study records",
                "Repeating",
                "No",
                "Type",
                "Common");
        int formOrder = 1;
        for (RecordType type : types) {
            x.empty(
                    "FormRef",
                    "FormOID",
                    OdmItems.form(type),
                    "OrderNumber",
                    Integer.toString(formOrder++),
                    "Mandatory",
                    type == RecordType.SUBJECTS ? "Yes" : "No");
        }
        x.end();
        for (Visit v : p.visits()) {
            x.start(
                    "StudyEventDef",
                    "OID",
                    OdmItems.event(v.name()),
                    "Name",
                    v.name(),
                    "Repeating",
                    "No",
                    "Type",
                    "Scheduled");
            x.start("Description")
                    .text(
                            "TranslatedText",
                            "Study day " + v.targetDay() + ", window " + v.windowStart() + " to " + v.windowEnd()
                                    + "; assesses " + String.join(", ", v.assessments()),
                            "xml:lang",
                            "en")
                    .end();
            if (VisitWindows.holdsLabs(v) && types.contains(RecordType.LABS)) {
                x.empty("FormRef", "FormOID", OdmItems.form(RecordType.LABS), "OrderNumber", "1", "Mandatory", "No");
            }
            x.end();
        }
        for (RecordType type : types) {
            x.start(
                    "FormDef",
                    "OID",
                    OdmItems.form(type),
                    "Name",
                    labels.text("interop.table." + type.name().toLowerCase(java.util.Locale.ROOT)),
                    "Repeating",
                    "No");
            x.empty("ItemGroupRef", "ItemGroupOID", OdmItems.group(type), "OrderNumber", "1", "Mandatory", "No");
            x.end();
        }
        for (RecordType type : types) {
            x.start(
                    "ItemGroupDef",
                    "OID",
                    OdmItems.group(type),
                    "Name",
                    type.name().toLowerCase(java.util.Locale.ROOT),
                    "Repeating",
                    type == RecordType.SUBJECTS ? "No" : "Yes");
            int itemOrder = 1;
            for (RecordField f : OdmItems.items(type)) {
                x.empty(
                        "ItemRef",
                        "ItemOID",
                        OdmItems.item(type, f),
                        "OrderNumber",
                        Integer.toString(itemOrder++),
                        "Mandatory",
                        type.isOptional(f) ? "No" : "Yes");
            }
            x.end();
        }
        for (RecordType type : types) {
            for (RecordField f : OdmItems.items(type)) {
                itemDef(x, type, f);
            }
        }
        codeLists(x);
        x.end();
    }

    private void itemDef(XmlWriter x, RecordType type, RecordField f) {
        x.start(
                "ItemDef",
                "OID",
                OdmItems.item(type, f),
                "Name",
                f.fieldName(),
                "DataType",
                OdmItems.dataType(type, f));
        x.start("Description")
                .text("TranslatedText", labels.text("interop.label." + f.fieldName()), "xml:lang", lang)
                .end();
        for (String unit : unitsOf(type, f)) {
            x.empty("MeasurementUnitRef", "MeasurementUnitOID", unit);
        }
        OdmItems.codeList(type, f).ifPresent(cl -> x.empty("CodeListRef", "CodeListOID", cl));
        x.end();
    }

    /** The measurement units an item's values may carry. */
    private static List<String> unitsOf(RecordType type, RecordField f) {
        List<String> units = new ArrayList<>();
        if (type == RecordType.LABS && (f == RecordField.VALUE || f == RecordField.LLN || f == RecordField.ULN)) {
            for (Unit u : Unit.values()) {
                units.add("MU." + u.name());
            }
        } else if (type == RecordType.DOSES && f == RecordField.DOSE) {
            for (DoseUnit u : DoseUnit.values()) {
                units.add("MU.DOSE." + u.name());
            }
        } else if (f == RecordField.WEIGHT_KG) {
            units.add("MU.KG");
        } else if (f == RecordField.HEIGHT_CM) {
            units.add("MU.CM");
        }
        return units;
    }

    /** The unit of one value of an item, if it has one. */
    private static Optional<String> unitOf(RecordType type, RecordField f, Entry values) {
        if (unitsOf(type, f).isEmpty()) {
            return Optional.empty();
        }
        if (type == RecordType.LABS) {
            try {
                return Optional.of(
                        "MU." + Unit.parse(values.text(RecordField.UNIT)).name());
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        if (type == RecordType.DOSES) {
            return DoseUnit.bySymbol(values.text(RecordField.UNIT)).map(u -> "MU.DOSE." + u.name());
        }
        return Optional.of(f == RecordField.WEIGHT_KG ? "MU.KG" : "MU.CM");
    }

    private void codeLists(XmlWriter x) {
        codeList(x, "CL.SEX", "SEX", "text", labels.sex(), Map.of());
        Map<String, String> loinc = new LinkedHashMap<>();
        for (LabTest t : LabTest.values()) {
            t.loinc().ifPresent(code -> loinc.put(t.code(), code));
        }
        codeList(x, "CL.LBTESTCD", "LBTESTCD", "text", labels.labTests(), loinc);
        List<CodeList.Item> products = new ArrayList<>();
        for (BloodProduct b : BloodProduct.values()) {
            products.add(new CodeList.Item(b.name(), labels.text("interop.code.product." + b.name())));
        }
        codeList(x, "CL.PRODUCT", "PRODUCT", "text", new CodeList("product", products), Map.of());
        codeList(x, "CL.DRUG", "DRUG", "text", labels.drugs(), Map.of());
        List<CodeList.Item> doseUnits = new ArrayList<>();
        Map<String, String> ucum = new LinkedHashMap<>();
        for (DoseUnit u : DoseUnit.values()) {
            doseUnits.add(new CodeList.Item(u.symbol(), u.symbol()));
            ucum.put(u.symbol(), u.symbol());
        }
        codeList(x, "CL.DOSEUNIT", "DOSEUNIT", "text", new CodeList("doseunit", doseUnits), Map.of());
        codeList(x, "CL.GRADE", "GRADE", "integer", labels.grades(), Map.of());
        codeList(x, "CL.NY", "NY", "text", labels.yesNo(), Map.of());
        codeList(x, "CL.EVENTTYPE", "EVENTTYPE", "text", labels.eventTypes(), Map.of());
        x.start("CodeList", "OID", "CL.CTCAE", "Name", "CTCAE v5.0 term", "DataType", "text")
                .empty("ExternalCodeList", "Dictionary", "CTCAE", "Version", "5.0")
                .end();
    }

    private void codeList(
            XmlWriter x, String oid, String name, String dataType, CodeList list, Map<String, String> loinc) {
        x.start("CodeList", "OID", oid, "Name", name, "DataType", dataType);
        for (CodeList.Item i : list.items()) {
            x.start("CodeListItem", "CodedValue", i.code());
            x.start("Decode")
                    .text("TranslatedText", i.decode(), "xml:lang", lang)
                    .end();
            if (loinc.containsKey(i.code())) {
                x.empty("Alias", "Context", "LOINC", "Name", loinc.get(i.code()));
            }
            x.end();
        }
        x.end();
    }

    private void adminData(XmlWriter x, List<OdmRecord> records) {
        Set<String> users = new LinkedHashSet<>();
        Set<String> sites = new LinkedHashSet<>();
        export.dataset().subjects().forEach(s -> sites.add(s.site()));
        for (OdmRecord r : records) {
            for (Version v : r.versions()) {
                v.change().ifPresent(c -> {
                    users.add(c.user());
                    sites.add(c.site());
                });
            }
        }
        if (users.isEmpty() && sites.isEmpty()) {
            return;
        }
        x.start("AdminData", "StudyOID", studyOid);
        for (String u : users) {
            x.start("User", "OID", OdmItems.user(u)).text("LoginName", u).end();
        }
        String date = LocalDate.ofInstant(export.createdAt(), ZoneOffset.UTC).toString();
        for (String s : sites) {
            x.start("Location", "OID", OdmItems.location(s), "Name", s, "LocationType", "Site")
                    .empty(
                            "MetaDataVersionRef",
                            "StudyOID",
                            studyOid,
                            "MetaDataVersionOID",
                            mdvOid,
                            "EffectiveDate",
                            date)
                    .end();
        }
        x.end();
    }

    private void clinicalData(XmlWriter x, List<OdmRecord> records) {
        Map<String, List<OdmRecord>> bySubject = new LinkedHashMap<>();
        // Subjects first, in their order; then every other record under its subject.
        records.stream()
                .filter(r -> r.type() == RecordType.SUBJECTS)
                .forEach(r -> bySubject.computeIfAbsent(r.subjectId(), k -> new ArrayList<>()));
        for (OdmRecord r : records) {
            bySubject.computeIfAbsent(r.subjectId(), k -> new ArrayList<>()).add(r);
        }
        x.start("ClinicalData", "StudyOID", studyOid, "MetaDataVersionOID", mdvOid);
        String upsert = transactional ? "Upsert" : null;
        for (Map.Entry<String, List<OdmRecord>> subject : bySubject.entrySet()) {
            Optional<Subject> typed = export.dataset().subject(subject.getKey());
            x.start("SubjectData", "SubjectKey", subject.getKey(), "TransactionType", upsert);
            siteOf(subject.getKey(), subject.getValue())
                    .ifPresent(site -> x.empty("SiteRef", "LocationOID", OdmItems.location(site)));
            Map<String, Map<RecordType, List<OdmRecord>>> byEvent = new LinkedHashMap<>();
            byEvent.put(OdmItems.RECORDS_EVENT, new LinkedHashMap<>());
            for (Visit v : export.protocol().visits()) {
                byEvent.put(OdmItems.event(v.name()), new LinkedHashMap<>());
            }
            for (OdmRecord r : subject.getValue()) {
                byEvent.get(eventOf(r, typed))
                        .computeIfAbsent(r.type(), k -> new ArrayList<>())
                        .add(r);
            }
            for (Map.Entry<String, Map<RecordType, List<OdmRecord>>> event : byEvent.entrySet()) {
                if (event.getValue().isEmpty()) {
                    continue;
                }
                x.start("StudyEventData", "StudyEventOID", event.getKey(), "TransactionType", upsert);
                for (Map.Entry<RecordType, List<OdmRecord>> form :
                        event.getValue().entrySet()) {
                    x.start("FormData", "FormOID", OdmItems.form(form.getKey()), "TransactionType", upsert);
                    for (OdmRecord r : form.getValue()) {
                        for (Version v : r.versions()) {
                            itemGroupData(x, r, v);
                        }
                    }
                    x.end();
                }
                x.end();
            }
            x.end();
        }
        x.end();
    }

    private Optional<String> siteOf(String subjectId, List<OdmRecord> records) {
        for (OdmRecord r : records) {
            if (r.type() == RecordType.SUBJECTS) {
                return Optional.of(r.last().text(RecordField.SITE)).filter(s -> !s.isEmpty());
            }
        }
        return export.dataset().subject(subjectId).map(Subject::site);
    }

    /** The study event of a record: a lab value's visit ({@link VisitWindows}), else the study records. */
    private String eventOf(OdmRecord r, Optional<Subject> subject) {
        if (r.type() != RecordType.LABS || subject.isEmpty()) {
            return OdmItems.RECORDS_EVENT;
        }
        try {
            return VisitWindows.labVisit(
                            export.protocol(),
                            subject.get(),
                            LocalDate.parse(r.last().text(RecordField.DATE)))
                    .map(v -> OdmItems.event(v.name()))
                    .orElse(OdmItems.RECORDS_EVENT);
        } catch (DateTimeParseException e) {
            return OdmItems.RECORDS_EVENT;
        }
    }

    private void itemGroupData(XmlWriter x, OdmRecord r, Version v) {
        String action = v.change().map(c -> transaction(c.action())).orElse(null);
        x.start(
                "ItemGroupData",
                "ItemGroupOID",
                OdmItems.group(r.type()),
                "ItemGroupRepeatKey",
                Long.toString(r.key()),
                "TransactionType",
                action);
        v.change().ifPresent(c -> auditRecord(x, c));
        boolean removal =
                v.change().map(c -> c.action() == AuditHistory.Action.REMOVE).orElse(false);
        if (!removal) {
            for (RecordField f : OdmItems.items(r.type())) {
                String value = v.values().text(f);
                if (value.isEmpty()) {
                    if (action != null && !action.equals("Insert")) {
                        x.empty(
                                "ItemData",
                                "ItemOID",
                                OdmItems.item(r.type(), f),
                                "TransactionType",
                                action,
                                "IsNull",
                                "Yes");
                    }
                    continue;
                }
                Optional<String> unit = unitOf(r.type(), f, v.values());
                if (unit.isEmpty()) {
                    x.empty(
                            "ItemData",
                            "ItemOID",
                            OdmItems.item(r.type(), f),
                            "TransactionType",
                            action,
                            "Value",
                            value);
                } else {
                    x.start(
                                    "ItemData",
                                    "ItemOID",
                                    OdmItems.item(r.type(), f),
                                    "TransactionType",
                                    action,
                                    "Value",
                                    value)
                            .empty("MeasurementUnitRef", "MeasurementUnitOID", unit.get())
                            .end();
                }
            }
        }
        x.end();
    }

    private static String transaction(AuditHistory.Action action) {
        return switch (action) {
            case INSERT -> "Insert";
            case UPDATE -> "Update";
            case REMOVE -> "Remove";
        };
    }

    private static void auditRecord(XmlWriter x, AuditHistory.Change c) {
        x.start("AuditRecord")
                .empty("UserRef", "UserOID", OdmItems.user(c.user()))
                .empty("LocationRef", "LocationOID", OdmItems.location(c.site()))
                .text("DateTimeStamp", c.at().toString());
        c.reason().ifPresent(reason -> x.text("ReasonForChange", reason));
        x.text("SourceID", c.source()).end();
    }
}
