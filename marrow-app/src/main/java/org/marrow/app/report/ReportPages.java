package org.marrow.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.marrow.analysis.figure.EnrolmentChart;
import org.marrow.analysis.report.Report;
import org.marrow.analysis.report.ReportFiles;
import org.marrow.analysis.report.ReportWriter;
import org.marrow.app.export.ExportLog;
import org.marrow.app.export.SpreadsheetZip;
import org.marrow.app.security.Caller;
import org.marrow.app.study.Studies;
import org.marrow.app.study.Study;
import org.marrow.app.transfer.DatasetTransfer;
import org.marrow.app.web.page.PageAccess;
import org.marrow.app.web.page.PageController;
import org.marrow.app.web.page.PageText;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A study's dashboard, its report page and the files to download, the page twins of {@link
 * ResultsController} and the data set export: every rate, stage decision and safety tally from the study's
 * one analysis. The report page takes a data cut-off ({@code marrow report --as-of}): the summary, the HTML
 * and the PDF report are of the data as they stood that day. Every download is recorded in the audit trail
 * ({@link ExportLog}).
 */
@PageController
class ReportPages {
    private final Studies studies;
    private final StudyDashboard dashboards;
    private final StudyAnalyses analyses;
    private final MessageSource messages;
    private final ExportLog exports;
    private final DatasetTransfer transfer;
    private final StudyExports standards;
    private final Clock clock = Clock.systemDefaultZone();

    ReportPages(
            Studies studies,
            StudyDashboard dashboards,
            StudyAnalyses analyses,
            MessageSource messages,
            ExportLog exports,
            DatasetTransfer transfer,
            StudyExports standards) {
        this.exports = exports;
        this.standards = standards;
        this.studies = studies;
        this.dashboards = dashboards;
        this.analyses = analyses;
        this.messages = messages;
        this.transfer = transfer;
    }

