package org.marrow.app.web.page;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marrow.app.audit.AuditTrail;
import org.marrow.app.query.DataQueries;
import org.marrow.app.record.RecordKind;
import org.marrow.app.record.SourceRecords;
import org.marrow.app.security.Caller;
import org.marrow.app.security.Users;
import org.marrow.app.study.Site;
import org.marrow.app.study.Studies;
import org.marrow.app.study.Study;
import org.marrow.app.subject.SubjectInput;
import org.marrow.app.subject.SubjectView;
import org.marrow.app.subject.Subjects;
import org.marrow.app.web.BadValueException;
import org.marrow.app.web.ConflictException;
import org.marrow.app.web.StaleEditException;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.model.Arm;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A subject's page and its forms: enrolment and edit of the subject, a visit's counts, each kind of
 * source record (new and edit, with a reason for every change), the audit history of any record and
 * the query workflow. A refused value shows the form again with the message on its field.
 */
@Controller
class SubjectPages {
    static final String READERS = StudyPages.READERS;
    static final String WRITERS = "hasAnyRole('INVESTIGATOR','COORDINATOR')";

    private final Subjects subjects;
    private final Studies studies;
    private final Users users;
    private final SourceRecords records;
    private final DataQueries queries;
    private final AuditTrail audit;
    private final SubjectPanel panels;
    private final VisitEntry visits;
    private final StudyProtocols protocols;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock = Clock.systemDefaultZone();

    SubjectPages(
            Subjects subjects,
            Studies studies,
            Users users,
            SourceRecords records,
            DataQueries queries,
            AuditTrail audit,
            SubjectPanel panels,
            VisitEntry visits,
            StudyProtocols protocols,
            MessageSource messages,
            JsonMapper json) {
        this.subjects = subjects;
        this.studies = studies;
        this.users = users;
        this.records = records;
        this.queries = queries;
        this.audit = audit;
        this.panels = panels;
        this.visits = visits;
        this.protocols = protocols;
        this.messages = messages;
        this.json = json;
    }

    // ---- the subject page

    @GetMapping("/subjects/{id}")
    @PreAuthorize(READERS)
    String subject(@PathVariable long id, @RequestParam(required = false) String on, Model model, Locale locale) {
        LocalDate adviceOn = null;
        if (on != null && !on.isBlank()) {
            try {
                adviceOn = LocalDate.parse(on);
            } catch (DateTimeParseException e) {
                adviceOn = null;
            }
        }
        SubjectPanel.Panel p = panels.of(id, Caller.current(), adviceOn, LocalDate.now(clock));
        model.addAttribute("p", p);
        model.addAttribute("s", p.subject());
        model.addAttribute("study", p.study());
        model.addAttribute("status", StudyPages.status(p.subject()));
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("calendarDays", SubjectPanel.CALENDAR_DAYS);
        Map<RecordKind, List<String>> columns = new java.util.EnumMap<>(RecordKind.class);
        for (RecordKind k : RecordKind.values()) {
            columns.put(k, RecordForm.columns(k));
        }
        model.addAttribute("columns", columns);
        List<org.marrow.app.assessment.SubjectAssessment.Visit> newestFirst =
                new java.util.ArrayList<>(p.assessment().visits());
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("visits", newestFirst);
        model.addAttribute(
                "timeline",
                Charts.timeline(
                        p.records(),
                        p.subject().firstDoseOn(),
                        p.study().criteriaSet(),
                        new Charts.TimelineText(
                                text("timeline.title", locale, p.subject().subjectCode()),
                                text("timeline.hgb", locale),
                                text("timeline.plat", locale),
                                text("timeline.neut", locale),
                                text("timeline.transfusions", locale),
                                text("timeline.ae", locale),
                                text("timeline.events", locale),
                                text("timeline.studyDay", locale))));
        return "subject";
    }

    // ---- enrolment and edit of the subject

    @GetMapping("/studies/{studyId}/subjects/new")
    @PreAuthorize(WRITERS)
    String newSubject(@PathVariable long studyId, Model model) {
        Study study = studies.study(studyId);
        Map<String, String> values = new LinkedHashMap<>();
        List<Site> sites = sitesOf(Caller.current());
        if (sites.size() == 1) {
            values.put("site_id", Long.toString(sites.get(0).id()));
        }
        values.put("screened_on", LocalDate.now(clock).toString());
        return subjectForm(model, study, null, values, Map.of());
    }

