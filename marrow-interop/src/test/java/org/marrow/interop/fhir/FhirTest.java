package org.marrow.interop.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ResearchStudy;
import org.hl7.fhir.r4.model.ResearchSubject;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.Unit;
import org.marrow.interop.Examples;
import org.marrow.interop.ExportFormat;
import org.marrow.interop.ImportProblem;
import org.marrow.interop.StudyExport;
import org.marrow.study.LabRecord;
import org.marrow.study.Subject;
import org.marrow.study.validation.StudyValidation;
import org.marrow.study.validation.SubjectContext;

/**
 * FHIR R4: the export of examples/ctx-ist parses back strictly in HAPI FHIR with every resource kind, pseudonymised
 * patients and LOINC-coded labs with UCUM units; a hospital's Bundle of lab Observations is checked by the study
 * validation, stored in canonical units, duplicates left out; the export's labs read back to the same values.
 */
class FhirTest {
    private static final StudyValidation VALIDATION = StudyValidation.asOf(LocalDate.of(2026, 1, 15));

    /** One context for the class: creating one scans every R4 model class (seconds). */
    private static final FhirContext STRICT = strictContext();

    private static FhirContext strictContext() {
        FhirContext context = FhirContext.forR4();
        context.setParserErrorHandler(new StrictErrorHandler());
        return context;
    }

    private static IParser strict() {
        return STRICT.newJsonParser();
    }

    @Test
    void theExportParsesStrictlyInHapiWithEveryResourceKindAndNoIdentifyingData() {
        StudyExport export = Examples.ctxIst();
        String json = ExportFormat.FHIR.export(export).text(FhirExport.FILE);
        Bundle bundle = strict().parseResource(Bundle.class, json);
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        Set<String> kinds = new HashSet<>();
        Set<String> urls = new HashSet<>();
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            kinds.add(e.getResource().fhirType());
            assertThat(urls.add(e.getFullUrl()))
                    .as("unique fullUrl %s", e.getFullUrl())
                    .isTrue();
            assertThat(strict().parseResource(strict().encodeResourceToString(e.getResource())))
                    .isInstanceOf(e.getResource().getClass());
        }
        assertThat(kinds)
                .containsExactlyInAnyOrder(
                        "ResearchStudy",
                        "ResearchSubject",
                        "Patient",
                        "Observation",
                        "MedicationAdministration",
                        "AdverseEvent");
        List<Patient> patients = of(bundle, Patient.class);
        assertThat(patients).hasSize(export.dataset().subjects().size());
        for (Patient p : patients) {
            assertThat(p.hasName()).isFalse();
            assertThat(p.hasAddress()).isFalse();
            assertThat(p.hasTelecom()).isFalse();
            assertThat(p.getBirthDateElement().getValueAsString()).matches("\\d{4}");
        }
        assertThat(of(bundle, Observation.class))
                .hasSize(export.dataset().labs().size());
        assertThat(of(bundle, MedicationAdministration.class))
                .hasSize(export.dataset().doses().size());
        assertThat(of(bundle, AdverseEvent.class))
                .hasSize(export.dataset().adverseEvents().size());
        assertThat(of(bundle, ResearchSubject.class))
                .hasSize(export.dataset().subjects().size());
        assertThat(of(bundle, ResearchStudy.class).get(0).getTitle())
                .isEqualTo(export.protocol().identity().title());
        Observation hgb = of(bundle, Observation.class).stream()
                .filter(o -> o.getCode().getCodingFirstRep().getCode().equals("718-7"))
                .findFirst()
                .orElseThrow();
        assertThat(hgb.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
        assertThat(hgb.getValueQuantity().getSystem()).isEqualTo("http://unitsofmeasure.org");
        assertThat(hgb.getValueQuantity().getCode()).isEqualTo("g/dL");
        AdverseEvent ae = of(bundle, AdverseEvent.class).get(0);
        assertThat(ae.getEvent().getCodingFirstRep().getSystem())
                .isEqualTo("http://terminology.hl7.org/CodeSystem/mdr");
    }

