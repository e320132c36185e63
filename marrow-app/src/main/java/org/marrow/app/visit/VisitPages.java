package org.marrow.app.visit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marrow.app.security.Caller;
import org.marrow.app.study.Studies;
import org.marrow.app.study.Study;
import org.marrow.app.study.StudyProtocols;
import org.marrow.app.subject.SubjectView;
import org.marrow.app.subject.Subjects;
import org.marrow.app.web.BadValueException;
import org.marrow.app.web.page.FormErrors;
import org.marrow.app.web.page.PageAccess;
import org.marrow.app.web.page.PageController;
import org.marrow.app.web.page.VisitEntry;
import org.marrow.app.web.page.Vocabulary;
import org.marrow.clinical.transfusion.BloodProduct;
import org.marrow.protocol.Protocol;
import org.marrow.study.Drug;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A visit's day on one form, the page twin of {@code POST /api/subjects/{id}/visits}: the counts, the
 * transfusions, the doses of the protocol's drugs and new adverse events, saved together; every problem of
 * every part is shown at once on its own field, the values kept.
 */
@PageController
class VisitPages {
    private final Subjects subjects;
    private final Studies studies;
    private final StudyProtocols protocols;
    private final VisitEntry visits;
    private final FormErrors formErrors;
    private final Vocabulary vocab;
    private final org.springframework.context.MessageSource messages;
    private final Clock clock = Clock.systemDefaultZone();

    VisitPages(
            Subjects subjects,
            Studies studies,
            StudyProtocols protocols,
            VisitEntry visits,
            FormErrors formErrors,
            Vocabulary vocab,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.subjects = subjects;
        this.studies = studies;
        this.protocols = protocols;
        this.visits = visits;
        this.formErrors = formErrors;
        this.vocab = vocab;
    }

    @GetMapping("/subjects/{id}/visit")
    @PreAuthorize(PageAccess.WRITERS)
    String visitForm(@PathVariable long id, @RequestParam(required = false) String date, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        LocalDate day = LocalDate.now(clock);
        if (date != null) {
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                day = LocalDate.now(clock);
            }
        }
        values.put("date", day.toString());
        values.put("hgb_unit", "g/L");
        SubjectView s = subjects.get(id, Caller.current());
        for (Drug d : drugs(s)) {
            values.put(VisitEntry.doseField(d) + "_unit", d.units().get(0).symbol());
        }
        return visitForm(model, s, values, List.of());
    }

    @PostMapping("/subjects/{id}/visit")
    @PreAuthorize(PageAccess.WRITERS)
    String enterVisit(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        SubjectView s = subjects.get(id, Caller.current());
        Map<String, String> values = new LinkedHashMap<>(form);
        values.remove("_csrf");
        for (int i = 0; i < VisitEntry.ADVERSE_EVENTS; i++) {
            String field = VisitEntry.adverseEventField(i, "related_to");
            String[] related = request.getParameterValues(field);
            values.put(field, related == null ? "" : String.join(";", related));
        }
        try {
            visits.enter(id, values, drugs(s), Caller.current());
            return "redirect:/subjects/" + id + "?saved#assessment";
        } catch (BadValueException e) {
            return visitForm(model, s, values, formErrors.of(e, locale, f -> f, f -> label(f, drugs(s), locale)));
        }
    }

    /** The label of a field of the visit form that names a product, a drug or an adverse event. */
    private String label(String field, List<Drug> drugs, Locale locale) {
        for (BloodProduct p : BloodProduct.values()) {
            if (field.equals(VisitEntry.transfusionField(p))) {
                return messages.getMessage("visit.transfusionOf", new Object[] {vocab.product(p.name())}, locale);
            }
        }
        for (Drug d : drugs) {
            if (field.equals(VisitEntry.doseField(d))) {
                return messages.getMessage("visit.doseOf", new Object[] {vocab.drug(d.id())}, locale);
            }
            if (field.equals(VisitEntry.doseField(d) + "_unit")) {
                return messages.getMessage("visit.doseUnitOf", new Object[] {vocab.drug(d.id())}, locale);
            }
        }
        for (int i = 0; i < VisitEntry.ADVERSE_EVENTS; i++) {
            String prefix = VisitEntry.adverseEventField(i, "");
            if (field.startsWith(prefix)) {
                String part = messages.getMessage("field." + field.substring(prefix.length()), null, locale);
                return messages.getMessage("visit.aeField", new Object[] {Integer.toString(i + 1), part}, locale);
            }
        }
        return null;
    }

    /** The drugs whose doses the form offers: the protocol's. */
    private List<Drug> drugs(SubjectView s) {
        Study study = studies.study(s.studyId());
        Protocol protocol = protocols.of(study).orElse(null);
        java.util.Set<Drug> drugs = new java.util.LinkedHashSet<>();
        if (protocol != null) {
            protocol.regimens().forEach(r -> drugs.add(r.drug()));
            protocol.doseRules().forEach(r -> drugs.add(r.drug()));
        }
        return List.copyOf(drugs);
    }

    private String visitForm(
            Model model, SubjectView s, Map<String, String> values, List<FormErrors.Problem> problems) {
        model.addAttribute("s", s);
        model.addAttribute("study", studies.study(s.studyId()));
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("errors", FormErrors.byField(problems));
        model.addAttribute(
                "firstError", problems.isEmpty() ? null : problems.get(0).field());
        model.addAttribute("counts", VisitEntry.COUNTS);
        model.addAttribute("products", BloodProduct.values());
        model.addAttribute("drugs", drugs(s));
        model.addAttribute("allDrugs", List.of(Drug.values()));
        model.addAttribute(
                "aeRows",
                java.util.stream.IntStream.range(0, VisitEntry.ADVERSE_EVENTS)
                        .boxed()
                        .toList());
        model.addAttribute("terms", vocab.terms());
        return "visit-form";
    }
}
