package org.marrow.app.query;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marrow.app.record.RecordKind;
import org.marrow.app.record.SourceRecords;
import org.marrow.app.security.Caller;
import org.marrow.app.security.Users;
import org.marrow.app.study.ListQuery;
import org.marrow.app.study.Site;
import org.marrow.app.study.Studies;
import org.marrow.app.study.Study;
import org.marrow.app.web.BadValueException;
import org.marrow.app.web.ConflictException;
import org.marrow.app.web.StaleEditException;
import org.marrow.app.web.page.FormErrors;
import org.marrow.app.web.page.PageAccess;
import org.marrow.app.web.page.PageController;
import org.marrow.app.web.page.Vocabulary;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The query workflow, the page twin of {@code /api/subjects/{id}/queries}: a study's queries for a monitor
 * (filtered by status, site and age, each naming its record by value, with its times and people), and on a
 * subject's page a monitor raises and closes, an investigator or coordinator answers; a refusal is shown on
 * the page in the user's words.
 */
@PageController
class QueryPages {
    /** Queries per page of the study's list. */
    static final int PAGE_SIZE = 50;

    private final DataQueries queries;
    private final Studies studies;
    private final SourceRecords records;
    private final Vocabulary vocab;
    private final FormErrors formErrors;
    private final MessageSource messages;
    private final Users users;
    private final Clock clock = Clock.systemDefaultZone();

    QueryPages(
            DataQueries queries,
            Studies studies,
            SourceRecords records,
            Vocabulary vocab,
            FormErrors formErrors,
            MessageSource messages,
            Users users) {
        this.users = users;
        this.queries = queries;
        this.studies = studies;
        this.records = records;
        this.vocab = vocab;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    /**
     * A query of the study's list as the page shows it.
     *
     * @param listed the query with its subject
     * @param about the record it is about, named by value, or null for the subject as a whole
     * @param anchor the record's anchor on the subject page, or {@code queries}
     * @param ageDays days since it was raised (to its close, if closed)
     */
    record Row(DataQueries.Listed listed, String about, String anchor, long ageDays) {}

    @GetMapping("/studies/{id}/queries")
    @PreAuthorize(PageAccess.READERS)
    String studyQueries(
            @PathVariable long id,
            @RequestParam(defaultValue = "OPEN") String status,
            @RequestParam(defaultValue = "") String site,
            @RequestParam(defaultValue = "") String age,
            @RequestParam(defaultValue = "1") String page,
            Model model) {
        Study study = studies.study(id);
        String s = List.of("OPEN", "ANSWERED", "CLOSED").contains(status) ? status : null;
        Long siteId =
                site.isBlank() ? null : studies.siteByCode(site).map(Site::id).orElse(-1L);
        Integer older = null;
        try {
            older = age.isBlank() ? null : Math.max(0, Integer.parseInt(age.trim()));
        } catch (NumberFormatException e) {
            older = null;
        }
        int p;
        try {
            p = Integer.parseInt(page.trim());
        } catch (NumberFormatException e) {
            p = 1;
        }
        DataQueries.Page result =
                queries.studyList(id, new DataQueries.Filter(s, siteId, older, p, PAGE_SIZE), Caller.current());
        Map<RecordKind, List<Long>> ids = new EnumMap<>(RecordKind.class);
        for (DataQueries.Listed l : result.queries()) {
            DataQuery q = l.query();
            if (q.recordTable() != null && q.recordId() != null) {
                RecordKind.byTable(q.recordTable()).ifPresent(k -> ids.computeIfAbsent(k, x -> new ArrayList<>())
                        .add(q.recordId()));
            }
        }
        Map<String, Map<String, Object>> rowsByKey = new HashMap<>();
        ids.forEach((k, list) ->
                records.rowsById(k, list).forEach((rid, row) -> rowsByKey.put(k.table() + ":" + rid, row)));
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Row> rows = new ArrayList<>();
        for (DataQueries.Listed l : result.queries()) {
            DataQuery q = l.query();
            String about = null;
            String anchor = "queries";
            if (q.recordTable() != null && q.recordId() != null) {
                RecordKind kind = RecordKind.byTable(q.recordTable()).orElse(null);
                Map<String, Object> row = rowsByKey.get(q.recordTable() + ":" + q.recordId());
                about = kind == null || row == null
                        ? vocab.deletedRecord(kind, q.recordId())
                        : vocab.describe(kind, row);
                anchor = kind == null ? "queries" : "record-" + kind.path() + "-" + q.recordId();
            }
            OffsetDateTime end = q.closedAt() != null ? q.closedAt() : now;
            rows.add(new Row(
                    l,
                    about,
                    anchor,
                    Math.max(0, Duration.between(q.raisedAt(), end).toDays())));
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", status);
        params.put("site", site);
        params.put("age", age);
        model.addAttribute("study", study);
        model.addAttribute("result", result);
        model.addAttribute("rows", rows);
        model.addAttribute("query", new ListQuery("/studies/" + id + "/queries", params));
        model.addAttribute("sites", users.sitesSeenBy(Caller.current(), studies.sites()));
        return "queries";
    }

    @PostMapping("/subjects/{id}/queries")
    @PreAuthorize(PageAccess.MONITORS)
    String raise(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String question,
            @RequestParam(required = false) String record,
            RedirectAttributes redirect,
            Locale locale) {
        String table = null;
        Long recordId = null;
        if (record != null && record.contains(":")) {
            RecordKind k = RecordKind.byPath(record.substring(0, record.indexOf(':')));
            table = k.table();
            try {
                recordId = Long.valueOf(record.substring(record.indexOf(':') + 1));
            } catch (NumberFormatException e) {
                recordId = null;
            }
        }
        try {
            queries.raise(id, table, recordId, null, question, Caller.current());
        } catch (BadValueException e) {
            redirect.addFlashAttribute("queryError", first(e, locale));
        }
        return "redirect:/subjects/" + id + "#queries";
    }

    @PostMapping("/subjects/{id}/queries/{queryId}/answer")
    @PreAuthorize(PageAccess.WRITERS)
    String answer(
            @PathVariable long id,
            @PathVariable long queryId,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String answer,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            queries.answer(id, queryId, version, answer, Caller.current());
        } catch (BadValueException e) {
            redirect.addFlashAttribute("queryError", first(e, locale));
        } catch (StaleEditException | ConflictException e) {
            redirect.addFlashAttribute("queryError", messages.getMessage("queries.changed", null, locale));
        }
        return "redirect:/subjects/" + id + "#queries";
    }

    @PostMapping("/subjects/{id}/queries/{queryId}/close")
    @PreAuthorize(PageAccess.MONITORS)
    String close(
            @PathVariable long id,
            @PathVariable long queryId,
            @RequestParam int version,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            queries.close(id, queryId, version, Caller.current());
        } catch (StaleEditException | ConflictException e) {
            redirect.addFlashAttribute("queryError", messages.getMessage("queries.changed", null, locale));
        }
        return "redirect:/subjects/" + id + "#queries";
    }

    private String first(BadValueException e, Locale locale) {
        FormErrors.Problem p = formErrors.of(e, locale).get(0);
        return p.label() + ": " + p.message();
    }
}
