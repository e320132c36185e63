package org.marrow.interop.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * HAPI FHIR's R4 context, created once (it is expensive and thread-safe), and the code systems Marrow writes.
 */
final class Fhir {
    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String MEDDRA = "http://terminology.hl7.org/CodeSystem/mdr";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String SERIOUSNESS = "http://terminology.hl7.org/CodeSystem/adverse-event-seriousness";
    /** Marrow's own identifiers and codes, as URNs (no server is implied). */
    static final String SUBJECT_ID = "urn:marrow:subject-id";

    static final String LAB_TEST = "urn:marrow:lab-test";
    static final String DRUG = "urn:marrow:drug";
    static final String STUDY = "urn:marrow:protocol";
    static final String CTCAE_GRADE = "urn:marrow:fhir:ctcae-grade";
    static final String CTCAE_TERM = "urn:marrow:ctcae-v5.0";

    private static volatile FhirContext context;

    private Fhir() {}

    static FhirContext context() {
        FhirContext c = context;
        if (c == null) {
            synchronized (Fhir.class) {
                c = context;
                if (c == null) {
                    c = FhirContext.forR4();
                    context = c;
                }
            }
        }
        return c;
    }

    /** A stable {@code urn:uuid:} for a resource, so that the same export gives the same Bundle. */
    static String uuid(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
