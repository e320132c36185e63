package org.marrow.app.query;

import java.util.List;
import org.marrow.app.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/subjects/{id}/queries}: raise (monitor), answer (site), close (monitor). */
@RestController
class QueryController {
    private final DataQueries queries;

    QueryController(DataQueries queries) {
        this.queries = queries;
    }

    record NewQuery(String recordTable, Long recordId, String field, String question) {}

    /**
     * The site's answer.
     *
     * @param version the version of the query the answer is based on
     * @param answer the answer
     */
    record Answer(Integer version, String answer) {}

    /**
     * The monitor's close.
     *
     * @param version the version of the query the close is based on
     */
    record Close(Integer version) {}

    private static int version(Integer version) {
        if (version == null) {
            throw org.marrow.app.web.BadValueException.of("version", null, "the version of the query (from GET)");
        }
        return version;
    }

    @GetMapping("/api/subjects/{id}/queries")
    @PreAuthorize("hasAnyRole('ADMIN','INVESTIGATOR','COORDINATOR','MONITOR','STATISTICIAN')")
    List<DataQuery> list(@PathVariable long id) {
        return queries.list(id, Caller.current());
    }

    @PostMapping("/api/subjects/{id}/queries")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('MONITOR')")
    DataQuery raise(@PathVariable long id, @RequestBody NewQuery q) {
        return queries.raise(id, q.recordTable(), q.recordId(), q.field(), q.question(), Caller.current());
    }

    @PostMapping("/api/subjects/{id}/queries/{queryId}/answer")
    @PreAuthorize("hasAnyRole('INVESTIGATOR','COORDINATOR')")
    DataQuery answer(@PathVariable long id, @PathVariable long queryId, @RequestBody Answer a) {
        return queries.answer(id, queryId, version(a.version()), a.answer(), Caller.current());
    }

    @PostMapping("/api/subjects/{id}/queries/{queryId}/close")
    @PreAuthorize("hasRole('MONITOR')")
    DataQuery close(@PathVariable long id, @PathVariable long queryId, @RequestBody Close c) {
        return queries.close(id, queryId, version(c.version()), Caller.current());
    }
}
