package org.marrow.app.web.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marrow.app.security.Caller;
import org.marrow.app.study.Studies;
import org.marrow.app.study.Study;
import org.marrow.app.subject.SubjectView;
import org.marrow.app.subject.Subjects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The study list and a study's subjects by site. */
@PageController
class StudyPages {
    static final String READERS = PageAccess.READERS;

    private final Studies studies;
    private final Subjects subjects;

    StudyPages(Studies studies, Subjects subjects) {
        this.studies = studies;
        this.subjects = subjects;
    }

    /** A subject in the list, with the status its dates give. */
    record SubjectRow(SubjectView subject, String status) {}

    static String status(SubjectView s) {
        if (s.withdrawnOn() != null) {
            return "status.withdrawn";
        }
        if (s.firstDoseOn() != null) {
            return "status.treated";
        }
        if (s.enrolledOn() != null) {
            return "status.enrolled";
        }
        return "status.screening";
    }

    @GetMapping("/studies")
    @PreAuthorize(READERS)
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
    @PreAuthorize(READERS)
    String subjects(@PathVariable long id, @RequestParam(required = false) String site, Model model) {
        Study study = studies.study(id);
        Map<String, List<SubjectRow>> bySite = new TreeMap<>();
        for (SubjectView s : subjects.list(id, Caller.current())) {
            if (site == null || site.isBlank() || site.equals(s.siteCode())) {
                bySite.computeIfAbsent(s.siteCode(), k -> new ArrayList<>()).add(new SubjectRow(s, status(s)));
            }
        }
        model.addAttribute("study", study);
        model.addAttribute("bySite", bySite);
        model.addAttribute("site", site);
        return "subjects";
    }
}
