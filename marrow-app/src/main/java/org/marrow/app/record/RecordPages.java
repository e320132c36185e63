package org.marrow.app.record;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.marrow.app.security.Caller;
import org.marrow.app.study.Studies;
import org.marrow.app.subject.SubjectView;
import org.marrow.app.subject.Subjects;
import org.marrow.app.web.BadValueException;
import org.marrow.app.web.StaleEditException;
import org.marrow.app.web.page.PageAccess;
import org.marrow.app.web.page.PageController;
import org.marrow.app.web.page.RecordForm;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each kind of source record, new and edited with a reason for every change: the page twins of
 * {@code /api/subjects/{id}/{kind}}. A refused value shows the form again with the message on its
 * field; an edit over someone else's shows the record as it now is.
 */
@PageController
class RecordPages {
    private final Subjects subjects;
    private final Studies studies;
    private final SourceRecords records;
    private final JsonMapper json;
    private final Clock clock = Clock.systemDefaultZone();

    RecordPages(Subjects subjects, Studies studies, SourceRecords records, JsonMapper json) {
        this.subjects = subjects;
        this.studies = studies;
        this.records = records;
        this.json = json;
    }

    @GetMapping("/subjects/{id}/records/{kind}/new")
    @PreAuthorize(PageAccess.WRITERS)
    String newRecord(@PathVariable long id, @PathVariable String kind, Model model) {
        RecordKind k = RecordKind.byPath(kind);
        Map<String, String> values = new LinkedHashMap<>();
        for (RecordForm.Field f : RecordForm.fields(k)) {
            if (f.type() == RecordForm.Type.DATE && f.required()) {
                values.put(f.name(), LocalDate.now(clock).toString());
            }
        }
        return recordForm(model, subjects.get(id, Caller.current()), k, null, values, Map.of());
    }

    @PostMapping("/subjects/{id}/records/{kind}")
    @PreAuthorize(PageAccess.WRITERS)
    String createRecord(
            @PathVariable long id,
            @PathVariable String kind,
            @RequestParam Map<String, String> form,
            Model model,
            Locale locale) {
        RecordKind k = RecordKind.byPath(kind);
        SubjectView s = subjects.get(id, Caller.current());
        try {
            records.create(id, k, body(k, form, false), Caller.current());
            return "redirect:/subjects/" + id + "?saved#records-" + k.path();
        } catch (BadValueException e) {
            return recordForm(model, s, k, null, form, e.messagesByField(locale));
        }
    }

    @GetMapping("/subjects/{id}/records/{kind}/{recordId}/edit")
    @PreAuthorize(PageAccess.WRITERS)
    String editRecord(@PathVariable long id, @PathVariable String kind, @PathVariable long recordId, Model model) {
        RecordKind k = RecordKind.byPath(kind);
        Map<String, Object> row = records.get(id, k, recordId, Caller.current());
        return recordForm(model, subjects.get(id, Caller.current()), k, recordId, values(k, row), Map.of());
    }

    @PostMapping("/subjects/{id}/records/{kind}/{recordId}")
    @PreAuthorize(PageAccess.WRITERS)
    String updateRecord(
            @PathVariable long id,
            @PathVariable String kind,
            @PathVariable long recordId,
            @RequestParam Map<String, String> form,
            Model model,
            Locale locale) {
        RecordKind k = RecordKind.byPath(kind);
        SubjectView s = subjects.get(id, Caller.current());
        try {
            records.update(id, k, recordId, body(k, form, true), Caller.current());
            return "redirect:/subjects/" + id + "?saved#records-" + k.path();
        } catch (BadValueException e) {
            return recordForm(model, s, k, recordId, form, e.messagesByField(locale));
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            Map<String, Object> now = records.get(id, k, recordId, Caller.current());
            return recordForm(model, s, k, recordId, values(k, now), Map.of());
        }
    }

    private String recordForm(
            Model model,
            SubjectView s,
            RecordKind kind,
            Long recordId,
            Map<String, String> values,
            Map<String, String> errors) {
        model.addAttribute("s", s);
        model.addAttribute("study", studies.study(s.studyId()));
        model.addAttribute("kind", kind);
        model.addAttribute("recordId", recordId);
        model.addAttribute("fields", RecordForm.fields(kind));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "record-form";
    }

    private ObjectNode body(RecordKind kind, Map<String, String> form, boolean edit) {
        ObjectNode body = json.createObjectNode();
        for (RecordForm.Field f : RecordForm.fields(kind)) {
            String v = form.get(f.name());
            if (f.type() == RecordForm.Type.CHECKBOX) {
                body.put(f.name(), "true".equals(v));
            } else if (v != null && !v.isBlank()) {
                body.put(f.name(), v.trim());
            }
        }
        String reason = form.get("reason");
        if (reason != null && !reason.isBlank()) {
            body.put("reason", reason.trim());
        }
        if (edit) {
            body.put("version", form.getOrDefault("version", ""));
        }
        return body;
    }

    private static Map<String, String> values(RecordKind kind, Map<String, Object> row) {
        Map<String, String> v = new LinkedHashMap<>();
        for (RecordForm.Field f : RecordForm.fields(kind)) {
            Object o = row.get(f.name());
            v.put(f.name(), o instanceof BigDecimal d ? d.toPlainString() : str(o));
        }
        v.put("version", str(row.get("version")));
        return v;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
