package org.marrow.interop.sdtm;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.marrow.analysis.endpoint.SubjectEndpoints;
import org.marrow.analysis.endpoint.TimepointResponse;
import org.marrow.analysis.endpoint.TimepointStatus;
import org.marrow.clinical.ctcae.AdverseEventTerm;
import org.marrow.clinical.labs.LabHistory;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.ReferenceRange;
import org.marrow.clinical.quantity.UnitMismatchException;
import org.marrow.clinical.renal.Sex;
import org.marrow.interop.StudyExport;
import org.marrow.interop.sdtm.Domain.Methods;
import org.marrow.interop.sdtm.Domain.Origin;
import org.marrow.interop.table.Cell;
import org.marrow.interop.table.CodeList;
import org.marrow.interop.table.ColumnType;
import org.marrow.interop.table.VisitWindows;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.model.Arm;
import org.marrow.protocol.regimen.Regimen;
import org.marrow.protocol.schedule.Visit;
import org.marrow.study.AdverseEvent;
import org.marrow.study.Dose;
import org.marrow.study.Drug;
import org.marrow.study.EventType;
import org.marrow.study.LabRecord;
import org.marrow.study.StudyDataset;
import org.marrow.study.StudyEvent;
import org.marrow.study.Subject;
import org.marrow.study.SubjectRecords;

/**
 * The SDTM domains of a study (SDTMIG 3.4 variable names and labels): DM, AE, LB, EX, CM, DS, SV and RS. Which
 * variable comes from which field is in docs/exports.md; every derived value is taken from the study's one
 * analysis or the clinical model (canonical units, CTCAE v5.0), never computed a second way here.
 */
final class SdtmDomains {
    static final CodeList SEX =
            new CodeList("SEX", List.of(new CodeList.Item("F", "Female"), new CodeList.Item("M", "Male")));
    static final CodeList NY = new CodeList("NY", List.of(new CodeList.Item("N", "No"), new CodeList.Item("Y", "Yes")));
    static final CodeList TOXGR = new CodeList(
            "TOXGR",
            List.of(
                    new CodeList.Item("1", "Grade 1"),
                    new CodeList.Item("2", "Grade 2"),
                    new CodeList.Item("3", "Grade 3"),
                    new CodeList.Item("4", "Grade 4"),
                    new CodeList.Item("5", "Grade 5")));

    private final StudyExport export;
    private final Protocol protocol;
    private final StudyDataset dataset;
    private final String studyId;
    private final Map<String, Optional<LocalDate>> deaths = new HashMap<>();

    SdtmDomains(StudyExport export) {
        this.export = export;
        this.protocol = export.protocol();
        this.dataset = export.dataset();
        this.studyId = protocol.id().toUpperCase(java.util.Locale.ROOT);
        for (StudyEvent e : dataset.events()) {
            if (e.type() == EventType.DEATH) {
                deaths.put(e.subjectId(), Optional.of(e.date()));
            }
        }
    }

    List<Domain> all() {
        return List.of(dm(), ae(), lb(), ex(true), ex(false), ds(), sv(), rs());
    }

    private String usubjid(String subjectId) {
        return studyId + "-" + subjectId;
    }

    private static Cell dtc(LocalDate date) {
        return Cell.date(date);
    }

    /** The SDTM study day of a date (SDTMIG 3.4, 4.4.4): no day 0; empty without RFSTDTC. */
    static Optional<Long> sdtmDay(Optional<LocalDate> rfstdtc, LocalDate date) {
        return rfstdtc.map(ref -> {
            long days = ChronoUnit.DAYS.between(ref, date);
            return days >= 0 ? days + 1 : days;
        });
    }

    private Cell day(String subjectId, LocalDate date) {
        Optional<LocalDate> ref = dataset.subject(subjectId).flatMap(Subject::firstDoseOn);
        return sdtmDay(ref, date).<Cell>map(Cell::whole).orElse(Cell.MISSING);
    }

