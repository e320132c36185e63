package org.marrow.app.study;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.marrow.app.security.Caller;
import org.marrow.app.security.Users;
import org.marrow.app.subject.SubjectList;
import org.marrow.app.subject.SubjectStatus;
import org.marrow.app.subject.Subjects;
import org.marrow.app.web.page.PageAccess;
import org.marrow.app.web.page.PageController;
import org.marrow.clinical.response.ResponseCategory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The study list, a study's subjects (searched, filtered, sorted, a page at a time) and its status grid
 * (subjects by protocol visits): the page twins of the study and subject lists of the API.
 */
@PageController
class StudyPages {
    /** Subjects per page unless the user chooses. */
    static final int PAGE_SIZE = 25;

    private final Studies studies;
    private final Subjects subjects;
    private final SubjectList list;
    private final Users users;
    private final Clock clock = Clock.systemDefaultZone();

    StudyPages(Studies studies, Subjects subjects, SubjectList list, Users users) {
        this.studies = studies;
        this.subjects = subjects;
        this.list = list;
        this.users = users;
    }

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
    String subjects(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String site,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String response,
            @RequestParam(defaultValue = "") String sort,
            @RequestParam(defaultValue = "") String dir,
            @RequestParam(defaultValue = "1") String page,
            @RequestParam(defaultValue = "") String size,
            Model model) {
        Study study = studies.study(id);
        SubjectList.Filter filter = filter(q, site, status, response, sort, dir, page, size);
        model.addAttribute("study", study);
        model.addAttribute("list", list.page(study, filter, Caller.current(), LocalDate.now(clock)));
        common(model, "/studies/" + id + "/subjects", q, site, status, response, sort, dir, size);
        return "subjects";
    }

    @GetMapping("/studies/{id}/grid")
    @PreAuthorize(PageAccess.READERS)
    String grid(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String site,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "1") String page,
            @RequestParam(defaultValue = "") String size,
            Model model) {
        Study study = studies.study(id);
        SubjectList.Filter filter = filter(q, site, status, "", "", "", page, size);
        model.addAttribute("study", study);
        model.addAttribute("grid", list.grid(study, filter, Caller.current(), LocalDate.now(clock)));
        common(model, "/studies/" + id + "/grid", q, site, status, "", "", "", size);
        return "grid";
    }

    private void common(
            Model model,
            String path,
            String q,
            String site,
            String status,
            String response,
            String sort,
            String dir,
            String size) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("site", site);
        params.put("status", status);
        params.put("response", response);
        params.put("sort", sort);
        params.put("dir", dir);
        params.put("size", size);
        model.addAttribute("query", new ListQuery(path, params));
        model.addAttribute("sites", users.sitesSeenBy(Caller.current(), studies.sites()));
        model.addAttribute("statuses", SubjectStatus.values());
        model.addAttribute("responses", ResponseCategory.values());
        model.addAttribute("sorts", SubjectList.Sort.values());
    }

    /** The filter a request gives; a value that is not one of the choices is ignored, as if not given. */
    private SubjectList.Filter filter(
            String q, String site, String status, String response, String sort, String dir, String page, String size) {
        Long siteId =
                site.isBlank() ? null : studies.siteByCode(site).map(Site::id).orElse(-1L);
        SubjectStatus s = null;
        for (SubjectStatus candidate : SubjectStatus.values()) {
            if (candidate.name().equalsIgnoreCase(status)) {
                s = candidate;
            }
        }
        String r = null;
        if (response.equals("none")) {
            r = response;
        }
        for (ResponseCategory c : ResponseCategory.values()) {
            if (c.name().equals(response)) {
                r = c.name();
            }
        }
        return new SubjectList.Filter(
                q,
                siteId,
                s,
                r,
                SubjectList.Sort.of(sort),
                "desc".equals(dir),
                number(page).orElse(1),
                number(size).orElse(PAGE_SIZE));
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
