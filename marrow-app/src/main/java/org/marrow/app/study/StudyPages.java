package org.marrow.app.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marrow.app.security.Caller;
import org.marrow.app.subject.SubjectStatus;
import org.marrow.app.subject.SubjectView;
import org.marrow.app.subject.Subjects;
import org.marrow.app.web.page.PageAccess;
import org.marrow.app.web.page.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The study list and a study's subjects by site: the page twins of the study and subject lists of the API. */
@PageController
class StudyPages {
    private final Studies studies;
    private final Subjects subjects;

    StudyPages(Studies studies, Subjects subjects) {
        this.studies = studies;
        this.subjects = subjects;
    }

    /** A subject in the list, with the status its dates give. */
    record SubjectRow(SubjectView subject, String status) {}

    @GetMapping("/studies")
    @PreAuthorize(PageAccess.READERS)
    String list(Model model) {
        Caller caller = Caller.current();
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (Study s : studies.studies()) {
            counts.put(s.id(), subjects.list(s.id(), caller).size());
        }
        model.addAttribute("studies", studies.studies());
        model.addAttribute("counts", counts);
        return "studies";
    }

    @GetMapping("/studies/{id}/subjects")
    @PreAuthorize(PageAccess.READERS)
    String subjects(@PathVariable long id, @RequestParam(required = false) String site, Model model) {
        Study study = studies.study(id);
        Map<String, List<SubjectRow>> bySite = new TreeMap<>();
        for (SubjectView s : subjects.list(id, Caller.current())) {
            if (site == null || site.isBlank() || site.equals(s.siteCode())) {
                bySite.computeIfAbsent(s.siteCode(), k -> new ArrayList<>())
                        .add(new SubjectRow(s, SubjectStatus.of(s).messageKey()));
            }
        }
        model.addAttribute("study", study);
        model.addAttribute("bySite", bySite);
        model.addAttribute("site", site);
        return "subjects";
    }
}
