package org.marrow.app.record;

import org.marrow.app.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/subjects/{subjectId}/labs/fhir}: a hospital's HL7 FHIR R4 Bundle of laboratory Observations (JSON
 * or XML, {@code application/fhir+json} or {@code application/fhir+xml} as FHIR names them) into the subject's labs ({@link FhirLabImports}); {@code accept_implausible=true} confirms doubtful values,
 * {@code reason} is written in the audit trail of each value stored.
 */
@RestController
class FhirLabController {
    private final FhirLabImports imports;

    FhirLabController(FhirLabImports imports) {
        this.imports = imports;
    }

    @PostMapping(
            path = "/api/subjects/{subjectId}/labs/fhir",
            consumes = {
                "application/fhir+json",
                "application/fhir+xml",
                "application/xml",
                "text/xml",
                "application/octet-stream"
            })
    @PreAuthorize("hasAnyRole('INVESTIGATOR','COORDINATOR')")
    FhirLabImports.Result importBundle(
            @PathVariable long subjectId,
            @RequestBody byte[] bundle,
            @RequestParam(name = "accept_implausible", defaultValue = "false") boolean acceptImplausible,
            @RequestParam(required = false) String reason) {
        return imports.importBundle(subjectId, bundle, acceptImplausible, reason, Caller.current());
    }
}
