package org.marrow.app.subject;

import java.util.List;
import org.marrow.app.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/studies/{studyId}/subjects} and {@code /api/subjects/{id}}. */
@RestController
class SubjectController {
    private static final String READERS = "hasAnyRole('ADMIN','INVESTIGATOR','COORDINATOR','MONITOR','STATISTICIAN')";
    private static final String WRITERS = "hasAnyRole('INVESTIGATOR','COORDINATOR')";

    private final Subjects subjects;

    SubjectController(Subjects subjects) {
        this.subjects = subjects;
    }

    @GetMapping("/api/studies/{studyId}/subjects")
    @PreAuthorize(READERS)
    List<SubjectView> list(@PathVariable long studyId) {
        return subjects.list(studyId, Caller.current());
    }

    @PostMapping("/api/studies/{studyId}/subjects")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(WRITERS)
    SubjectView create(@PathVariable long studyId, @RequestBody SubjectInput in) {
        return subjects.create(studyId, in, Caller.current());
    }

    @GetMapping("/api/subjects/{id}")
    @PreAuthorize(READERS)
    SubjectView get(@PathVariable long id) {
        return subjects.get(id, Caller.current());
    }

    @PutMapping("/api/subjects/{id}")
    @PreAuthorize(WRITERS)
    SubjectView update(@PathVariable long id, @RequestBody SubjectInput in) {
        return subjects.update(id, in, Caller.current());
    }
}
