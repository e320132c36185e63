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

    record Answer(int version, String answer) {}

    record Close(int version) {}

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
        return queries.answer(id, queryId, a.version(), a.answer(), Caller.current());
    }

    @PostMapping("/api/subjects/{id}/queries/{queryId}/close")
    @PreAuthorize("hasRole('MONITOR')")
    DataQuery close(@PathVariable long id, @PathVariable long queryId, @RequestBody Close c) {
        return queries.close(id, queryId, c.version(), Caller.current());
    }
}
