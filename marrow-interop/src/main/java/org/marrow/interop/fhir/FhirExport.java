package org.marrow.interop.fhir;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ResearchStudy;
import org.hl7.fhir.r4.model.ResearchSubject;
import org.hl7.fhir.r4.model.Resource;
import org.marrow.clinical.ctcae.AdverseEventTerm;
import org.marrow.clinical.quantity.Unit;
import org.marrow.clinical.renal.Sex;
import org.marrow.interop.ExportFiles;
import org.marrow.interop.StudyExport;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.model.Arm;
import org.marrow.study.Dose;
import org.marrow.study.EventType;
import org.marrow.study.LabRecord;
import org.marrow.study.StudyDataset;
import org.marrow.study.Subject;

/**
 * A study as one HL7 FHIR R4 Bundle of type {@code collection} ({@value #FILE}), built with HAPI FHIR's R4
 * structures and written by its JSON parser: the {@code ResearchStudy} (the protocol), a pseudonymised {@code
 * Patient} per subject (the study's subject code as identifier, sex, year of birth only, no name, address or
 * contact), its {@code ResearchSubject}, an {@code Observation} per lab value (category laboratory, LOINC where
 * the test has a code, Marrow's test code always; the value and reference range as entered, with UCUM units), a
 * {@code MedicationAdministration} per dose and an {@code AdverseEvent} per adverse event (the CTCAE v5.0 term with
 * its MedDRA code, seriousness, the grade as an extension). Every {@code fullUrl} is a name-based UUID, so the same
 * export gives the same Bundle.
 */
public final class FhirExport {
    /** The file written. */
    public static final String FILE = "fhir-bundle.json";

    private FhirExport() {}

    /**
     * The FHIR export of a study.
     *
     * @param export what to export
     * @return the file {@value #FILE}
     */
    public static ExportFiles export(StudyExport export) {
        return ExportFiles.builder().text(FILE, json(bundle(export))).build();
    }

    /**
     * A Bundle as pretty-printed JSON.
     *
     * @param bundle the bundle
     * @return the JSON
     */
    static String json(Bundle bundle) {
        return Fhir.context().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
    }

    /**
     * The Bundle of a study.
     *
     * @param export what to export
     * @return the Bundle
     */
    public static Bundle bundle(StudyExport export) {
        Protocol p = export.protocol();
        StudyDataset data = export.dataset();
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setId(p.id() + "-" + export.createdAt().getEpochSecond());
        bundle.setTimestamp(Date.from(export.createdAt()));
        ResearchStudy study = new ResearchStudy();
        study.addIdentifier(new Identifier().setSystem(Fhir.STUDY).setValue(p.id() + "@" + p.version()));
        p.identity().registryIds().forEach(id -> study.addIdentifier(new Identifier().setValue(id)));
        study.setTitle(p.identity().title());
        study.setStatus(ResearchStudy.ResearchStudyStatus.ACTIVE);
        for (Arm a : p.arms()) {
            study.addArm().setName(a.id()).setDescription(a.name());
        }
        String studyUrl = add(bundle, study, "ResearchStudy/" + p.id());
        for (Subject s : data.subjects()) {
            String patientUrl = add(bundle, patient(s), "Patient/" + p.id() + "/" + s.subjectId());
            ResearchSubject rs = new ResearchSubject();
            rs.addIdentifier(new Identifier().setSystem(Fhir.SUBJECT_ID).setValue(s.subjectId()));
            rs.setStudy(new Reference(studyUrl));
            rs.setIndividual(new Reference(patientUrl));
            rs.setStatus(status(s, data));
            s.enrolledOn().ifPresent(d -> rs.setPeriod(new Period().setStartElement(date(d))));
            s.arm().ifPresent(rs::setAssignedArm);
            if (s.firstDoseOn().isPresent()) {
                s.arm().ifPresent(rs::setActualArm);
            }
            add(bundle, rs, "ResearchSubject/" + p.id() + "/" + s.subjectId());
        }
        int n = 0;
        for (LabRecord l : data.labs()) {
            add(bundle, observation(l, patientRef(p, l.subjectId())), "Observation/" + p.id() + "/" + ++n);
        }
        n = 0;
        for (Dose d : data.doses()) {
            add(
                    bundle,
                    administration(d, patientRef(p, d.subjectId())),
                    "MedicationAdministration/" + p.id() + "/" + ++n);
        }
        n = 0;
        for (org.marrow.study.AdverseEvent a : data.adverseEvents()) {
            add(bundle, adverseEvent(a, patientRef(p, a.subjectId()), studyUrl), "AdverseEvent/" + p.id() + "/" + ++n);
        }
        return bundle;
    }

    private static Reference patientRef(Protocol p, String subjectId) {
        return new Reference(Fhir.uuid("Patient/" + p.id() + "/" + subjectId));
    }

    private static String add(Bundle bundle, Resource resource, String name) {
        String url = Fhir.uuid(name);
        bundle.addEntry().setFullUrl(url).setResource(resource);
        return url;
    }