    private static <T extends Resource> List<T> of(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    @Test
    void theLabsOfAnExportReadBackToTheSameValuesInCanonicalUnitsAndASecondImportAddsNothing() {
        StudyExport export = Examples.ctxIst();
        Subject s = export.dataset().subjects().get(0);
        List<LabRecord> labs = export.dataset().recordsOf(s.subjectId()).labs();
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        for (LabRecord l : labs) {
            bundle.addEntry().setResource(FhirExport.observation(l, new Reference("Patient/1")));
        }
        byte[] json = FhirExport.json(bundle).getBytes(StandardCharsets.UTF_8);
        SubjectContext context = SubjectContext.of(s);
        FhirLabImport.Result first = FhirLabImport.read(json, "labs.json", context, List.of(), VALIDATION);
        assertThat(first.hasErrors()).as("%s", first.problems()).isFalse();
        assertThat(first.added()).hasSize(labs.size());
        var history = export.dataset().recordsOf(s.subjectId()).labHistory();
        for (int i = 0; i < labs.size(); i++) {
            LabValue expected =
                    history.canonical(labs.get(i).result()).orElse(labs.get(i).value());
            LabRecord got = first.added().get(i);
            assertThat(got.test()).isEqualTo(labs.get(i).test());
            assertThat(got.date()).isEqualTo(labs.get(i).date());
            assertThat(got.value().unit()).isEqualTo(expected.unit());
            assertThat(got.value().amount()).isEqualByComparingTo(expected.amount());
        }
        FhirLabImport.Result again = FhirLabImport.read(json, "labs.json", context, first.added(), VALIDATION);
        assertThat(again.added()).isEmpty();
        assertThat(again.duplicates()).isEqualTo(labs.size());
        assertThat(again.hasErrors()).isFalse();
    }

    private static final String HOSPITAL =
            """
            {"resourceType": "Bundle", "type": "collection", "entry": [
              {"resource": {"resourceType": "Observation", "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": "718-7"}]},
                "effectiveDateTime": "2024-02-01T07:30:00+08:00",
                "valueQuantity": {"value": 8.2, "unit": "g/dL", "system": "http://unitsofmeasure.org", "code": "g/dL"},
                "referenceRange": [{"low": {"value": 11.5, "code": "g/dL"}, "high": {"value": 15, "code": "g/dL"}}]}},
              {"resource": {"resourceType": "Observation", "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": "777-3"}]},
                "effectiveDateTime": "2024-02-01",
                "valueQuantity": {"value": 15, "system": "http://unitsofmeasure.org", "code": "10*9/L"}}},
              {"resource": {"resourceType": "Observation", "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": "777-3"}]},
                "effectiveDateTime": "2024-02-01",
                "valueQuantity": {"value": 15000, "code": "/uL"}}},
              {"resource": {"resourceType": "Patient"}}
            ]}
            """;

    private static final Subject SUBJECT = new Subject(
            "S-1",
            "SITE",
            Optional.of("arm"),
            org.marrow.clinical.renal.Sex.FEMALE,
            LocalDate.of(1985, 1, 1),
            new BigDecimal("55"),
            new BigDecimal("160"),
            Optional.of(LocalDate.of(2024, 1, 1)),
            Optional.of(LocalDate.of(2024, 1, 2)));

    @Test
    void aHospitalBundleIsStoredInCanonicalUnitsWithTheSameValueInAnotherUnitADuplicate() {
        FhirLabImport.Result r = FhirLabImport.read(
                HOSPITAL.getBytes(StandardCharsets.UTF_8),
                "lis.json",
                SubjectContext.of(SUBJECT),
                List.of(),
                VALIDATION);
        assertThat(r.hasErrors()).as("%s", r.problems()).isFalse();
        assertThat(r.added()).hasSize(2);
        LabRecord hgb = r.added().get(0);
        assertThat(hgb.date()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(hgb.value()).isEqualTo(LabValue.of(LabTest.HGB, new BigDecimal("82.0"), Unit.G_PER_L));
        assertThat(hgb.unitText()).isEqualTo("g/L");
        assertThat(hgb.lowerLimitOfNormal().orElseThrow()).isEqualByComparingTo("115");
        assertThat(hgb.upperLimitOfNormal().orElseThrow()).isEqualByComparingTo("150");
        assertThat(r.added().get(1).value().unit()).isEqualTo(Unit.E9_PER_L);
        // 15000 /uL is 15 x10^9/L: the same value, given twice.
        assertThat(r.duplicates()).isEqualTo(1);
        assertThat(r.problems())
                .extracting(p -> p.message().code())
                .containsExactly("interop.fhir.duplicate", "interop.fhir.notObservation");
        assertThat(r.problems()).noneMatch(ImportProblem::error);
    }

    @Test
    void aBundleWithErrorsIsRefusedWithEveryProblemAtItsEntry() {
        String bad =
                """
                {"resourceType": "Bundle", "type": "collection", "entry": [
                  {"resource": {"resourceType": "Observation", "status": "final",
                    "code": {"coding": [{"system": "http://loinc.org", "code": "718-7"}]},
                    "effectiveDateTime": "2024-02-01",
                    "valueQuantity": {"value": -8.2, "code": "g/dL"}}},
                  {"resource": {"resourceType": "Observation", "status": "final",
                    "code": {"coding": [{"system": "http://loinc.org", "code": "777-3"}]},
                    "effectiveDateTime": "2024-02-01",
                    "valueQuantity": {"value": 15, "code": "10*9/L"}}},
                  {"resource": {"resourceType": "Observation", "status": "preliminary",
                    "code": {"coding": [{"system": "http://loinc.org", "code": "2345-7"}]},
                    "effectiveDateTime": "2024-02"}}
                ]}
                """;
        FhirLabImport.Result r = FhirLabImport.read(
                bad.getBytes(StandardCharsets.UTF_8), "lis.json", SubjectContext.of(SUBJECT), List.of(), VALIDATION);
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.problems())
                .filteredOn(ImportProblem::error)
                .extracting(ImportProblem::location)
                .contains("lis.json entry[0]", "lis.json entry[2]");
        assertThat(r.problems())
                .extracting(p -> p.message().code())
                .contains("interop.fhir.status", "interop.fhir.code", "interop.fhir.effective", "interop.fhir.value");
        assertThat(r.problems())
                .filteredOn(p -> p.field().equals("value"))
                .singleElement()
                .extracting(ImportProblem::value)
                .isEqualTo("-8.2");

        FhirLabImport.Result notFhir = FhirLabImport.read(
                "{\"resourceType\": \"Nonsense\"}".getBytes(StandardCharsets.UTF_8),
                "x.json",
                SubjectContext.of(SUBJECT),
                List.of(),
                VALIDATION);
        assertThat(notFhir.problems())
                .singleElement()
                .extracting(p -> p.message().code())
                .isEqualTo("interop.fhir.notBundle");
    }

    @Test
    void anImplausibleValueIsADoubtNotAnError() {
        String implausible =
                HOSPITAL.replace("\"value\": 8.2, \"unit\": \"g/dL\"", "\"value\": 22, \"unit\": \"g/dL\"");
        FhirLabImport.Result r = FhirLabImport.read(
                implausible.getBytes(StandardCharsets.UTF_8),
                "lis.json",
                SubjectContext.of(SUBJECT),
                List.of(),
                VALIDATION);
        assertThat(r.hasErrors()).as("%s", r.problems()).isFalse();
        assertThat(r.hasDoubts()).isTrue();
    }
}
