package org.marrow.app.record;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marrow.app.security.Caller;
import org.marrow.app.study.Studies;
import org.marrow.app.study.Study;
import org.marrow.app.study.StudyProtocols;
import org.marrow.app.subject.SubjectView;
import org.marrow.app.subject.Subjects;
import org.marrow.app.web.BadValueException;
import org.marrow.app.web.ConflictException;
import org.marrow.app.web.StaleEditException;
import org.marrow.app.web.page.FormErrors;
import org.marrow.app.web.page.PageAccess;
import org.marrow.app.web.page.PageController;
import org.marrow.app.web.page.RecordForm;
import org.marrow.app.web.page.Vocabulary;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.Unit;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.dose.DoseRule;
import org.marrow.protocol.regimen.Regimen;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each kind of source record, new and edited with a reason for every change, voided with a reason and
 * restored by an administrator: the page twins of {@code /api/subjects/{id}/{kind}}. A refused form shows
 * every problem at once, each on its field in the user's words, the values kept and the first one focused;
 * an edit over someone else's shows the record as it now is. Coded values are picked from lists in the
 * user's language: lab tests with the units each accepts, the protocol's drugs (first) with the units each
 * is dosed in, CTCAE v5.0 terms with the grades each defines.
 */
@PageController
class RecordPages {
    private final Subjects subjects;
    private final Studies studies;
    private final StudyProtocols protocols;
    private final SourceRecords records;
    private final JsonMapper json;
    private final FormErrors formErrors;
    private final Vocabulary vocab;
    private final Clock clock = Clock.systemDefaultZone();

    RecordPages(
            Subjects subjects,
            Studies studies,
            StudyProtocols protocols,
            SourceRecords records,
            JsonMapper json,
            FormErrors formErrors,
            Vocabulary vocab) {
        this.subjects = subjects;
        this.studies = studies;
        this.protocols = protocols;
        this.records = records;
        this.json = json;
        this.formErrors = formErrors;
        this.vocab = vocab;
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
        return recordForm(model, subjects.get(id, Caller.current()), k, null, values, List.of());
    }

    @PostMapping("/subjects/{id}/records/{kind}")
    @PreAuthorize(PageAccess.WRITERS)
    String createRecord(
            @PathVariable long id,
            @PathVariable String kind,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        RecordKind k = RecordKind.byPath(kind);
        SubjectView s = subjects.get(id, Caller.current());
        Map<String, String> values = formValues(form, request);
        try {
            records.create(id, k, body(k, values, false), Caller.current());
            return "redirect:/subjects/" + id + "?saved#records-" + k.path();
        } catch (BadValueException e) {
            return recordForm(model, s, k, null, values, formErrors.of(e, locale));
        }
    }

    @GetMapping("/subjects/{id}/records/{kind}/{recordId}/edit")
    @PreAuthorize(PageAccess.WRITERS)
    String editRecord(@PathVariable long id, @PathVariable String kind, @PathVariable long recordId, Model model) {
        RecordKind k = RecordKind.byPath(kind);
        Map<String, Object> row = records.get(id, k, recordId, Caller.current());
        return recordForm(model, subjects.get(id, Caller.current()), k, recordId, values(k, row), List.of());
    }

    @PostMapping("/subjects/{id}/records/{kind}/{recordId}")
    @PreAuthorize(PageAccess.WRITERS)
    String updateRecord(
            @PathVariable long id,
            @PathVariable String kind,
            @PathVariable long recordId,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        RecordKind k = RecordKind.byPath(kind);
        SubjectView s = subjects.get(id, Caller.current());
        Map<String, String> values = formValues(form, request);
        try {
            records.update(id, k, recordId, body(k, values, true), Caller.current());
            return "redirect:/subjects/" + id + "?saved#records-" + k.path();
        } catch (BadValueException e) {
            return recordForm(model, s, k, recordId, values, formErrors.of(e, locale));
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            Map<String, Object> now = records.get(id, k, recordId, Caller.current());
            return recordForm(model, s, k, recordId, values(k, now), List.of());
        } catch (ConflictException e) {
            return "redirect:/subjects/" + id + "#record-" + k.path() + "-" + recordId;
        }
    }

    @GetMapping("/subjects/{id}/records/{kind}/{recordId}/void")
    @PreAuthorize(PageAccess.WRITERS)
    String voidForm(@PathVariable long id, @PathVariable String kind, @PathVariable long recordId, Model model) {
        return voidPage(model, id, RecordKind.byPath(kind), recordId, false, Map.of(), List.of());
    }

    @PostMapping("/subjects/{id}/records/{kind}/{recordId}/void")
    @PreAuthorize(PageAccess.WRITERS)
    String voidRecord(
            @PathVariable long id,
            @PathVariable String kind,
            @PathVariable long recordId,
            @RequestParam Map<String, String> form,
            Model model,
            Locale locale) {
        RecordKind k = RecordKind.byPath(kind);
        try {
            records.voidRecord(id, k, recordId, version(form), form.get("reason"), Caller.current());
            return "redirect:/subjects/" + id + "?voided#record-" + k.path() + "-" + recordId;
        } catch (BadValueException e) {
            return voidPage(model, id, k, recordId, false, form, formErrors.of(e, locale));
        } catch (StaleEditException | ConflictException e) {
            model.addAttribute("stale", true);
            return voidPage(model, id, k, recordId, false, Map.of(), List.of());
        }
    }

