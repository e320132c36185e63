package org.marrow.app.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.marrow.analysis.figure.EnrolmentChart;
import org.marrow.analysis.report.ReportWriter;
import org.marrow.app.export.ExportLog;
import org.marrow.app.security.Caller;
import org.marrow.app.study.Studies;
import org.marrow.app.study.Study;
import org.marrow.app.web.page.PageAccess;
import org.marrow.app.web.page.PageController;
import org.marrow.interop.ExportFormat;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A study's dashboard, its report page and the report to download, the page twins of {@link
 * ResultsController}: every rate, stage decision and safety tally from the study's one analysis.
 */
@PageController
class ReportPages {
    private final Studies studies;
    private final StudyDashboard dashboards;
    private final StudyAnalyses analyses;
    private final MessageSource messages;
    private final ExportLog exports;
    private final StudyExports standards;
    private final Clock clock = Clock.systemDefaultZone();

    ReportPages(
            Studies studies,
            StudyDashboard dashboards,
            StudyAnalyses analyses,
            MessageSource messages,
            ExportLog exports,
            StudyExports standards) {
        this.exports = exports;
        this.standards = standards;
        this.studies = studies;
        this.dashboards = dashboards;
        this.analyses = analyses;
        this.messages = messages;
    }

    @GetMapping("/studies/{id}")
    @PreAuthorize(PageAccess.READERS)
    String dashboard(@PathVariable long id, Model model, Locale locale) {
        Study study = studies.study(id);
        StudyDashboard.Dashboard d = dashboards.of(study, Caller.current(), LocalDate.now(clock));
        model.addAttribute("study", study);
        model.addAttribute("d", d);
        model.addAttribute(
                "enrolmentChart",
                EnrolmentChart.of("enrolment", messages.getMessage("dashboard.enrolment", null, locale), d.enrolment())
                        .inlineSvg());
        return "dashboard";
    }

    @GetMapping("/studies/{id}/report")
    @PreAuthorize(PageAccess.READERS)
    String report(@PathVariable long id, Model model) {
        Study study = studies.study(id);
        model.addAttribute("study", study);
        model.addAttribute("d", dashboards.of(study, Caller.current(), LocalDate.now(clock)));
        model.addAttribute("formats", ExportFormat.values());
        return "report";
    }

    @GetMapping("/studies/{id}/export/{format}")
    @PreAuthorize(PageAccess.READERS)
    ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable String format, Locale locale) {
        return ExportController.download(standards.export(
                studies.study(id), ExportController.format(format), Caller.current(), LocalDate.now(clock), locale));
    }

    @GetMapping("/studies/{id}/report.html")
    @PreAuthorize(PageAccess.READERS)
    ResponseEntity<byte[]> reportFile(@PathVariable long id) {
        Study study = studies.study(id);
        LocalDate today = LocalDate.now(clock);
        String html = ReportWriter.html(analyses.report(analyses.of(study, Caller.current(), today), today));
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exports.recorded(Caller.current(), id, ExportLog.What.REPORT_HTML, bytes);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(study.code() + "-report-" + today + ".html")
                                .build()
                                .toString())
                .body(bytes);
    }
}
