package org.marrow.app.subject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marrow.app.security.Caller;
import org.marrow.app.security.Users;
import org.marrow.app.study.Site;
import org.marrow.app.study.Studies;
import org.marrow.app.study.Study;
import org.marrow.app.study.StudyProtocols;
import org.marrow.app.web.BadValueException;
import org.marrow.app.web.ConflictException;
import org.marrow.app.web.StaleEditException;
import org.marrow.app.web.page.FormErrors;
import org.marrow.app.web.page.PageAccess;
import org.marrow.app.web.page.PageController;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.model.Arm;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Enrolment and edit of a subject, the page twins of {@code POST /api/studies/{id}/subjects} and
 * {@code PUT /api/subjects/{id}}. A refused value shows the form again with the message on its field.
 */
@PageController
class SubjectFormPages {
    private final Subjects subjects;
    private final Studies studies;
    private final Users users;
    private final StudyProtocols protocols;
    private final FormErrors formErrors;
    private final Clock clock = Clock.systemDefaultZone();

    SubjectFormPages(Subjects subjects, Studies studies, Users users, StudyProtocols protocols, FormErrors formErrors) {
        this.formErrors = formErrors;
        this.subjects = subjects;
        this.studies = studies;
        this.users = users;
        this.protocols = protocols;
    }

    @GetMapping("/studies/{studyId}/subjects/new")
    @PreAuthorize(PageAccess.WRITERS)
    String newSubject(@PathVariable long studyId, Model model) {
        Study study = studies.study(studyId);
        Map<String, String> values = new LinkedHashMap<>();
        List<Site> sites = sitesOf(Caller.current());
        if (sites.size() == 1) {
            values.put("site_id", Long.toString(sites.get(0).id()));
        }
        values.put("screened_on", LocalDate.now(clock).toString());
        return subjectForm(model, study, null, values, List.of());
    }

    @PostMapping("/studies/{studyId}/subjects")
    @PreAuthorize(PageAccess.WRITERS)
    String createSubject(
            @PathVariable long studyId, @RequestParam Map<String, String> form, Model model, Locale locale) {
        Study study = studies.study(studyId);
        try {
            SubjectView created = subjects.create(studyId, subjectInput(form, null), Caller.current());
            return "redirect:/subjects/" + created.id() + "?saved";
        } catch (BadValueException e) {
            return subjectForm(model, study, null, form, formErrors.of(e, locale));
        } catch (ConflictException e) {
            return subjectForm(
                    model,
                    study,
                    null,
                    form,
                    List.of(
                            e.field() != null && e.field().equals("subject_code")
                                    ? formErrors.own(
                                            "subject_code", locale, "form.error.codeTaken", form.get("subject_code"))
                                    : formErrors.own("arm", locale, "form.error.cannotAssign")));
        }
    }

    @GetMapping("/subjects/{id}/edit")
    @PreAuthorize(PageAccess.WRITERS)
    String editSubject(@PathVariable long id, Model model) {
        SubjectView s = subjects.get(id, Caller.current());
        return subjectForm(model, studies.study(s.studyId()), s, subjectValues(s), List.of());
    }

    @PostMapping("/subjects/{id}")
    @PreAuthorize(PageAccess.WRITERS)
    String updateSubject(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale) {
        SubjectView s = subjects.get(id, Caller.current());
        Study study = studies.study(s.studyId());
        try {
            subjects.update(id, subjectInput(form, form.get("version")), Caller.current());
            return "redirect:/subjects/" + id + "?saved";
        } catch (BadValueException e) {
            return subjectForm(model, study, s, form, formErrors.of(e, locale));
        } catch (StaleEditException e) {
            SubjectView now = subjects.get(id, Caller.current());
            model.addAttribute("stale", true);
            return subjectForm(model, study, now, subjectValues(now), List.of());
        } catch (ConflictException e) {
            return subjectForm(
                    model, study, s, form, List.of(formErrors.own("arm", locale, "form.error.cannotAssign")));
        }
    }

    private String subjectForm(
            Model model,
            Study study,
            SubjectView subject,
            Map<String, String> values,
            List<FormErrors.Problem> problems) {
        model.addAttribute("study", study);
        model.addAttribute("s", subject);
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("errors", FormErrors.byField(problems));
        model.addAttribute(
                "firstError", problems.isEmpty() ? null : problems.get(0).field());
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
        return users.sitesSeenBy(caller, studies.sites());
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
}
