package org.marrow.app.record;

import java.util.List;
import java.util.Map;
import org.marrow.app.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/subjects/{subjectId}/{kind}}: a subject's labs, transfusions, doses, adverse-events,
 * events and history, with the columns of the data set format as JSON fields.
 */
@RestController
class RecordController {
    private static final String READERS = "hasAnyRole('ADMIN','INVESTIGATOR','COORDINATOR','MONITOR','STATISTICIAN')";
    private static final String WRITERS = "hasAnyRole('INVESTIGATOR','COORDINATOR')";

    private final SourceRecords records;

    RecordController(SourceRecords records) {
        this.records = records;
    }

    @GetMapping("/api/subjects/{subjectId}/{kind}")
    @PreAuthorize(READERS)
    List<Map<String, Object>> list(@PathVariable long subjectId, @PathVariable String kind) {
        return records.list(subjectId, RecordKind.byPath(kind), Caller.current());
    }

    @GetMapping("/api/subjects/{subjectId}/{kind}/{id}")
    @PreAuthorize(READERS)
    Map<String, Object> get(@PathVariable long subjectId, @PathVariable String kind, @PathVariable long id) {
        return records.get(subjectId, RecordKind.byPath(kind), id, Caller.current());
    }

    @PostMapping("/api/subjects/{subjectId}/{kind}")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(WRITERS)
    Map<String, Object> create(@PathVariable long subjectId, @PathVariable String kind, @RequestBody JsonNode body) {
        return records.create(subjectId, RecordKind.byPath(kind), body, Caller.current());
    }

    @PutMapping("/api/subjects/{subjectId}/{kind}/{id}")
    @PreAuthorize(WRITERS)
    Map<String, Object> update(
            @PathVariable long subjectId,
            @PathVariable String kind,
            @PathVariable long id,
            @RequestBody JsonNode body) {
        return records.update(subjectId, RecordKind.byPath(kind), id, body, Caller.current());
    }

    /**
     * A void or a restore: the version it is based on and why.
     *
     * @param version the version of the record (from GET)
     * @param reason why
     */
    record VoidRequest(Integer version, String reason) {}

    private static int version(Integer version) {
        if (version == null) {
            throw org.marrow.app.web.BadValueException.of("version", null, "the version of the record (from GET)");
        }
        return version;
    }

    @PostMapping("/api/subjects/{subjectId}/{kind}/{id}/void")
    @PreAuthorize(WRITERS)
    Map<String, Object> voidRecord(
            @PathVariable long subjectId,
            @PathVariable String kind,
            @PathVariable long id,
            @RequestBody VoidRequest request) {
        return records.voidRecord(
                subjectId, RecordKind.byPath(kind), id, version(request.version()), request.reason(), Caller.current());
    }

    @PostMapping("/api/subjects/{subjectId}/{kind}/{id}/restore")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Object> restore(
            @PathVariable long subjectId,
            @PathVariable String kind,
            @PathVariable long id,
            @RequestBody VoidRequest request) {
        return records.restore(
                subjectId, RecordKind.byPath(kind), id, version(request.version()), request.reason(), Caller.current());
    }

    @DeleteMapping("/api/subjects/{subjectId}/{kind}/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(WRITERS)
    void delete(
            @PathVariable long subjectId,
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) String reason) {
        records.delete(subjectId, RecordKind.byPath(kind), id, version, reason, Caller.current());
    }
}