    private Domain.Builder common(String name, String label, String domainClass, String structure) {
        return new Domain.Builder(name, label, domainClass, structure)
                .key("STUDYID", "Study Identifier", ColumnType.TEXT, Origin.PROTOCOL)
                .required("DOMAIN", "Domain Abbreviation", ColumnType.TEXT, Origin.ASSIGNED)
                .key("USUBJID", "Unique Subject Identifier", ColumnType.TEXT, Origin.ASSIGNED);
    }

    private List<Cell> start(String domain, String subjectId) {
        List<Cell> row = new ArrayList<>();
        row.add(Cell.text(studyId));
        row.add(Cell.text(domain));
        row.add(Cell.text(usubjid(subjectId)));
        return row;
    }

    Domain dm() {
        Domain.Builder d = common("DM", "Demographics", "SPECIAL PURPOSE", "One record per subject")
                .required("SUBJID", "Subject Identifier for the Study", ColumnType.TEXT, Origin.COLLECTED)
                .variable("RFSTDTC", "Subject Reference Start Date/Time", ColumnType.DATE, Origin.COLLECTED)
                .variable("RFENDTC", "Subject Reference End Date/Time", ColumnType.DATE, Origin.DERIVED)
                .variable("RFXSTDTC", "Date/Time of First Study Treatment", ColumnType.DATE, Origin.DERIVED)
                .variable("RFXENDTC", "Date/Time of Last Study Treatment", ColumnType.DATE, Origin.DERIVED)
                .variable("DTHDTC", "Date/Time of Death", ColumnType.DATE, Origin.COLLECTED)
                .coded("DTHFL", "Subject Death Flag", NY, Origin.DERIVED, false)
                .required("SITEID", "Study Site Identifier", ColumnType.TEXT, Origin.COLLECTED)
                .derived("AGE", "Age", ColumnType.INTEGER, Methods.AGE)
                .variable("AGEU", "Age Units", ColumnType.TEXT, Origin.ASSIGNED)
                .coded("SEX", "Sex", SEX, Origin.COLLECTED, true)
                .variable("ARMCD", "Planned Arm Code", ColumnType.TEXT, Origin.ASSIGNED)
                .variable("ARM", "Description of Planned Arm", ColumnType.TEXT, Origin.ASSIGNED)
                .variable("ACTARMCD", "Actual Arm Code", ColumnType.TEXT, Origin.DERIVED)
                .variable("ACTARM", "Description of Actual Arm", ColumnType.TEXT, Origin.DERIVED)
                .variable("ARMNRS", "Reason Arm and/or Actual Arm is Null", ColumnType.TEXT, Origin.DERIVED)
                .variable("COUNTRY", "Country", ColumnType.TEXT, Origin.COLLECTED);
        for (SubjectRecords r : dataset.bySubject()) {
            Subject s = r.subject();
            List<Cell> row = start("DM", s.subjectId());
            List<LocalDate> exposure = r.doses().stream()
                    .filter(x -> isStudyTreatment(x.drug()))
                    .map(Dose::date)
                    .sorted()
                    .toList();
            Optional<LocalDate> first = exposure.isEmpty() ? Optional.empty() : Optional.of(exposure.get(0));
            Optional<LocalDate> last =
                    exposure.isEmpty() ? Optional.empty() : Optional.of(exposure.get(exposure.size() - 1));
            Optional<LocalDate> death = deaths.getOrDefault(s.subjectId(), Optional.empty());
            Optional<LocalDate> ageOn = s.firstDoseOn().or(s::enrolledOn).or(s::screenedOn);
            Optional<String[]> arm = s.arm().map(a -> arm(s));
            row.add(Cell.text(s.subjectId()));
            row.add(Cell.date(s.firstDoseOn()));
            row.add(Cell.date(last));
            row.add(Cell.date(first));
            row.add(Cell.date(last));
            row.add(Cell.date(death));
            row.add(death.isPresent() ? Cell.text("Y") : Cell.MISSING);
            row.add(Cell.text(s.site()));
            row.add(ageOn.<Cell>map(date -> Cell.whole(s.ageOn(date))).orElse(Cell.MISSING));
            row.add(ageOn.isPresent() ? Cell.text("YEARS") : Cell.MISSING);
            row.add(Cell.text(s.sex() == Sex.MALE ? "M" : "F"));
            row.add(Cell.text(arm.map(a -> a[0])));
            row.add(Cell.text(arm.map(a -> a[1])));
            row.add(s.firstDoseOn().isPresent() ? Cell.text(arm.map(a -> a[0])) : Cell.MISSING);
            row.add(s.firstDoseOn().isPresent() ? Cell.text(arm.map(a -> a[1])) : Cell.MISSING);
            row.add(Cell.text(
                    arm.isEmpty() ? "NOT ASSIGNED" : s.firstDoseOn().isEmpty() ? "ASSIGNED, NOT TREATED" : ""));
            row.add(Cell.MISSING);
            d.row(row);
        }
        return d.build();
    }

