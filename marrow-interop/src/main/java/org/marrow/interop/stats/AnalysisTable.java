package org.marrow.interop.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marrow.analysis.StudyAnalysis;
import org.marrow.analysis.endpoint.EventTime;
import org.marrow.analysis.endpoint.SeverityGroup;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.analysis.endpoint.SubjectEndpoints;
import org.marrow.analysis.endpoint.TimeToEventEndpoint;
import org.marrow.analysis.endpoint.TimepointResponse;
import org.marrow.analysis.endpoint.TimepointStatus;
import org.marrow.clinical.renal.Sex;
import org.marrow.interop.table.Cell;
import org.marrow.interop.table.Column;
import org.marrow.interop.table.ColumnType;
import org.marrow.interop.table.Labels;
import org.marrow.interop.table.Table;
import org.marrow.protocol.schedule.Visit;

/**
 * The derived endpoints as one table, one row per treated subject (the ITT population), every value taken from
 * the study's one analysis ({@link StudyAnalysis}): baseline severity, per-protocol membership, the response at
 * each protocol timepoint with its status and study day, the best response, the end of follow-up and why, and
 * each time-to-event endpoint as a time and a status ({@link EventTime}: {@code survival::Surv(time, status == 1)},
 * {@code cmprsk::cuminc(time, status)}).
 */
final class AnalysisTable {
    static final String NAME = "analysis";

    private final Labels labels;

    AnalysisTable(Labels labels) {
        this.labels = labels;
    }

    Table of(StudyAnalysis analysis) {
        StudyEndpoints endpoints = analysis.endpoints();
        List<Column> columns = new ArrayList<>(List.of(
                labels.column("subject_id", ColumnType.TEXT),
                labels.column("site", ColumnType.TEXT),
                labels.column("arm", ColumnType.TEXT),
                labels.coded("sex", ColumnType.TEXT, labels.sex()),
                labels.column("age", ColumnType.INTEGER),
                labels.column("first_dose_on", ColumnType.DATE),
                labels.coded("severity", ColumnType.TEXT, labels.severities()),
                labels.coded("per_protocol", ColumnType.TEXT, labels.yesNo())));
        for (Visit v : endpoints.timepoints()) {
            String tp = StudyEndpoints.label(v);
            String suffix = suffix(tp);
            columns.add(Column.coded(
                    "resp_" + suffix,
                    labels.text("interop.label.resp_tp", tp, v.name()),
                    ColumnType.TEXT,
                    labels.responses()));
            columns.add(Column.coded(
                    "status_" + suffix,
                    labels.text("interop.label.status_tp", tp),
                    ColumnType.TEXT,
                    labels.timepointStatuses()));
            columns.add(Column.of("day_" + suffix, labels.text("interop.label.day_tp", tp), ColumnType.INTEGER));
        }
        columns.add(labels.coded("best_response", ColumnType.TEXT, labels.responses()));
        columns.add(labels.column("follow_up_day", ColumnType.INTEGER));
        columns.add(labels.coded("exit", ColumnType.TEXT, labels.exits()));
        columns.add(labels.column("exit_day", ColumnType.INTEGER));
        for (TimeToEventEndpoint e : TimeToEventEndpoint.values()) {
            String base = e.code().substring("time-to-".length()).replace('-', '_');
            columns.add(labels.column(base + "_time", ColumnType.INTEGER));
            columns.add(labels.coded(base + "_status", ColumnType.INTEGER, labels.eventStatuses()));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (SubjectEndpoints s : endpoints.subjects()) {
            List<Cell> row = new ArrayList<>(List.of(
                    Cell.text(s.subjectId()),
                    Cell.text(s.site()),
                    Cell.text(s.arm()),
                    Cell.text(s.sex() == Sex.MALE ? "M" : "F"),
                    Cell.whole(s.age()),
                    Cell.date(s.firstDose()),
                    Cell.text(SeverityGroup.of(s.severity()).name()),
                    Cell.text(s.perProtocol() ? "Y" : "N")));
            for (Visit v : endpoints.timepoints()) {
                TimepointResponse r = s.at(v.name()).orElseThrow();
                row.add(Cell.text(r.category().map(Enum::name)));
                row.add(Cell.text(r.status().name()));
                row.add(r.status() == TimepointStatus.ASSESSED ? Cell.whole(r.studyDay()) : Cell.MISSING);
            }
            row.add(Cell.text(s.bestResponse().map(Enum::name)));
            row.add(Cell.whole(s.followUpDay()));
            row.add(Cell.text(s.exit().map(Enum::name)));
            row.add(s.exitDay().isPresent() ? Cell.whole(s.exitDay().getAsInt()) : Cell.MISSING);
            for (TimeToEventEndpoint e : TimeToEventEndpoint.values()) {
                EventTime t = e.time(s);
                row.add(Cell.whole(t.day()));
                row.add(Cell.whole(t.status().code()));
            }
            rows.add(row);
        }
        return new Table(NAME, labels.text("interop.table.analysis"), columns, rows);
    }

    /** {@code M3} is {@code m3}; a visit name's other characters become underscores. */
    private static String suffix(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }
}
