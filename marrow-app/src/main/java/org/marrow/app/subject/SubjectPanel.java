package org.marrow.app.subject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marrow.analysis.figure.ThresholdLine;
import org.marrow.app.assessment.Assessments;
import org.marrow.app.assessment.SubjectAssessment;
import org.marrow.app.query.DataQueries;
import org.marrow.app.query.DataQuery;
import org.marrow.app.record.RecordKind;
import org.marrow.app.record.SourceRecords;
import org.marrow.app.security.Caller;
import org.marrow.app.study.Studies;
import org.marrow.app.study.Study;
import org.marrow.app.study.StudyProtocols;
import org.marrow.app.visit.VisitProgress;
import org.marrow.app.web.page.PageText;
import org.marrow.app.web.page.Vocabulary;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.dose.DoseAdvice;
import org.marrow.protocol.dose.DoseAdvisor;
import org.marrow.protocol.model.Arm;
import org.marrow.protocol.schedule.ScheduledDose;
import org.marrow.protocol.schedule.SubjectSchedule;
import org.marrow.protocol.schedule.TreatmentSchedule;
import org.marrow.protocol.screening.Screening;
import org.marrow.protocol.screening.ScreeningResult;
import org.marrow.study.LabRecord;
import org.marrow.study.SubjectRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the subject page shows, gathered from the services and the subject's protocol: source
 * records (voided ones marked, each with its open queries), derived assessment, eligibility, treatment
 * calendar with each visit's state, dose advice, queries (each naming its record by value), and the
 * thresholds of the study's response and severity rules for the timeline. A protocol rule that cannot be
 * applied (no arm yet, no first dose) gives the page's reason instead of a result.
 */
@Service
class SubjectPanel {
    /** Calendar days shown around the advice date. */
    static final int CALENDAR_DAYS = 14;

    private final Subjects subjects;
    private final Studies studies;
    private final SourceRecords records;
    private final Assessments assessments;
    private final DataQueries queries;
    private final StudyProtocols protocols;
    private final SubjectList list;
    private final Vocabulary vocab;

    SubjectPanel(
            Subjects subjects,
            Studies studies,
            SourceRecords records,
            Assessments assessments,
            DataQueries queries,
            StudyProtocols protocols,
            SubjectList list,
            Vocabulary vocab) {
        this.subjects = subjects;
        this.studies = studies;
        this.records = records;
        this.assessments = assessments;
        this.queries = queries;
        this.protocols = protocols;
        this.list = list;
        this.vocab = vocab;
    }

    /**
     * A query as the subject page lists it.
     *
     * @param query the query
     * @param about the record it is about, named by its values, or null for the subject as a whole
     * @param kind the kind of the record, or null
     */
    record QueryRow(DataQuery query, String about, RecordKind kind) {}

    record Panel(
            SubjectView subject,
            Study study,
            Protocol protocol,
            SubjectRecords records,
            Map<RecordKind, List<RecordRow>> rows,
            SubjectAssessment assessment,
            List<QueryRow> queries,
            ScreeningResult screening,
            PageText screeningProblem,
            SubjectSchedule schedule,
            VisitProgress.Row visits,
            List<ScheduledDose> upcoming,
            PageText scheduleProblem,
            LocalDate adviceOn,
            List<DoseAdvice> advice,
            PageText adviceProblem,
            List<ThresholdLine> thresholds) {

        /**
         * The state of a scheduled visit.
         *
         * @param name the visit's name
         * @return its cell, if the subject has a schedule
         */
        public Optional<VisitProgress.Cell> visit(String name) {
            return visits.cells().stream()
                    .filter(c -> c.visit().name().equals(name))
                    .findFirst();
        }

        /**
         * Open queries of the subject.
         *
         * @return how many
         */
        public long openQueries() {
            return queries.stream()
                    .filter(q -> q.query().status().equals("OPEN"))
                    .count();
        }
    }

    /**
     * The column headers of each kind's table, as page message keys.
     *
     * @param kind the kind
     * @return the keys, in cell order
     */
    static List<String> headers(RecordKind kind) {
        return switch (kind) {
            case LABS -> List.of("field.date", "field.test", "field.value", "field.lln", "field.uln");
            case TRANSFUSIONS -> List.of("field.date", "field.product", "field.units");
            case DOSES -> List.of("field.date", "field.drug", "field.dose");
            case ADVERSE_EVENTS ->
                List.of(
                        "field.term",
                        "field.grade",
                        "field.start_date",
                        "field.end_date",
                        "field.serious",
                        "field.related_to");
            case EVENTS -> List.of("field.date", "field.type", "field.note");
            case HISTORY -> List.of("field.item", "field.value", "field.date", "field.note");
            case MUTATIONS -> List.of("field.date", "field.gene", "field.variant", "field.vaf_percent");
        };
    }