    /** The code and description of a subject's arm: the protocol's arm it follows, else its own label. */
    private String[] arm(Subject s) {
        try {
            Arm a = protocol.treatmentArm(s);
            return new String[] {a.id(), a.name()};
        } catch (IllegalArgumentException e) {
            return new String[] {s.arm().orElseThrow(), s.arm().orElseThrow()};
        }
    }

    private boolean isStudyTreatment(Drug drug) {
        return protocol.regimens().stream().anyMatch(r -> r.drug() == drug);
    }

    Domain ae() {
        Domain.Builder d = common("AE", "Adverse Events", "EVENTS", "One record per adverse event per subject")
                .key("AESEQ", "Sequence Number", ColumnType.INTEGER, Origin.DERIVED)
                .required("AETERM", "Reported Term for the Adverse Event", ColumnType.TEXT, Origin.COLLECTED)
                .variable("AELLT", "Lowest Level Term", ColumnType.TEXT, Origin.ASSIGNED)
                .variable("AELLTCD", "Lowest Level Term Code", ColumnType.INTEGER, Origin.ASSIGNED)
                .required("AEDECOD", "Dictionary-Derived Term", ColumnType.TEXT, Origin.ASSIGNED)
                .variable("AEPTCD", "Preferred Term Code", ColumnType.INTEGER, Origin.ASSIGNED)
                .variable("AEBODSYS", "Body System or Organ Class", ColumnType.TEXT, Origin.ASSIGNED)
                .variable("AESOC", "Primary System Organ Class", ColumnType.TEXT, Origin.ASSIGNED)
                .coded("AESER", "Serious Event", NY, Origin.COLLECTED, false)
                .variable("AEREL", "Causality", ColumnType.TEXT, Origin.COLLECTED)
                .coded("AETOXGR", "Standard Toxicity Grade", TOXGR, Origin.COLLECTED, false)
                .variable("AESTDTC", "Start Date/Time of Adverse Event", ColumnType.DATE, Origin.COLLECTED)
                .variable("AEENDTC", "End Date/Time of Adverse Event", ColumnType.DATE, Origin.COLLECTED)
                .derived("AESTDY", "Study Day of Start of Adverse Event", ColumnType.INTEGER, Methods.STUDY_DAY)
                .derived("AEENDY", "Study Day of End of Adverse Event", ColumnType.INTEGER, Methods.STUDY_DAY)
                .variable("AEENRTPT", "End Relative to Reference Time Point", ColumnType.TEXT, Origin.DERIVED)
                .variable("AEENTPT", "End Reference Time Point", ColumnType.TEXT, Origin.ASSIGNED);
        Map<String, Integer> seq = new HashMap<>();
        for (AdverseEvent a : dataset.adverseEvents()) {
            List<Cell> row = start("AE", a.subjectId());
            Optional<AdverseEventTerm> term = a.ctcaeTerm();
            row.add(Cell.whole(seq.merge(a.subjectId(), 1, Integer::sum)));
            row.add(Cell.text(a.term()));
            row.add(Cell.text(term.map(AdverseEventTerm::term)));
            row.add(term.<Cell>map(t -> Cell.whole(Long.parseLong(t.meddraCode())))
                    .orElse(Cell.MISSING));
            row.add(Cell.text(term.map(AdverseEventTerm::term).orElse(a.term())));
            // CTCAE v5.0 gives each term's MedDRA code; whether it is also a preferred term needs MedDRA itself.
            row.add(Cell.MISSING);
            row.add(Cell.text(term.map(AdverseEventTerm::systemOrganClass)));
            row.add(Cell.text(term.map(AdverseEventTerm::systemOrganClass)));
            row.add(Cell.text(a.serious() ? "Y" : "N"));
            row.add(Cell.text(a.relatedTo().isEmpty() ? "NOT RELATED" : "RELATED"));
            row.add(Cell.text(Integer.toString(a.grade())));
            row.add(dtc(a.startDate()));
            row.add(Cell.date(a.endDate()));
            row.add(day(a.subjectId(), a.startDate()));
            row.add(a.endDate().map(e -> day(a.subjectId(), e)).orElse(Cell.MISSING));
            row.add(a.endDate().isEmpty() ? Cell.text("ONGOING") : Cell.MISSING);
            row.add(
                    a.endDate().isEmpty()
                            ? Cell.text(export.createdAt().toString().substring(0, 10))
                            : Cell.MISSING);
            d.row(row);
        }
        return d.build();
    }

