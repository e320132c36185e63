package org.marrow.app.web.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marrow.analysis.figure.Rate;
import org.marrow.analysis.figure.ResponseRateChart;
import org.marrow.analysis.figure.TimepointRates;
import org.marrow.analysis.report.Report;
import org.marrow.analysis.report.ReportHeader;
import org.marrow.analysis.report.ReportWriter;
import org.marrow.analysis.table.Row;
import org.marrow.analysis.table.Table;
import org.marrow.app.security.Caller;
import org.marrow.app.study.Study;
import org.marrow.app.transfer.DatasetTransfer;
import org.marrow.dataset.DatasetWriter;
import org.springframework.stereotype.Service;

/**
 * The analysis report of a study's data as the caller sees them, built with marrow-analysis: the
 * participants by site, the response rates at each protocol timepoint with their confidence intervals
 * (table and figure), the Simon stage status and the adverse events. Its header names the data set's
 * content hash, so the report is traceable to the exact data.
 */
@Service
class StudyReport {
    private final StudyDashboard dashboards;
    private final DatasetTransfer transfer;

    StudyReport(StudyDashboard dashboards, DatasetTransfer transfer) {
        this.dashboards = dashboards;
        this.transfer = transfer;
    }

    Report of(Study study, Caller caller, LocalDate today) {
        StudyDashboard.Dashboard d = dashboards.of(study, caller, today);
        String hash = DatasetWriter.contentHash(transfer.export(study.id(), caller));
        ReportHeader header = new ReportHeader(
                study.title(), hash, study.protocolId(), study.protocolVersion(), version(), today, null);
        Report.Builder b = Report.builder(header);
        b.section("Participants");
        b.paragraph(d.screened() + " subjects entered, " + d.treated() + " treated.");
        List<Row> sites = new ArrayList<>();
        for (StudyDashboard.SiteRow s : d.sites()) {
            sites.add(Row.of(
                    s.site(),
                    Integer.toString(s.subjects()),
                    Integer.toString(s.enrolled()),
                    Integer.toString(s.treated()),
                    Integer.toString(s.withdrawn())));
        }
        b.table(new Table(
                "participants-by-site",
                "Participants by site",
                List.of("Site", "Subjects", "Enrolled", "Treated", "Withdrawn"),
                sites,
                List.of()));
        List<TimepointRates> rates = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (StudyDashboard.TimepointRow t : d.timepoints()) {
            if (t.n() == 0) {
                continue;
            }
            rates.add(new TimepointRates(t.visit(), t.n(), t.orr(), t.cr(), t.superior()));
            rows.add(Row.of(
                    t.visit(),
                    Integer.toString(t.n()),
                    format(t.orr()),
                    format(t.superior()),
                    format(t.cr()),
                    Integer.toString(t.notEvaluable())));
        }
        b.section("Response");
        if (rates.isEmpty()) {
            b.paragraph("No subject has reached a response timepoint.");
        } else {
            String note = d.confidencePercent() + "% " + d.interval() + " confidence intervals";
            b.table(new Table(
                    "response-rates",
                    "Response rates at each timepoint (intention to treat)",
                    List.of("Timepoint", "n", "ORR", "Superior", "CR", "Not evaluable"),
                    rows,
                    List.of(
                            note + ".",
                            "Assessed on the visit's target day with the latest values on or before it;"
                                    + " subjects not evaluable count as not responding.")));
            b.figure(ResponseRateChart.of("response-rates", "Response rates", rates, note), note);
        }
        if (d.simon() != null) {
            StudyDashboard.SimonStatus s = d.simon();
            b.section("Simon two-stage design");
            b.paragraph("Stage 1: " + s.stage1Responses() + " of " + s.simon().n1() + " responses ("
                    + s.stage1Evaluated() + " evaluated at " + s.visit() + "); rule: stop if at most "
                    + s.simon().r1() + " of " + s.simon().n1() + " respond.");
            if (s.stage2Evaluated() != null) {
                b.paragraph("Stage 2: " + s.stage2Responses() + " of "
                        + s.simon().n() + " responses ("
                        + s.stage2Evaluated() + " evaluated)"
                        + (s.simon().r().isPresent()
                                ? "; promising if more than " + s.simon().r().getAsInt() + " of "
                                        + s.simon().n() + " respond."
                                : "; the final bound is not stated in the protocol."));
            }
        }
        b.section("Adverse events");
        List<Row> ae = new ArrayList<>();
        for (StudyDashboard.SafetyRow r : d.safety()) {
            ae.add(Row.of(
                    r.term(),
                    Integer.toString(r.events()),
                    Integer.toString(r.subjects()),
                    Integer.toString(r.severe()),
                    Integer.toString(r.serious())));
        }
        b.table(new Table(
                "adverse-events",
                "Adverse events by term",
                List.of("Term", "Events", "Subjects", "Grade >= 3", "Serious"),
                ae,
                List.of("Deaths: " + d.deaths() + ".")));
        return b.build();
    }

    String html(Study study, Caller caller, LocalDate today) {
        return ReportWriter.html(of(study, caller, today));
    }

    private static String format(Rate r) {
        return String.format(
                Locale.ROOT,
                "%d/%d (%.1f%%; %.1f-%.1f)",
                r.x(),
                r.n(),
                100 * r.estimate(),
                100 * r.lower(),
                100 * r.upper());
    }

    private static String version() {
        String v = StudyReport.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