    @Transactional(readOnly = true)
    Panel of(long subjectId, Caller caller, LocalDate requestedAdviceDate, LocalDate today) {
        SubjectView s = subjects.get(subjectId, caller);
        Study study = studies.study(s.studyId());
        Protocol protocol = protocols.of(study).orElse(null);
        SubjectRecords r = assessments.recordsOf(subjectId, caller);
        List<DataQuery> subjectQueries = queries.list(subjectId, caller);
        Map<RecordKind, List<RecordRow>> rows = new EnumMap<>(RecordKind.class);
        Map<String, String> descriptions = new java.util.HashMap<>();
        for (RecordKind kind : RecordKind.values()) {
            List<RecordRow> kindRows = new ArrayList<>();
            for (Map<String, Object> row : records.list(subjectId, kind, caller)) {
                long id = ((Number) row.get("id")).longValue();
                int open = (int) subjectQueries.stream()
                        .filter(q -> q.status().equals("OPEN")
                                && kind.table().equals(q.recordTable())
                                && q.recordId() != null
                                && q.recordId() == id)
                        .count();
                RecordRow shown = new RecordRow(
                        kind,
                        id,
                        (Integer) row.get("version"),
                        cells(kind, row),
                        vocab.describe(kind, row),
                        row.get("voided_at") != null,
                        (String) row.get("void_reason"),
                        (String) row.get("voided_by"),
                        open);
                kindRows.add(shown);
                descriptions.put(kind.table() + ":" + id, shown.description());
            }
            rows.put(kind, kindRows);
        }
        List<QueryRow> queryRows = new ArrayList<>();
        for (DataQuery q : subjectQueries) {
            if (q.recordTable() == null || q.recordId() == null) {
                queryRows.add(new QueryRow(q, null, null));
            } else {
                RecordKind kind = RecordKind.byTable(q.recordTable()).orElse(null);
                String about = descriptions.get(q.recordTable() + ":" + q.recordId());
                queryRows.add(new QueryRow(q, about == null ? vocab.deletedRecord(kind, q.recordId()) : about, kind));
            }
        }
        SubjectAssessment assessment = assessments.assess(subjectId, caller);
        ScreeningResult screening = null;
        PageText screeningProblem = null;
        SubjectSchedule schedule = null;
        VisitProgress.Row visits = new VisitProgress.Row(List.of(), null);
        PageText scheduleProblem = null;
        List<ScheduledDose> upcoming = List.of();
        List<DoseAdvice> advice = List.of();
        PageText adviceProblem = null;
        LocalDate adviceOn = requestedAdviceDate != null ? requestedAdviceDate : defaultAdviceDate(s, r, today);
        if (protocol != null) {
            LocalDate screenOn =
                    s.screenedOn() != null ? s.screenedOn() : s.enrolledOn() != null ? s.enrolledOn() : today;
            if (screenOn.isBefore(s.birthDate())) {
                screeningProblem = new PageText("eligibility.beforeBirth", screenOn, s.birthDate());
            } else {
                screening = Screening.of(protocol).screen(r, screenOn);
            }
            scheduleProblem = scheduleProblem(protocol, s);
            if (scheduleProblem == null) {
                schedule = TreatmentSchedule.of(protocol).forSubject(r.subject());
                LocalDate from = adviceOn;
                upcoming = new ArrayList<>(schedule.doses().stream()
                        .filter(d -> !d.date().isBefore(from) && d.date().isBefore(from.plusDays(CALENDAR_DAYS)))
                        .toList());
                visits = VisitProgress.of(
                        protocol,
                        r.subject(),
                        s.withdrawnOn(),
                        r.labs(),
                        r.events(),
                        list.queriedDates(List.of(s)).getOrDefault(s.id(), List.of()),
                        today);
                if (adviceOn.isBefore(s.firstDoseOn())) {
                    adviceProblem = new PageText("advice.beforeFirstDose", s.firstDoseOn());
                } else {
                    advice = DoseAdvisor.of(protocol).advise(r, adviceOn);
                }
            } else {
                adviceProblem = scheduleProblem;
            }
        }
        return new Panel(
                s,
                study,
                protocol,
                r,
                rows,
                assessment,
                queryRows,
                screening,
                screeningProblem,
                schedule,
                visits,
                upcoming,
                scheduleProblem,
                adviceOn,
                advice,
                adviceProblem,
                ThresholdLine.of(assessments.rules().response(study)));
    }