    Domain lb() {
        List<CodeList.Item> tests = new ArrayList<>();
        for (org.marrow.clinical.quantity.LabTest t : org.marrow.clinical.quantity.LabTest.values()) {
            tests.add(new CodeList.Item(t.code(), t.label()));
        }
        Domain.Builder d = common(
                        "LB",
                        "Laboratory Test Results",
                        "FINDINGS",
                        "One record per lab test per time point" + " per visit per subject")
                .key("LBSEQ", "Sequence Number", ColumnType.INTEGER, Origin.DERIVED)
                .coded(
                        "LBTESTCD",
                        "Lab Test or Examination Short Name",
                        new CodeList("LBTESTCD", tests),
                        Origin.COLLECTED,
                        true)
                .required("LBTEST", "Lab Test or Examination Name", ColumnType.TEXT, Origin.ASSIGNED)
                .variable("LBLOINC", "LOINC Code", ColumnType.TEXT, Origin.ASSIGNED)
                .variable("LBORRES", "Result or Finding in Original Units", ColumnType.TEXT, Origin.COLLECTED)
                .variable("LBORRESU", "Original Units", ColumnType.TEXT, Origin.COLLECTED)
                .variable("LBORNRLO", "Reference Range Lower Limit in Orig Unit", ColumnType.TEXT, Origin.COLLECTED)
                .variable("LBORNRHI", "Reference Range Upper Limit in Orig Unit", ColumnType.TEXT, Origin.COLLECTED)
                .derived("LBSTRESC", "Character Result/Finding in Std Format", ColumnType.TEXT, Methods.STANDARD_UNIT)
                .derived(
                        "LBSTRESN",
                        "Numeric Result/Finding in Standard Units",
                        ColumnType.DECIMAL,
                        Methods.STANDARD_UNIT)
                .derived("LBSTRESU", "Standard Units", ColumnType.TEXT, Methods.STANDARD_UNIT)
                .derived("LBSTNRLO", "Reference Range Lower Limit-Std Units", ColumnType.DECIMAL, Methods.STANDARD_UNIT)
                .derived("LBSTNRHI", "Reference Range Upper Limit-Std Units", ColumnType.DECIMAL, Methods.STANDARD_UNIT)
                .variable("VISITNUM", "Visit Number", ColumnType.INTEGER, Origin.DERIVED)
                .variable("VISIT", "Visit Name", ColumnType.TEXT, Origin.DERIVED)
                .variable("LBDTC", "Date/Time of Specimen Collection", ColumnType.DATE, Origin.COLLECTED)
                .derived("LBDY", "Study Day of Specimen Collection", ColumnType.INTEGER, Methods.STUDY_DAY);
        Map<String, Integer> seq = new HashMap<>();
        Map<String, LabHistory> histories = new HashMap<>();
        for (LabRecord l : dataset.labs()) {
            Subject s = dataset.subject(l.subjectId()).orElseThrow();
            LabHistory history = histories.computeIfAbsent(
                    l.subjectId(), id -> dataset.recordsOf(id).labHistory());
            Optional<LabValue> standard = history.canonical(l.result());
            Optional<Visit> visit = VisitWindows.labVisit(protocol, s, l.date());
            ReferenceRange range = referenceRange(l);
            List<Cell> row = start("LB", l.subjectId());
            row.add(Cell.whole(seq.merge(l.subjectId(), 1, Integer::sum)));
            row.add(Cell.text(l.test().code()));
            row.add(Cell.text(l.test().label()));
            row.add(Cell.text(l.test().loinc()));
            row.add(Cell.text(l.value().amount().toPlainString()));
            row.add(Cell.text(l.unitText()));
            row.add(Cell.text(l.lowerLimitOfNormal().map(java.math.BigDecimal::toPlainString)));
            row.add(Cell.text(l.upperLimitOfNormal().map(java.math.BigDecimal::toPlainString)));
            row.add(Cell.text(standard.map(v -> v.amount().toPlainString())));
            row.add(Cell.decimal(standard.map(LabValue::amount)));
            row.add(Cell.text(standard.map(v -> v.unit().symbol())));
            row.add(Cell.decimal(range.lower().map(LabValue::amount)));
            row.add(Cell.decimal(range.upper().map(LabValue::amount)));
            row.add(visit.<Cell>map(v -> Cell.whole(VisitWindows.number(protocol, v)))
                    .orElse(Cell.MISSING));
            row.add(Cell.text(visit.map(Visit::name)));
            row.add(dtc(l.date()));
            row.add(day(l.subjectId(), l.date()));
            d.row(row);
        }
        return d.build();
    }

