package org.marrow.app.audit;

import java.util.List;
import org.marrow.app.record.RecordKind;
import org.marrow.app.security.Caller;
import org.marrow.app.subject.Subjects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit history of a record, seen through the subject's site scope, and the chain check. The
 * history of a deleted record stays readable.
 */
@RestController
class AuditController {
    private static final String READERS = "hasAnyRole('ADMIN','INVESTIGATOR','COORDINATOR','MONITOR','STATISTICIAN')";

    private final AuditTrail audit;
    private final AuditVerifier verifier;
    private final Subjects subjects;

    AuditController(AuditTrail audit, AuditVerifier verifier, Subjects subjects) {
        this.audit = audit;
        this.verifier = verifier;
        this.subjects = subjects;
    }

    @GetMapping("/api/subjects/{id}/audit")
    @PreAuthorize(READERS)
    List<AuditEntry> subjectHistory(@PathVariable long id) {
        subjects.get(id, Caller.current());
        return audit.history("subject", id);
    }

    @GetMapping("/api/subjects/{subjectId}/{kind}/{id}/audit")
    @PreAuthorize(READERS)
    List<AuditEntry> recordHistory(@PathVariable long subjectId, @PathVariable String kind, @PathVariable long id) {
        subjects.get(subjectId, Caller.current());
        return audit.historyOfSubjectRecord(RecordKind.byPath(kind).table(), id, subjectId);
    }

    @GetMapping("/api/audit")
    @PreAuthorize("hasRole('ADMIN')")
    List<AuditEntry> history(@RequestParam String table, @RequestParam long id) {
        return audit.history(table, id);
    }

    @GetMapping("/api/audit/verify")
    @PreAuthorize("hasAnyRole('ADMIN','MONITOR')")
    AuditVerification verify() {
        return verifier.verify();
    }
}
