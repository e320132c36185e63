package org.marrow.app.subject;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marrow.app.assessment.Assessments;
import org.marrow.app.assessment.SubjectAssessment;
import org.marrow.app.record.RecordKind;
import org.marrow.app.record.SourceRecords;
import org.marrow.app.security.Caller;
import org.marrow.app.security.SiteScope;
import org.marrow.app.study.Study;
import org.marrow.app.study.StudyProtocols;
import org.marrow.app.visit.VisitProgress;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.clinical.severity.Severity;
import org.marrow.protocol.Protocol;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A study's subjects as the list page shows them, a page at a time: searched by code, filtered by site,
 * status and current response, sorted by any column, with each subject's age, last visit, current severity
 * and response (the rules on the latest labs, {@link Assessments#current}), the visit to do next ({@link
 * VisitProgress}) and open queries. The subjects and the per-subject aggregates come from indexed statements
 * over the study; what the rules derive is computed for the page's subjects only, unless the list is filtered
 * or sorted by it.
 */
@Service
public class SubjectList {
    /** The largest page. */
    public static final int MAX_PAGE_SIZE = 200;

    /** The columns a list can be sorted by. */
    public enum Sort {
        /** Subject code. */
        CODE,
        /** Site code, then subject code. */
        SITE,
        /** Status. */
        STATUS,
        /** Age. */
        AGE,
        /** Latest lab date. */
        LAST_VISIT,
        /** Current severity. */
        SEVERITY,
        /** Current response. */
        RESPONSE,
        /** Open queries. */
        QUERIES;

        /**
         * The sort a request names.
         *
         * @param text e.g. {@code last_visit}, or null
         * @return the sort, code when unknown
         */
        public static Sort of(String text) {
            if (text == null) {
                return CODE;
            }
            try {
                return valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return CODE;
            }
        }

