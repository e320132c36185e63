package org.marrow.app.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.marrow.app.security.Caller;
import org.marrow.app.study.Studies;
import org.marrow.app.subject.SubjectView;
import org.marrow.app.subject.Subjects;
import org.marrow.app.web.page.PageAccess;
import org.marrow.app.web.page.PageController;
import org.marrow.app.web.page.VisitEntry;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A visit's blood counts entered at once, the page twin of {@code POST /api/subjects/{id}/visits}:
 * every refused count is shown on its own field.
 */
@PageController
class VisitPages {
    private final Subjects subjects;
    private final Studies studies;
    private final VisitEntry visits;
    private final MessageSource messages;
    private final Clock clock = Clock.systemDefaultZone();

    VisitPages(Subjects subjects, Studies studies, VisitEntry visits, MessageSource messages) {
        this.subjects = subjects;
        this.studies = studies;
        this.visits = visits;
        this.messages = messages;
    }

    @GetMapping("/subjects/{id}/visit")
    @PreAuthorize(PageAccess.WRITERS)
    String visitForm(@PathVariable long id, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("date", LocalDate.now(clock).toString());
        values.put("hgb_unit", "g/L");
        return visitForm(model, subjects.get(id, Caller.current()), values, Map.of());
    }

    @PostMapping("/subjects/{id}/visit")
    @PreAuthorize(PageAccess.WRITERS)
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

    private Map<String, String> localize(Map<String, String> errors, Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        errors.forEach((k, v) -> out.put(k, v.startsWith("msg:") ? text(v.substring(4), locale) : v));
        return out;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