    /** A pseudonymised patient: the study's code, sex and year of birth only. */
    static Patient patient(Subject s) {
        Patient patient = new Patient();
        patient.addIdentifier(new Identifier().setSystem(Fhir.SUBJECT_ID).setValue(s.subjectId()));
        patient.setGender(
                s.sex() == Sex.MALE
                        ? Enumerations.AdministrativeGender.MALE
                        : Enumerations.AdministrativeGender.FEMALE);
        patient.setBirthDateElement(new DateType(Integer.toString(s.birthDate().getYear())));
        return patient;
    }

    private static ResearchSubject.ResearchSubjectStatus status(Subject s, StudyDataset data) {
        boolean left = data.recordsOf(s.subjectId()).events().stream()
                .anyMatch(e -> e.type() == EventType.WITHDRAWN
                        || e.type() == EventType.LOST_TO_FOLLOW_UP
                        || e.type() == EventType.DEATH);
        if (left) {
            return ResearchSubject.ResearchSubjectStatus.OFFSTUDY;
        }
        if (s.firstDoseOn().isPresent()) {
            return ResearchSubject.ResearchSubjectStatus.ONSTUDY;
        }
        return s.enrolledOn().isPresent()
                ? ResearchSubject.ResearchSubjectStatus.ONSTUDY
                : ResearchSubject.ResearchSubjectStatus.CANDIDATE;
    }

    private static DateTimeType date(LocalDate d) {
        return new DateTimeType(d.toString());
    }

    private static Quantity quantity(BigDecimal amount, Unit unit) {
        return new Quantity()
                .setValue(amount)
                .setUnit(unit.symbol())
                .setSystem(Fhir.UCUM)
                .setCode(unit.ucum());
    }

    /** A laboratory Observation: LOINC and Marrow's test code, the value and range as entered in UCUM units. */
    static Observation observation(LabRecord l, Reference patient) {
        Observation o = new Observation();
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept(new Coding(Fhir.OBSERVATION_CATEGORY, "laboratory", "Laboratory")));
        CodeableConcept code = new CodeableConcept().setText(l.test().label());
        l.test()
                .loinc()
                .ifPresent(loinc ->
                        code.addCoding(new Coding(Fhir.LOINC, loinc, l.test().label())));
        code.addCoding(new Coding(Fhir.LAB_TEST, l.test().code(), l.test().label()));
        o.setCode(code);
        o.setSubject(patient);
        o.setEffective(date(l.date()));
        Unit unit = l.value().unit();
        o.setValue(quantity(l.value().amount(), unit));
        if (l.lowerLimitOfNormal().isPresent() || l.upperLimitOfNormal().isPresent()) {
            Observation.ObservationReferenceRangeComponent range = o.addReferenceRange();
            l.lowerLimitOfNormal().ifPresent(v -> range.setLow(quantity(v, unit)));
            l.upperLimitOfNormal().ifPresent(v -> range.setHigh(quantity(v, unit)));
        }
        return o;
    }

    private static MedicationAdministration administration(Dose d, Reference patient) {
        MedicationAdministration m = new MedicationAdministration();
        m.setStatus(MedicationAdministration.MedicationAdministrationStatus.COMPLETED);
        m.setMedication(new CodeableConcept(
                        new Coding(Fhir.DRUG, d.drug().id(), d.drug().label()))
                .setText(d.drug().label()));
        m.setSubject(patient);
        m.setEffective(date(d.date()));
        m.getDosage()
                .setDose(new Quantity()
                        .setValue(d.amount())
                        .setUnit(d.unit().symbol())
                        .setSystem(Fhir.UCUM)
                        .setCode(d.unit().symbol()));
        return m;
    }

    private static AdverseEvent adverseEvent(org.marrow.study.AdverseEvent a, Reference patient, String studyUrl) {
        AdverseEvent ae = new AdverseEvent();
        ae.setActuality(AdverseEvent.AdverseEventActuality.ACTUAL);
        CodeableConcept event = new CodeableConcept().setText(a.term());
        a.ctcaeTerm().ifPresent((AdverseEventTerm t) -> {
            event.addCoding(new Coding(Fhir.MEDDRA, t.meddraCode(), t.term()));
            event.addCoding(new Coding(Fhir.CTCAE_TERM, t.term(), t.term()));
        });
        ae.setEvent(event);
        ae.setSubject(patient);
        ae.setDateElement(date(a.startDate()));
        a.endDate().ifPresent(end -> ae.addExtension("urn:marrow:fhir:resolved", new DateTimeType(end.toString())));
        ae.setSeriousness(new CodeableConcept(new Coding(
                Fhir.SERIOUSNESS, a.serious() ? "serious" : "non-serious", a.serious() ? "Serious" : "Non-serious")));
        ae.addExtension(Fhir.CTCAE_GRADE, new IntegerType(a.grade()));
        ae.addStudy(new Reference(studyUrl));
        return ae;
    }
}
