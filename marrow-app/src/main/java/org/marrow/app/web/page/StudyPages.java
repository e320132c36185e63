package org.marrow.app.web.page;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.marrow.app.security.Caller;
import org.marrow.app.study.Studies;
import org.marrow.app.study.Study;
import org.marrow.app.subject.SubjectView;
import org.marrow.app.subject.Subjects;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The study list, a study's dashboard, its subjects by site and its report. */
@Controller
class StudyPages {
    static final String READERS = "hasAnyRole('ADMIN','INVESTIGATOR','COORDINATOR','MONITOR','STATISTICIAN')";

    private final Studies studies;
    private final Subjects subjects;
    private final StudyDashboard dashboards;
    private final StudyReport reports;
    private final MessageSource messages;
    private final org.marrow.app.export.ExportLog exports;
    private final Clock clock;

    StudyPages(
            Studies studies,
            Subjects subjects,
            StudyDashboard dashboards,
            StudyReport reports,
            MessageSource messages,
            org.marrow.app.export.ExportLog exports) {
        this.exports = exports;
        this.studies = studies;
        this.subjects = subjects;
        this.dashboards = dashboards;
        this.reports = reports;
        this.messages = messages;
        this.clock = Clock.systemDefaultZone();
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

    @GetMapping("/studies/{id}")
    @PreAuthorize(READERS)
    String dashboard(@PathVariable long id, Model model, Locale locale) {
        Study study = studies.study(id);
        StudyDashboard.Dashboard d = dashboards.of(study, Caller.current(), LocalDate.now(clock));
        model.addAttribute("study", study);
        model.addAttribute("d", d);
        model.addAttribute(
                "enrolmentChart",
                Charts.enrolment(d.enrolment(), messages.getMessage("dashboard.enrolment", null, locale)));
        return "dashboard";
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

    @GetMapping("/studies/{id}/report")
    @PreAuthorize(READERS)
    String report(@PathVariable long id, Model model) {
        Study study = studies.study(id);
        model.addAttribute("study", study);
        model.addAttribute("d", dashboards.of(study, Caller.current(), LocalDate.now(clock)));
        return "report";
    }

    @GetMapping("/studies/{id}/report.html")
    @PreAuthorize(READERS)
    ResponseEntity<byte[]> reportFile(@PathVariable long id) {
        Study study = studies.study(id);
        String html = reports.html(study, Caller.current(), LocalDate.now(clock));
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exports.recorded(Caller.current(), id, org.marrow.app.export.ExportLog.What.REPORT_HTML, bytes);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(study.code() + "-report-" + LocalDate.now(clock) + ".html")
                                .build()
                                .toString())
                .body(bytes);
    }
}
