package org.marrow.app.query;

import org.marrow.app.record.RecordKind;
import org.marrow.app.security.Caller;
import org.marrow.app.web.BadValueException;
import org.marrow.app.web.ConflictException;
import org.marrow.app.web.StaleEditException;
import org.marrow.app.web.page.PageAccess;
import org.marrow.app.web.page.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The query workflow on a subject's page, the page twin of {@code /api/subjects/{id}/queries}: a
 * monitor raises and closes, an investigator or coordinator answers; a refusal is shown on the page.
 */
@PageController
class QueryPages {
    private final DataQueries queries;

    QueryPages(DataQueries queries) {
        this.queries = queries;
    }

    @PostMapping("/subjects/{id}/queries")
    @PreAuthorize(PageAccess.MONITORS)
    String raise(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String question,
            @RequestParam(required = false) String record,
            RedirectAttributes redirect) {
        String table = null;
        Long recordId = null;
        if (record != null && record.contains(":")) {
            RecordKind k = RecordKind.byPath(record.substring(0, record.indexOf(':')));
            table = k.table();
            recordId = Long.valueOf(record.substring(record.indexOf(':') + 1));
        }
        try {
            queries.raise(id, table, recordId, null, question, Caller.current());
        } catch (BadValueException e) {
            redirect.addFlashAttribute("queryError", e.getMessage());
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
            RedirectAttributes redirect) {
        try {
            queries.answer(id, queryId, version, answer, Caller.current());
        } catch (BadValueException | StaleEditException | ConflictException e) {
            redirect.addFlashAttribute("queryError", e.getMessage());
        }
        return "redirect:/subjects/" + id + "#queries";
    }

    @PostMapping("/subjects/{id}/queries/{queryId}/close")
    @PreAuthorize(PageAccess.MONITORS)
    String close(
            @PathVariable long id, @PathVariable long queryId, @RequestParam int version, RedirectAttributes redirect) {
        try {
            queries.close(id, queryId, version, Caller.current());
        } catch (StaleEditException | ConflictException e) {
            redirect.addFlashAttribute("queryError", e.getMessage());
        }
        return "redirect:/subjects/" + id + "#queries";
    }
}