    @GetMapping("/subjects/{id}/records/{kind}/{recordId}/restore")
    @PreAuthorize("hasRole('ADMIN')")
    String restoreForm(@PathVariable long id, @PathVariable String kind, @PathVariable long recordId, Model model) {
        return voidPage(model, id, RecordKind.byPath(kind), recordId, true, Map.of(), List.of());
    }

    @PostMapping("/subjects/{id}/records/{kind}/{recordId}/restore")
    @PreAuthorize("hasRole('ADMIN')")
    String restore(
            @PathVariable long id,
            @PathVariable String kind,
            @PathVariable long recordId,
            @RequestParam Map<String, String> form,
            Model model,
            Locale locale) {
        RecordKind k = RecordKind.byPath(kind);
        try {
            records.restore(id, k, recordId, version(form), form.get("reason"), Caller.current());
            return "redirect:/subjects/" + id + "?restored#record-" + k.path() + "-" + recordId;
        } catch (BadValueException e) {
            return voidPage(model, id, k, recordId, true, form, formErrors.of(e, locale));
        } catch (StaleEditException | ConflictException e) {
            model.addAttribute("stale", true);
            return voidPage(model, id, k, recordId, true, Map.of(), List.of());
        }
    }

    private static int version(Map<String, String> form) {
        try {
            return Integer.parseInt(form.getOrDefault("version", "").trim());
        } catch (NumberFormatException e) {
            throw BadValueException.of("version", form.get("version"), "the version of the record");
        }
    }

    private String voidPage(
            Model model,
            long subjectId,
            RecordKind kind,
            long recordId,
            boolean restore,
            Map<String, String> values,
            List<FormErrors.Problem> problems) {
        SubjectView s = subjects.get(subjectId, Caller.current());
        Map<String, Object> row = records.get(subjectId, kind, recordId, Caller.current());
        model.addAttribute("s", s);
        model.addAttribute("study", studies.study(s.studyId()));
        model.addAttribute("kind", kind);
        model.addAttribute("recordId", recordId);
        model.addAttribute("restore", restore);
        model.addAttribute("description", vocab.describe(kind, row));
        model.addAttribute("version", row.get("version"));
        model.addAttribute("voidReason", row.get("void_reason"));
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("errors", FormErrors.byField(problems));
        return "void-form";
    }

    /**
     * The form's values, the checked drugs of {@code related_to} (a box each) joined as the data set writes
     * them.
     */
    private static Map<String, String> formValues(Map<String, String> form, HttpServletRequest request) {
        Map<String, String> values = new LinkedHashMap<>(form);
        String[] related = request.getParameterValues("related_to");
        if (related != null) {
            values.put("related_to", String.join(";", List.of(related)));
        }
        values.remove("_csrf");
        return values;
    }

    private String recordForm(
            Model model,
            SubjectView s,
            RecordKind kind,
            Long recordId,
            Map<String, String> values,
            List<FormErrors.Problem> problems) {
        Study study = studies.study(s.studyId());
        model.addAttribute("s", s);
        model.addAttribute("study", study);
        model.addAttribute("kind", kind);
        model.addAttribute("recordId", recordId);
        model.addAttribute("fields", RecordForm.fields(kind));
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("errors", FormErrors.byField(problems));
        model.addAttribute(
                "firstError", problems.isEmpty() ? null : problems.get(0).field());
        List<Drug> protocolDrugs = protocolDrugs(protocols.of(study).orElse(null));
        List<Drug> others = new ArrayList<>(List.of(Drug.values()));
        others.removeAll(protocolDrugs);
        model.addAttribute("protocolDrugs", protocolDrugs);
        model.addAttribute("otherDrugs", others);
        model.addAttribute(
                "relatedChecked", Set.of(values.getOrDefault("related_to", "").split(";")));
        model.addAttribute("unitTests", unitTests());
        model.addAttribute("unitDrugs", unitDrugs());
        if (kind == RecordKind.ADVERSE_EVENTS) {
            model.addAttribute("terms", vocab.terms());
        }
        return "record-form";
    }

    /**
     * The drugs of a protocol, in the order its regimens and dose rules name them.
     *
     * @param protocol the protocol, or null
     * @return the drugs, empty without a protocol
     */
    static List<Drug> protocolDrugs(Protocol protocol) {
        Set<Drug> drugs = new LinkedHashSet<>();
        if (protocol != null) {
            protocol.regimens().stream().map(Regimen::drug).forEach(drugs::add);
            protocol.doseRules().stream().map(DoseRule::drug).forEach(drugs::add);
        }
        return List.copyOf(drugs);
    }

    /** For each lab unit, the tests measured in it (a space-separated list the form's script filters by). */
    private static Map<String, String> unitTests() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Unit u : Unit.values()) {
            List<String> tests = new ArrayList<>();
            for (LabTest t : LabTest.values()) {
                if (t.accepts(u)) {
                    tests.add(t.name());
                }
            }
            out.put(u.symbol(), String.join(" ", tests));
        }
        return out;
    }

    /** For each dose unit, the drugs dosed in it. */
    private static Map<String, String> unitDrugs() {
        Map<String, String> out = new LinkedHashMap<>();
        for (DoseUnit u : DoseUnit.values()) {
            List<String> drugs = new ArrayList<>();
            for (Drug d : Drug.values()) {
                if (d.units().contains(u)) {
                    drugs.add(d.id());
                }
            }
            out.put(u.symbol(), String.join(" ", drugs));
        }
        return out;
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
