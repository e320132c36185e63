package org.marrow.app.audit;

import java.util.List;
import java.util.Map;
import org.marrow.app.record.RecordKind;
import org.marrow.app.record.SourceRecords;
import org.marrow.app.security.Caller;
import org.marrow.app.study.ListQuery;
import org.marrow.app.study.Studies;
import org.marrow.app.subject.SubjectView;
import org.marrow.app.subject.Subjects;
import org.marrow.app.web.page.PageAccess;
import org.marrow.app.web.page.PageController;
import org.marrow.app.web.page.Vocabulary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit history of a subject with every record of it (labs, transfusions, doses, adverse events,
 * events, history, queries), and of one record, as readable changes ({@link AuditView}): the page twins of
 * the API's audit history.
 */
@PageController
class AuditPages {
    /** Rows per page of a subject's history. */
    static final int PAGE_SIZE = 100;

    private final Subjects subjects;
    private final Studies studies;
    private final AuditTrail audit;
    private final AuditView view;
    private final SourceRecords records;
    private final Vocabulary vocab;
    private final MessageSource messages;

    AuditPages(
            Subjects subjects,
            Studies studies,
            AuditTrail audit,
            AuditView view,
            SourceRecords records,
            Vocabulary vocab,
            MessageSource messages) {
        this.subjects = subjects;
        this.studies = studies;
        this.audit = audit;
        this.view = view;
        this.records = records;
        this.vocab = vocab;
        this.messages = messages;
    }

    @GetMapping("/subjects/{id}/audit")
    @PreAuthorize(PageAccess.READERS)
    String subjectAudit(@PathVariable long id, @RequestParam(defaultValue = "1") String page, Model model) {
        SubjectView s = subjects.get(id, Caller.current());
        int total = audit.historyOfSubjectSize(id);
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int p;
        try {
            p = Math.min(pages, Math.max(1, Integer.parseInt(page.trim())));
        } catch (NumberFormatException e) {
            p = 1;
        }
        model.addAttribute("s", s);
        model.addAttribute("study", studies.study(s.studyId()));
        model.addAttribute(
                "record",
                messages.getMessage(
                        "audit.ofSubject", new Object[] {s.subjectCode()}, LocaleContextHolder.getLocale()));
        model.addAttribute("entries", view.of(audit.historyOfSubject(id, PAGE_SIZE, (p - 1) * PAGE_SIZE)));
        model.addAttribute("whole", true);
        model.addAttribute("page", p);
        model.addAttribute("pages", pages);
        model.addAttribute("total", total);
        model.addAttribute("query", new ListQuery("/subjects/" + id + "/audit", Map.of()));
        return "audit";
    }

    @GetMapping("/subjects/{id}/records/{kind}/{recordId}/audit")
    @PreAuthorize(PageAccess.READERS)
    String recordAudit(@PathVariable long id, @PathVariable String kind, @PathVariable long recordId, Model model) {
        RecordKind k = RecordKind.byPath(kind);
        SubjectView s = subjects.get(id, Caller.current());
        List<AuditEntry> rows = audit.historyOfSubjectRecord(k.table(), recordId, id);
        Map<Long, Map<String, Object>> current = records.rowsById(k, List.of(recordId));
        String named =
                current.containsKey(recordId) && ((Number) current.get(recordId).get("subject_id")).longValue() == id
                        ? vocab.describe(k, current.get(recordId))
                        : vocab.deletedRecord(k, recordId);
        model.addAttribute("s", s);
        model.addAttribute("study", studies.study(s.studyId()));
        model.addAttribute("record", named);
        model.addAttribute("entries", view.of(rows));
        model.addAttribute("whole", false);
        model.addAttribute("page", 1);
        model.addAttribute("pages", 1);
        model.addAttribute("total", rows.size());
        return "audit";
    }
}