    /** Why the protocol's calendar cannot be laid out for a subject, or null when it can. */
    private static PageText scheduleProblem(Protocol protocol, SubjectView s) {
        if (s.arm() == null) {
            return new PageText("calendar.noArm");
        }
        boolean known = protocol.arms().stream().map(Arm::id).anyMatch(s.arm()::equals);
        long treated = protocol.arms().stream()
                .filter(a -> a.type() != org.marrow.protocol.model.ArmType.HISTORICAL_CONTROL)
                .count();
        if (!known && treated != 1) {
            return new PageText("calendar.otherArm", s.arm());
        }
        if (s.firstDoseOn() == null) {
            return new PageText("calendar.noFirstDose");
        }
        return null;
    }

    /** A record's cells in the page's language. */
    private List<RecordRow.Cell> cells(RecordKind kind, Map<String, Object> row) {
        List<RecordRow.Cell> cells = new ArrayList<>();
        switch (kind) {
            case LABS -> {
                String unit = vocab.unit(text(row.get("unit")));
                cells.add(cell(row.get("date")));
                cells.add(cell(vocab.test(text(row.get("test")))));
                cells.add(cell(number(row.get("value")) + " " + unit));
                cells.add(cell(row.get("lln") == null ? "" : number(row.get("lln")) + " " + unit));
                cells.add(cell(row.get("uln") == null ? "" : number(row.get("uln")) + " " + unit));
            }
            case TRANSFUSIONS -> {
                cells.add(cell(row.get("date")));
                cells.add(cell(vocab.product(text(row.get("product")))));
                cells.add(cell(text(row.get("units"))));
            }
            case DOSES -> {
                cells.add(cell(row.get("date")));
                cells.add(cell(vocab.drug(text(row.get("drug")))));
                cells.add(cell(number(row.get("dose")) + " " + vocab.unit(text(row.get("unit")))));
            }
            case ADVERSE_EVENTS -> {
                String term = text(row.get("term"));
                cells.add(new RecordRow.Cell(vocab.term(term), vocab.termLang(term)));
                cells.add(cell(row.get("grade")));
                cells.add(cell(row.get("start_date")));
                cells.add(cell(row.get("end_date")));
                cells.add(cell(vocab.yesNo(Boolean.TRUE.equals(row.get("serious")))));
                cells.add(cell(vocab.drugs(text(row.get("related_to")))));
            }
            case EVENTS -> {
                cells.add(cell(row.get("date")));
                cells.add(cell(vocab.event(text(row.get("type")))));
                cells.add(cell(row.get("note")));
            }
            case HISTORY -> {
                cells.add(cell(row.get("item")));
                cells.add(cell(row.get("value")));
                cells.add(cell(row.get("date")));
                cells.add(cell(row.get("note")));
            }
            case MUTATIONS -> {
                cells.add(cell(row.get("date")));
                cells.add(cell(row.get("gene")));
                cells.add(cell(row.get("variant")));
                cells.add(cell(row.get("vaf_percent") == null ? "" : number(row.get("vaf_percent")) + " %"));
            }
        }
        return cells;
    }

    private static RecordRow.Cell cell(Object value) {
        return new RecordRow.Cell(text(value), null);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String number(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : text(value);
    }

    /**
     * The day the advice is for unless the user picks one: today while the subject is on study; for a
     * subject whose records end in the past (a closed study, the demonstration data) the day after the
     * last lab.
     */
    private static LocalDate defaultAdviceDate(SubjectView s, SubjectRecords r, LocalDate today) {
        LocalDate last =
                r.labs().stream().map(LabRecord::date).max(LocalDate::compareTo).orElse(today);
        LocalDate on = last.plusDays(1).isBefore(today) ? last.plusDays(1) : today;
        if (s.firstDoseOn() != null && on.isBefore(s.firstDoseOn())) {
            return s.firstDoseOn();
        }
        return on;
    }
}