    /** The record's range in the canonical unit; no limits where they cannot be brought to it (reticulocytes in %). */
    private static ReferenceRange referenceRange(LabRecord l) {
        try {
            return l.referenceRange();
        } catch (UnitMismatchException e) {
            return new ReferenceRange(l.test(), Optional.empty(), Optional.empty());
        }
    }

    /** EX (the protocol's study treatments) or CM (supportive care the protocol's dose rules give). */
    Domain ex(boolean studyTreatment) {
        String name = studyTreatment ? "EX" : "CM";
        Domain.Builder d = common(
                        name,
                        studyTreatment ? "Exposure" : "Concomitant/Prior Medications",
                        "INTERVENTIONS",
                        studyTreatment
                                ? "One record per constant dosing interval per subject"
                                : "One record per recorded intervention occurrence per subject")
                .key(name + "SEQ", "Sequence Number", ColumnType.INTEGER, Origin.DERIVED)
                .required(
                        name + "TRT",
                        studyTreatment ? "Name of Treatment" : "Reported Name of Drug, Med, or Therapy",
                        ColumnType.TEXT,
                        Origin.COLLECTED)
                .variable(name + "DOSE", "Dose", ColumnType.DECIMAL, Origin.COLLECTED)
                .variable(name + "DOSU", "Dose Units", ColumnType.TEXT, Origin.COLLECTED)
                .variable(name + "ROUTE", "Route of Administration", ColumnType.TEXT, Origin.PROTOCOL)
                .variable(
                        name + "STDTC",
                        "Start Date/Time of " + (studyTreatment ? "Treatment" : "Medication"),
                        ColumnType.DATE,
                        Origin.COLLECTED)
                .variable(
                        name + "ENDTC",
                        "End Date/Time of " + (studyTreatment ? "Treatment" : "Medication"),
                        ColumnType.DATE,
                        Origin.COLLECTED)
                .derived(
                        name + "STDY",
                        "Study Day of Start of " + (studyTreatment ? "Treatment" : "Medication"),
                        ColumnType.INTEGER,
                        Methods.STUDY_DAY)
                .derived(
                        name + "ENDY",
                        "Study Day of End of " + (studyTreatment ? "Treatment" : "Medication"),
                        ColumnType.INTEGER,
                        Methods.STUDY_DAY);
        Map<String, Integer> seq = new HashMap<>();
        for (Dose x : dataset.doses()) {
            if (isStudyTreatment(x.drug()) != studyTreatment) {
                continue;
            }
            List<Cell> row = start(name, x.subjectId());
            row.add(Cell.whole(seq.merge(x.subjectId(), 1, Integer::sum)));
            row.add(Cell.text(x.drug().label().toUpperCase(java.util.Locale.ROOT)));
            row.add(Cell.decimal(x.amount()));
            row.add(Cell.text(x.unit().symbol()));
            row.add(Cell.text(route(x.drug())));
            row.add(dtc(x.date()));
            row.add(dtc(x.date()));
            row.add(day(x.subjectId(), x.date()));
            row.add(day(x.subjectId(), x.date()));
            d.row(row);
        }
        return d.build();
    }