        /**
         * The name a request gives.
         *
         * @return e.g. {@code last_visit}
         */
        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What the list shows.
     *
     * @param search part of a subject code, or empty
     * @param siteId the site, or null for all
     * @param status the status, or null for all
     * @param response a response category ({@code CR}, ..., {@code NR}), {@code none} for no response yet, or
     *     null for all
     * @param sort the column sorted by
     * @param descending whether descending
     * @param page the page, from 1
     * @param size subjects per page, 1 to {@link #MAX_PAGE_SIZE}
     */
    public record Filter(
            String search,
            Long siteId,
            SubjectStatus status,
            String response,
            Sort sort,
            boolean descending,
            int page,
            int size) {
        /** Normalises the filter: blank search empty, page at least 1, size within bounds. */
        public Filter {
            search = search == null ? "" : search.strip();
            response = response == null || response.isBlank() ? null : response;
            sort = sort == null ? Sort.CODE : sort;
            page = Math.max(1, page);
            size = Math.min(MAX_PAGE_SIZE, Math.max(1, size));
        }
    }

    /**
     * A subject in the list.
     *
     * @param subject the subject
     * @param status its status
     * @param age its age in whole years today
     * @param lastVisit its latest lab date, if any
     * @param current its assessment on that date, null without labs
     * @param next the visit to do next, if any
     * @param unscheduled why it has no visit schedule, a page message key, or null
     * @param openQueries its open queries
     */
    public record Row(
            SubjectView subject,
            SubjectStatus status,
            int age,
            LocalDate lastVisit,
            SubjectAssessment.Visit current,
            Optional<VisitProgress.Cell> next,
            String unscheduled,
            int openQueries) {}

    /**
     * A page of the list.
     *
     * @param rows the page's subjects
     * @param total subjects matching the filter
     * @param page the page, from 1
     * @param pages how many pages there are (at least 1)
     */
    public record Page(List<Row> rows, int total, int page, int pages) {}

    private final JdbcClient jdbc;
    private final SourceRecords records;
    private final Assessments assessments;
    private final StudyProtocols protocols;

    SubjectList(JdbcClient jdbc, SourceRecords records, Assessments assessments, StudyProtocols protocols) {
        this.jdbc = jdbc;
        this.records = records;
        this.assessments = assessments;
        this.protocols = protocols;
    }

    /** What is known of every matching subject before the page is cut. */
    private record Candidate(SubjectView subject, SubjectStatus status, int age, LocalDate lastVisit, int queries) {}

    /**
     * A page of a study's subjects the caller sees.
     *
     * @param study the study
     * @param filter what to show
     * @param caller the caller
     * @param today the day ages and visit states are computed for
     * @return the page
     */
    @Transactional(readOnly = true)
    public Page page(Study study, Filter filter, Caller caller, LocalDate today) {
        Selection selection = select(study, filter, caller, today);
        Map<Long, SubjectAssessment.Visit> current = selection.current();
        List<SubjectView> shownViews =
                selection.shown().stream().map(Candidate::subject).toList();
        if (!selection.derivedForAll()) {
            current.putAll(assessments.current(study, shownViews));
        }
        Map<Long, VisitProgress.Row> visits = visits(study, shownViews, today);
        List<Row> rows = new ArrayList<>();
        for (Candidate c : selection.shown()) {
            VisitProgress.Row v = visits.get(c.subject().id());
            rows.add(new Row(
                    c.subject(),
                    c.status(),
                    c.age(),
                    c.lastVisit(),
                    current.get(c.subject().id()),
                    v.next(),
                    v.unscheduled(),
                    c.queries()));
        }
        return new Page(rows, selection.total(), selection.page(), selection.pages());
    }

    /**
     * A subject's row of the status grid.
     *
     * @param subject the subject
     * @param status its status
     * @param visits its visits
     * @param openQueries its open queries
     */
    public record GridRow(SubjectView subject, SubjectStatus status, VisitProgress.Row visits, int openQueries) {}

    /**
     * A page of the status grid.
     *
     * @param visits the protocol's visits (the columns), by name; empty without a known protocol
     * @param rows the page's subjects
     * @param total subjects matching the filter
     * @param page the page, from 1
     * @param pages how many pages there are
     */
    public record GridPage(List<String> visits, List<GridRow> rows, int total, int page, int pages) {}

    /**
     * A page of the status grid: subjects by protocol visits, each cell the visit's state ({@link VisitProgress}).
     *
     * @param study the study
     * @param filter which subjects (as the list filters them)
     * @param caller the caller
     * @param today the day the states are for
     * @return the page
     */
    @Transactional(readOnly = true)
    public GridPage grid(Study study, Filter filter, Caller caller, LocalDate today) {
        Selection selection = select(study, filter, caller, today);
        List<SubjectView> shownViews =
                selection.shown().stream().map(Candidate::subject).toList();
        Map<Long, VisitProgress.Row> visits = visits(study, shownViews, today);
        List<GridRow> rows = new ArrayList<>();
        for (Candidate c : selection.shown()) {
            rows.add(new GridRow(c.subject(), c.status(), visits.get(c.subject().id()), c.queries()));
        }
        List<String> names = protocols
                .of(study)
                .map(p -> p.visits().stream()
                        .map(org.marrow.protocol.schedule.Visit::name)
                        .toList())
                .orElse(List.of());
        return new GridPage(names, rows, selection.total(), selection.page(), selection.pages());
    }

    /** The matching subjects, sorted, and the page of them shown. */
    private record Selection(
            List<Candidate> shown,
            int total,
            int page,
            int pages,
            Map<Long, SubjectAssessment.Visit> current,
            boolean derivedForAll) {}

    private Selection select(Study study, Filter filter, Caller caller, LocalDate today) {
        StringBuilder sql =
                new StringBuilder("SELECT s.*, st.code AS site_code FROM subject s JOIN site st ON st.id = s.site_id"
                        + " WHERE s.study_id = :study AND " + SiteScope.on("s.site_id"));
        Map<String, Object> params = new HashMap<>();
        params.put("study", study.id());
        if (!filter.search().isEmpty()) {
            sql.append(" AND s.subject_code ILIKE :search ESCAPE '\\'");
            params.put(
                    "search",
                    "%"
                            + filter.search()
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_") + "%");
        }
        if (filter.siteId() != null) {
            sql.append(" AND s.site_id = :site");
            params.put("site", filter.siteId());
        }
        List<SubjectView> views = SiteScope.bind(jdbc.sql(sql.toString()), caller)
                .params(params)
                .query(SubjectView.class)
                .list();
        Map<Long, LocalDate> last = new HashMap<>();
        jdbc.sql("SELECT l.subject_id, max(l.date) AS last FROM lab l JOIN subject s ON s.id = l.subject_id"
                        + " WHERE s.study_id = ? AND l.voided_at IS NULL GROUP BY l.subject_id")
                .param(study.id())
                .query(rs -> {
                    last.put(rs.getLong("subject_id"), rs.getDate("last").toLocalDate());
                });
        Map<Long, Integer> queries = new HashMap<>();
        jdbc.sql("SELECT q.subject_id, count(*) AS n FROM data_query q JOIN subject s ON s.id = q.subject_id"
                        + " WHERE s.study_id = ? AND q.status = 'OPEN' GROUP BY q.subject_id")
                .param(study.id())
                .query(rs -> {
                    queries.put(rs.getLong("subject_id"), rs.getInt("n"));
                });
        List<Candidate> candidates = new ArrayList<>();
        for (SubjectView v : views) {
            SubjectStatus status = SubjectStatus.of(v);
            if (filter.status() != null && status != filter.status()) {
                continue;
            }
            candidates.add(new Candidate(
                    v,
                    status,
                    Period.between(v.birthDate(), today).getYears(),
                    last.get(v.id()),
                    queries.getOrDefault(v.id(), 0)));
        }
        boolean derivedForAll =
                filter.response() != null || filter.sort() == Sort.RESPONSE || filter.sort() == Sort.SEVERITY;
        Map<Long, SubjectAssessment.Visit> current = derivedForAll
                ? new HashMap<>(assessments.current(
                        study, candidates.stream().map(Candidate::subject).toList()))
                : new HashMap<>();
        if (filter.response() != null) {
            candidates.removeIf(c -> !matches(current.get(c.subject().id()), filter.response()));
        }
        candidates.sort(order(filter, current));
        int total = candidates.size();
        int pages = Math.max(1, (total + filter.size() - 1) / filter.size());
        int page = Math.min(filter.page(), pages);
        List<Candidate> shown = List.copyOf(
                candidates.subList(Math.min(total, (page - 1) * filter.size()), Math.min(total, page * filter.size())));
        return new Selection(shown, total, page, pages, current, derivedForAll);
    }

    /** The visits of some subjects of a study on a day. */
    private Map<Long, VisitProgress.Row> visits(Study study, List<SubjectView> subjects, LocalDate today) {
        Optional<Protocol> protocol = protocols.of(study);
        Map<Long, List<Object>> labs = records.datasetRecords(subjects, RecordKind.LABS);
        Map<Long, List<Object>> events = records.datasetRecords(subjects, RecordKind.EVENTS);
        Map<Long, List<LocalDate>> queried = queriedDates(subjects);
        Map<Long, VisitProgress.Row> rows = new HashMap<>();
        for (SubjectView s : subjects) {
            rows.put(
                    s.id(),
                    protocol.map(p -> VisitProgress.of(
                                    p,
                                    s.subject(),
                                    s.withdrawnOn(),
                                    typed(labs.getOrDefault(s.id(), List.of())),
                                    typed(events.getOrDefault(s.id(), List.of())),
                                    queried.getOrDefault(s.id(), List.of()),
                                    today))
                            .orElse(new VisitProgress.Row(List.of(), "grid.noProtocol")));
        }
        return rows;
    }

    /**
     * The dates of the records of some subjects that have an open query: a lab, transfusion, dose or event by
     * its date, an adverse event by its start date.
     *
     * @param subjects the subjects
     * @return the dates, by subject id
     */
    @Transactional(readOnly = true)
    public Map<Long, List<LocalDate>> queriedDates(Collection<SubjectView> subjects) {
        Map<Long, List<LocalDate>> dates = new HashMap<>();
        if (subjects.isEmpty()) {
            return dates;
        }
        Long[] ids = subjects.stream().map(SubjectView::id).toArray(Long[]::new);
        StringBuilder sql = new StringBuilder();
        for (RecordKind k : RecordKind.values()) {
            String date =
                    switch (k) {
                        case ADVERSE_EVENTS -> "r.start_date";
                        default -> "r.date";
                    };
            if (k == RecordKind.HISTORY) {
                continue;
            }
            sql.append(sql.length() == 0 ? "" : " UNION ALL ")
                    .append("SELECT q.subject_id, ")
                    .append(date)
                    .append(" AS d FROM data_query q JOIN ")
                    .append(k.table())
                    .append(" r ON r.id = q.record_id WHERE q.record_table = '")
                    .append(k.table())
                    .append("' AND q.status = 'OPEN' AND q.subject_id = ANY(:ids)");
        }
        jdbc.sql(sql.toString()).param("ids", ids).query(rs -> {
            dates.computeIfAbsent(rs.getLong("subject_id"), k -> new ArrayList<>())
                    .add(rs.getDate("d").toLocalDate());
        });
        return dates;
    }

    private static boolean matches(SubjectAssessment.Visit v, String response) {
        String category = v == null ? null : v.response();
        return response.equals("none") ? category == null : response.equals(category);
    }

    private static Comparator<Candidate> order(Filter filter, Map<Long, SubjectAssessment.Visit> current) {
        Comparator<Candidate> byCode = Comparator.comparing(c -> c.subject().subjectCode());
        Comparator<Candidate> primary =
                switch (filter.sort()) {
                    case CODE -> byCode;
                    case SITE -> Comparator.comparing(c -> c.subject().siteCode());
                    case STATUS -> Comparator.comparing(Candidate::status);
                    case AGE -> Comparator.comparingInt(Candidate::age);
                    case LAST_VISIT ->
                        Comparator.comparing(Candidate::lastVisit, Comparator.nullsFirst(Comparator.naturalOrder()));
                    case QUERIES -> Comparator.comparingInt(Candidate::queries);
                    case RESPONSE ->
                        Comparator.comparing(
                                c -> responseRank(current.get(c.subject().id())),
                                Comparator.nullsFirst(Comparator.naturalOrder()));
                    case SEVERITY ->
                        Comparator.comparing(
                                c -> severityRank(current.get(c.subject().id())),
                                Comparator.nullsFirst(Comparator.naturalOrder()));
                };
        if (filter.descending()) {
            primary = primary.reversed();
        }
        return primary.thenComparing(byCode);
    }

    /** The order of responses: no response first, complete response last. */
    private static Integer responseRank(SubjectAssessment.Visit v) {
        if (v == null || v.response() == null) {
            return null;
        }
        return -ResponseCategory.valueOf(v.response()).ordinal();
    }

    /** The order of severities: the most severe first (VSAA, SAA, then the NSAA labels). */
    private static Integer severityRank(SubjectAssessment.Visit v) {
        if (v == null || v.severity() == null) {
            return null;
        }
        return v.severity().equals(Severity.VERY_SEVERE.abbreviation())
                ? 0
                : v.severity().equals(Severity.SEVERE.abbreviation()) ? 1 : 2;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> typed(List<Object> list) {
        return (List<T>) (List<?>) list;
    }
}