    @PostMapping("/studies/{studyId}/subjects")
    @PreAuthorize(WRITERS)
    String createSubject(
            @PathVariable long studyId, @RequestParam Map<String, String> form, Model model, Locale locale) {
        Study study = studies.study(studyId);
        try {
            SubjectView created = subjects.create(studyId, subjectInput(form, null), Caller.current());
            return "redirect:/subjects/" + created.id() + "?saved";
        } catch (BadValueException e) {
            return subjectForm(model, study, null, form, e.messagesByField(locale));
        } catch (ConflictException e) {
            return subjectForm(model, study, null, form, Map.of("subject_code", e.getMessage()));
        }
    }

    @GetMapping("/subjects/{id}/edit")
    @PreAuthorize(WRITERS)
    String editSubject(@PathVariable long id, Model model) {
        SubjectView s = subjects.get(id, Caller.current());
        return subjectForm(model, studies.study(s.studyId()), s, subjectValues(s), Map.of());
    }

    @PostMapping("/subjects/{id}")
    @PreAuthorize(WRITERS)
    String updateSubject(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale) {
        SubjectView s = subjects.get(id, Caller.current());
        Study study = studies.study(s.studyId());
        try {
            subjects.update(id, subjectInput(form, form.get("version")), Caller.current());
            return "redirect:/subjects/" + id + "?saved";
        } catch (BadValueException e) {
            return subjectForm(model, study, s, form, e.messagesByField(locale));
        } catch (StaleEditException e) {
            SubjectView now = subjects.get(id, Caller.current());
            model.addAttribute("stale", true);
            return subjectForm(model, study, now, subjectValues(now), Map.of());
        }
    }

    private String subjectForm(
            Model model, Study study, SubjectView subject, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("study", study);
        model.addAttribute("s", subject);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("sites", sitesOf(Caller.current()));
        model.addAttribute(
                "arms",
                protocols.of(study).map(Protocol::arms).orElse(List.of()).stream()
                        .map(Arm::id)
                        .toList());
        // A randomized protocol assigns the arm at enrolment; the form must not offer a choice.
        model.addAttribute(
                "randomized",
                protocols
                        .of(study)
                        .map(p -> p.design().randomization().isPresent())
                        .orElse(false));
        return "subject-form";
    }

    private List<Site> sitesOf(Caller caller) {
        if (caller.seesAllSites()) {
            return studies.sites();
        }
        List<Long> mine = users.find(caller.userId()).siteIds();
        return studies.sites().stream().filter(s -> mine.contains(s.id())).toList();
    }

    private static Map<String, String> subjectValues(SubjectView s) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("subject_code", s.subjectCode());
        v.put("site_id", Long.toString(s.siteId()));
        v.put("sex", s.sex());
        v.put("birth_date", str(s.birthDate()));
        v.put("weight_kg", s.weightKg() == null ? "" : s.weightKg().toPlainString());
        v.put("height_cm", s.heightCm() == null ? "" : s.heightCm().toPlainString());
        v.put("screened_on", str(s.screenedOn()));
        v.put("arm", s.arm() == null ? "" : s.arm());
        v.put("enrolled_on", str(s.enrolledOn()));
        v.put("first_dose_on", str(s.firstDoseOn()));
        v.put("withdrawn_on", str(s.withdrawnOn()));
        v.put("withdrawal_reason", s.withdrawalReason() == null ? "" : s.withdrawalReason());
        v.put("version", Integer.toString(s.version()));
        return v;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static SubjectInput subjectInput(Map<String, String> f, String version) {
        Long site = null;
        String siteText = f.getOrDefault("site_id", "").trim();
        if (!siteText.isEmpty()) {
            try {
                site = Long.valueOf(siteText);
            } catch (NumberFormatException e) {
                throw BadValueException.of("site_id", siteText, "one of the sites listed");
            }
        }
        Integer v = null;
        if (version != null && !version.isBlank()) {
            v = Integer.valueOf(version.trim());
        }
        return new SubjectInput(
                f.getOrDefault("subject_code", "").trim(),
                site,
                f.get("sex"),
                f.get("birth_date"),
                f.get("weight_kg"),
                f.get("height_cm"),
                f.get("screened_on"),
                f.get("arm"),
                f.get("enrolled_on"),
                f.get("first_dose_on"),
                f.get("withdrawn_on"),
                f.get("withdrawal_reason"),
                v,
                f.get("reason"));
    }

    // ---- a visit's counts

    @GetMapping("/subjects/{id}/visit")
    @PreAuthorize(WRITERS)
    String visitForm(@PathVariable long id, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("date", LocalDate.now(clock).toString());
        values.put("hgb_unit", "g/L");
        return visitForm(model, subjects.get(id, Caller.current()), values, Map.of());
    }