    /** The CDISC route (NCI C66729) of the protocol's regimen of a drug, if one gives it. */
    private Optional<String> route(Drug drug) {
        return protocol.regimens().stream()
                .filter(r -> r.drug() == drug)
                .map(Regimen::route)
                .findFirst()
                .map(r -> switch (r) {
                    case ORAL -> "ORAL";
                    case IV -> "INTRAVENOUS";
                    case SC -> "SUBCUTANEOUS";
                });
    }

    Domain ds() {
        Domain.Builder d = common(
                        "DS",
                        "Disposition",
                        "EVENTS",
                        "One record per disposition status or protocol" + " milestone per subject")
                .key("DSSEQ", "Sequence Number", ColumnType.INTEGER, Origin.DERIVED)
                .required("DSTERM", "Reported Term for the Disposition Event", ColumnType.TEXT, Origin.COLLECTED)
                .required("DSDECOD", "Standardized Disposition Term", ColumnType.TEXT, Origin.ASSIGNED)
                .variable("DSCAT", "Category for Disposition Event", ColumnType.TEXT, Origin.ASSIGNED)
                .variable("DSSTDTC", "Start Date/Time of Disposition Event", ColumnType.DATE, Origin.COLLECTED)
                .derived("DSSTDY", "Study Day of Start of Disposition Event", ColumnType.INTEGER, Methods.STUDY_DAY);
        Map<String, Integer> seq = new HashMap<>();
        for (StudyEvent e : dataset.events()) {
            Optional<String> decod =
                    switch (e.type()) {
                        case DEATH -> Optional.of("DEATH");
                        case WITHDRAWN -> Optional.of("WITHDRAWAL BY SUBJECT");
                        case LOST_TO_FOLLOW_UP -> Optional.of("LOST TO FOLLOW-UP");
                        case HSCT, RELAPSE, CLONAL_EVOLUTION -> Optional.empty();
                    };
            if (decod.isEmpty()) {
                continue;
            }
            List<Cell> row = start("DS", e.subjectId());
            row.add(Cell.whole(seq.merge(e.subjectId(), 1, Integer::sum)));
            row.add(Cell.text(e.note().isBlank() ? decod.get() : e.note()));
            row.add(Cell.text(decod.get()));
            row.add(Cell.text("DISPOSITION EVENT"));
            row.add(dtc(e.date()));
            row.add(day(e.subjectId(), e.date()));
            d.row(row);
        }
        return d.build();
    }

    Domain sv() {
        Domain.Builder d = common("SV", "Subject Visits", "SPECIAL PURPOSE", "One record per actual visit per subject")
                .key("VISITNUM", "Visit Number", ColumnType.INTEGER, Origin.ASSIGNED)
                .required("VISIT", "Visit Name", ColumnType.TEXT, Origin.ASSIGNED)
                .variable("SVSTDTC", "Start Date/Time of Visit", ColumnType.DATE, Origin.DERIVED)
                .variable("SVENDTC", "End Date/Time of Visit", ColumnType.DATE, Origin.DERIVED)
                .derived("SVSTDY", "Study Day of Start of Visit", ColumnType.INTEGER, Methods.STUDY_DAY)
                .derived("SVENDY", "Study Day of End of Visit", ColumnType.INTEGER, Methods.STUDY_DAY);
        for (SubjectRecords r : dataset.bySubject()) {
            Map<Integer, LocalDate[]> visits = new TreeMap<>();
            for (LabRecord l : r.labs()) {
                VisitWindows.labVisit(protocol, r.subject(), l.date()).ifPresent(v -> {
                    LocalDate[] span = visits.computeIfAbsent(
                            VisitWindows.number(protocol, v), k -> new LocalDate[] {l.date(), l.date()});
                    span[0] = l.date().isBefore(span[0]) ? l.date() : span[0];
                    span[1] = l.date().isAfter(span[1]) ? l.date() : span[1];
                });
            }
            String id = r.subject().subjectId();
            for (Map.Entry<Integer, LocalDate[]> v : visits.entrySet()) {
                List<Cell> row = start("SV", id);
                row.add(Cell.whole(v.getKey()));
                row.add(Cell.text(protocol.visits().get(v.getKey() - 1).name()));
                row.add(dtc(v.getValue()[0]));
                row.add(dtc(v.getValue()[1]));
                row.add(day(id, v.getValue()[0]));
                row.add(day(id, v.getValue()[1]));
                d.row(row);
            }
        }
        return d.build();
    }