    /**
     * A file the report page offers.
     *
     * @param labelKey the page message key of its name
     * @param hintKey the page message key of what it holds
     * @param href where it is downloaded
     * @param format its format, e.g. {@code PDF}
     */
    record Download(String labelKey, String hintKey, String href, String format) {}

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
        model.addAttribute("enrolmentRows", EnrolmentTable.of(d.enrolment()));
        return "dashboard";
    }

    @GetMapping("/studies/{id}/report")
    @PreAuthorize(PageAccess.READERS)
    String report(@PathVariable long id, @RequestParam(defaultValue = "") String asof, Model model) {
        Study study = studies.study(id);
        LocalDate today = LocalDate.now(clock);
        PageText problem = null;
        LocalDate cutoff = today;
        if (!asof.isBlank()) {
            try {
                cutoff = LocalDate.parse(asof.trim());
                if (cutoff.isAfter(today)) {
                    problem = new PageText("report.cutoffFuture", cutoff, today);
                    cutoff = today;
                }
            } catch (DateTimeParseException e) {
                problem = new PageText("report.cutoffBad", asof);
            }
        }
        String cut = cutoff.toString();
        model.addAttribute("study", study);
        model.addAttribute("d", dashboards.of(study, Caller.current(), cutoff));
        model.addAttribute("cutoff", cutoff);
        model.addAttribute("today", today);
        model.addAttribute("cutoffProblem", problem);
        model.addAttribute("asof", asof);
        List<Download> downloads = new ArrayList<>();
        downloads.add(new Download(
                "report.file.html", "report.file.htmlHint", "/studies/" + id + "/report.html?asof=" + cut, "HTML"));
        downloads.add(new Download(
                "report.file.pdf", "report.file.pdfHint", "/studies/" + id + "/report.pdf?asof=" + cut, "PDF"));
        model.addAttribute("reports", downloads);
        // The study's exports: the data set itself, then the standards (R, SAS, SPSS, Stata, CDISC, FHIR).
        List<Download> data = new ArrayList<>();
        data.add(new Download(
                "report.file.dataset", "report.file.datasetHint", "/studies/" + id + "/dataset.zip", "ZIP (CSV)"));
        data.add(new Download(
                "report.file.spreadsheet",
                "report.file.spreadsheetHint",
                "/studies/" + id + "/dataset.zip?form=spreadsheet",
                "ZIP (CSV)"));
        for (ExportFormat f : ExportFormat.values()) {
            data.add(new Download(
                    "report.export." + f.code() + ".name",
                    "report.export." + f.code(),
                    "/studies/" + id + "/export/" + f.code(),
                    "ZIP"));
        }
        model.addAttribute("exports", data);
        return "report";
    }

    @GetMapping("/studies/{id}/export/{format}")
    @PreAuthorize(PageAccess.READERS)
    ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable String format, Locale locale) {
        return ExportController.download(standards.export(
                studies.study(id), ExportController.format(format), Caller.current(), LocalDate.now(clock), locale));
    }

    /** The cut-off a download asks for: the date given, or today when none or a bad one. */
    private LocalDate cutoff(String asof, LocalDate today) {
        try {
            LocalDate d = asof.isBlank() ? today : LocalDate.parse(asof.trim());
            return d.isAfter(today) ? today : d;
        } catch (DateTimeParseException e) {
            return today;
        }
    }

    @GetMapping("/studies/{id}/report.html")
    @PreAuthorize(PageAccess.READERS)
    ResponseEntity<byte[]> reportFile(@PathVariable long id, @RequestParam(defaultValue = "") String asof) {
        Study study = studies.study(id);
        LocalDate today = LocalDate.now(clock);
        LocalDate cutoff = cutoff(asof, today);
        Report report = analyses.report(analyses.of(study, Caller.current(), cutoff), today, cutoff);
        byte[] bytes = ReportWriter.html(report).getBytes(StandardCharsets.UTF_8);
        exports.recorded(Caller.current(), id, ExportLog.What.REPORT_HTML, bytes);
        return file(
                bytes,
                new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8),
                study.code() + "-report-" + cutoff + ".html");
    }

    @GetMapping("/studies/{id}/report.pdf")
    @PreAuthorize(PageAccess.READERS)
    ResponseEntity<byte[]> reportPdf(@PathVariable long id, @RequestParam(defaultValue = "") String asof) {
        Study study = studies.study(id);
        LocalDate today = LocalDate.now(clock);
        LocalDate cutoff = cutoff(asof, today);
        Report report = analyses.report(analyses.of(study, Caller.current(), cutoff), today, cutoff);
        byte[] bytes = pdf(report);
        exports.recorded(Caller.current(), id, ExportLog.What.REPORT_PDF, bytes);
        return file(bytes, MediaType.APPLICATION_PDF, study.code() + "-report-" + cutoff + ".pdf");
    }

    @GetMapping("/studies/{id}/dataset.zip")
    @PreAuthorize(PageAccess.READERS)
    ResponseEntity<byte[]> dataset(@PathVariable long id, @RequestParam(defaultValue = "dataset") String form) {
        Study study = studies.study(id);
        boolean spreadsheet = form.equals("spreadsheet");
        byte[] zip = transfer.exportZip(id, Caller.current());
        if (spreadsheet) {
            zip = SpreadsheetZip.of(zip);
        }
        exports.recorded(
                Caller.current(),
                id,
                spreadsheet ? ExportLog.What.DATASET_FOR_SPREADSHEET : ExportLog.What.DATASET,
                zip);
        return file(
                zip,
                MediaType.parseMediaType("application/zip"),
                study.code() + (spreadsheet ? "-spreadsheet" : "-dataset") + "-" + LocalDate.now(clock) + ".zip");
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }

    /** The report's PDF, written with the rest of the report's files to a folder that is removed afterwards. */
    private static byte[] pdf(Report report) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("marrow-report");
            ReportFiles files = ReportWriter.write(report, dir);
            return Files.readAllBytes(files.pdf());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) {
                try (Stream<Path> paths = Files.walk(dir)) {
                    paths.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    // A temporary folder left behind is harmless.
                }
            }
        }
    }
}