    @PostMapping("/subjects/{id}/visit")
    @PreAuthorize(WRITERS)
    String enterVisit(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale) {
        SubjectView s = subjects.get(id, Caller.current());
        try {
            visits.enter(id, form, Caller.current());
            return "redirect:/subjects/" + id + "?saved#assessment";
        } catch (VisitEntry.Refused e) {
            return visitForm(model, s, form, localize(e.errors(), locale));
        }
    }

    private String visitForm(Model model, SubjectView s, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("s", s);
        model.addAttribute("study", studies.study(s.studyId()));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("counts", VisitEntry.COUNTS);
        return "visit-form";
    }

    // ---- source records

    @GetMapping("/subjects/{id}/records/{kind}/new")
    @PreAuthorize(WRITERS)
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
    @PreAuthorize(WRITERS)
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
    @PreAuthorize(WRITERS)
    String editRecord(@PathVariable long id, @PathVariable String kind, @PathVariable long recordId, Model model) {
        RecordKind k = RecordKind.byPath(kind);
        Map<String, Object> row = records.get(id, k, recordId, Caller.current());
        return recordForm(model, subjects.get(id, Caller.current()), k, recordId, values(k, row), Map.of());
    }

    @PostMapping("/subjects/{id}/records/{kind}/{recordId}")
    @PreAuthorize(WRITERS)
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

    // ---- audit history

    @GetMapping("/subjects/{id}/audit")
    @PreAuthorize(READERS)
    String subjectAudit(@PathVariable long id, Model model) {
        SubjectView s = subjects.get(id, Caller.current());
        model.addAttribute("s", s);
        model.addAttribute("study", studies.study(s.studyId()));
        model.addAttribute("record", "subject " + s.subjectCode());
        model.addAttribute("entries", audit.history("subject", id));
        return "audit";
    }

    @GetMapping("/subjects/{id}/records/{kind}/{recordId}/audit")
    @PreAuthorize(READERS)
    String recordAudit(@PathVariable long id, @PathVariable String kind, @PathVariable long recordId, Model model) {
        RecordKind k = RecordKind.byPath(kind);
        SubjectView s = subjects.get(id, Caller.current());
        model.addAttribute("s", s);
        model.addAttribute("study", studies.study(s.studyId()));
        model.addAttribute("record", k.table() + " " + recordId);
        model.addAttribute("entries", audit.historyOfSubjectRecord(k.table(), recordId, id));
        return "audit";
    }

    // ---- queries

    @PostMapping("/subjects/{id}/queries")
    @PreAuthorize("hasRole('MONITOR')")
    String raise(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String question,
            @RequestParam(required = false) String record,
            RedirectAttributes redirect) {
        String table = null;
        Long recordId = null;
        if (record != null && record.contains(":")) {
            RecordKind k = RecordKind.byPath(record.substring(0, record.indexOf(':')));
            table = k.table();
            recordId = Long.valueOf(record.substring(record.indexOf(':') + 1));
        }
        try {
            queries.raise(id, table, recordId, null, question, Caller.current());
        } catch (BadValueException e) {
            redirect.addFlashAttribute("queryError", e.getMessage());
        }
        return "redirect:/subjects/" + id + "#queries";
    }

    @PostMapping("/subjects/{id}/queries/{queryId}/answer")
    @PreAuthorize(WRITERS)
    String answer(
            @PathVariable long id,
            @PathVariable long queryId,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String answer,
            RedirectAttributes redirect) {
        try {
            queries.answer(id, queryId, version, answer, Caller.current());
        } catch (BadValueException | StaleEditException | ConflictException e) {
            redirect.addFlashAttribute("queryError", e.getMessage());
        }
        return "redirect:/subjects/" + id + "#queries";
    }

    @PostMapping("/subjects/{id}/queries/{queryId}/close")
    @PreAuthorize("hasRole('MONITOR')")
    String close(
            @PathVariable long id, @PathVariable long queryId, @RequestParam int version, RedirectAttributes redirect) {
        try {
            queries.close(id, queryId, version, Caller.current());
        } catch (StaleEditException | ConflictException e) {
            redirect.addFlashAttribute("queryError", e.getMessage());
        }
        return "redirect:/subjects/" + id + "#queries";
    }

    private Map<String, String> localize(Map<String, String> errors, Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        errors.forEach((k, v) -> out.put(k, v.startsWith("msg:") ? text(v.substring(4), locale) : v));
        return out;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