    Domain rs() {
        Set<String> categories = new LinkedHashSet<>();
        for (var c : org.marrow.clinical.response.ResponseCategory.values()) {
            categories.add(c.name());
        }
        List<CodeList.Item> responses =
                categories.stream().map(c -> new CodeList.Item(c, c)).toList();
        Domain.Builder d = common(
                        "RS",
                        "Disease Response and Clin Classification",
                        "FINDINGS",
                        "One record per response assessment per time point per visit per subject")
                .key("RSSEQ", "Sequence Number", ColumnType.INTEGER, Origin.DERIVED)
                .required("RSTESTCD", "Assessment Short Name", ColumnType.TEXT, Origin.ASSIGNED)
                .required("RSTEST", "Assessment Name", ColumnType.TEXT, Origin.ASSIGNED)
                .variable("RSCAT", "Category for Assessment", ColumnType.TEXT, Origin.PROTOCOL)
                .derived("RSORRES", "Result or Finding in Original Units", ColumnType.TEXT, Methods.RESPONSE)
                .coded(
                        "RSSTRESC",
                        "Character Result/Finding in Std Format",
                        new CodeList("RSRESP", responses),
                        Origin.DERIVED,
                        false)
                .variable("RSSTAT", "Completion Status", ColumnType.TEXT, Origin.DERIVED)
                .variable("RSREASND", "Reason Not Done", ColumnType.TEXT, Origin.DERIVED)
                .coded("RSDRVFL", "Derived Flag", NY, Origin.ASSIGNED, false)
                .variable("VISITNUM", "Visit Number", ColumnType.INTEGER, Origin.PROTOCOL)
                .variable("VISIT", "Visit Name", ColumnType.TEXT, Origin.PROTOCOL)
                .variable("RSDTC", "Date/Time of Assessment", ColumnType.DATE, Origin.DERIVED)
                .derived("RSDY", "Study Day of Assessment", ColumnType.INTEGER, Methods.STUDY_DAY);
        String criteria = protocol.response().criteria().code().toUpperCase(java.util.Locale.ROOT);
        MessageRenderer english = MessageRenderer.english();
        for (SubjectEndpoints s : export.analysis().endpoints().subjects()) {
            int seq = 0;
            for (TimepointResponse r : s.timepoints()) {
                if (r.status() == TimepointStatus.NOT_YET_DUE) {
                    continue;
                }
                Visit v = protocol.visit(r.timepoint()).orElseThrow();
                boolean assessed = r.status() == TimepointStatus.ASSESSED;
                List<Cell> row = start("RS", s.subjectId());
                row.add(Cell.whole(++seq));
                row.add(Cell.text("OVRLRESP"));
                row.add(Cell.text("Overall Response"));
                row.add(Cell.text(criteria));
                row.add(Cell.text(r.category().map(Enum::name)));
                row.add(Cell.text(r.category().map(Enum::name)));
                row.add(assessed ? Cell.MISSING : Cell.text("NOT DONE"));
                row.add(assessed ? Cell.MISSING : Cell.text(english.render(r.reason())));
                row.add(Cell.text("Y"));
                row.add(Cell.whole(VisitWindows.number(protocol, v)));
                row.add(Cell.text(v.name()));
                row.add(Cell.date(r.date()));
                row.add(r.date().map(date -> day(s.subjectId(), date)).orElse(Cell.MISSING));
                d.row(row);
            }
        }
        return d.build();
    }
}
