package org.marrow.app.audit;

import org.marrow.app.record.RecordKind;
import org.marrow.app.security.Caller;
import org.marrow.app.study.Studies;
import org.marrow.app.subject.SubjectView;
import org.marrow.app.subject.Subjects;
import org.marrow.app.web.page.PageAccess;
import org.marrow.app.web.page.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The audit history of a subject and of each of its records, the page twins of the API's audit history. */
@PageController
class AuditPages {
    private final Subjects subjects;
    private final Studies studies;
    private final AuditTrail audit;

    AuditPages(Subjects subjects, Studies studies, AuditTrail audit) {
        this.subjects = subjects;
        this.studies = studies;
        this.audit = audit;
    }

    @GetMapping("/subjects/{id}/audit")
    @PreAuthorize(PageAccess.READERS)
    String subjectAudit(@PathVariable long id, Model model) {
        SubjectView s = subjects.get(id, Caller.current());
        model.addAttribute("s", s);
        model.addAttribute("study", studies.study(s.studyId()));
        model.addAttribute("record", "subject " + s.subjectCode());
        model.addAttribute("entries", audit.history("subject", id));
        return "audit";
    }

    @GetMapping("/subjects/{id}/records/{kind}/{recordId}/audit")
    @PreAuthorize(PageAccess.READERS)
    String recordAudit(@PathVariable long id, @PathVariable String kind, @PathVariable long recordId, Model model) {
        RecordKind k = RecordKind.byPath(kind);
        SubjectView s = subjects.get(id, Caller.current());
        model.addAttribute("s", s);
        model.addAttribute("study", studies.study(s.studyId()));
        model.addAttribute("record", k.table() + " " + recordId);
        model.addAttribute("entries", audit.historyOfSubjectRecord(k.table(), recordId, id));
        return "audit";
    }
}
