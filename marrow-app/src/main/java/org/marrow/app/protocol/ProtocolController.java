package org.marrow.app.protocol;

import java.time.LocalDate;
import java.util.List;
import org.marrow.app.security.Caller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/protocols}, and a subject through its study's protocol: {@code /api/subjects/{id}/screening},
 * {@code /schedule} and {@code /advice?on=}.
 */
@RestController
class ProtocolController {
    private static final String READERS = "hasAnyRole('ADMIN','INVESTIGATOR','COORDINATOR','MONITOR','STATISTICIAN')";

    private final ProtocolLibrary protocols;
    private final SubjectProtocol subjects;

    ProtocolController(ProtocolLibrary protocols, SubjectProtocol subjects) {
        this.protocols = protocols;
        this.subjects = subjects;
    }

    @GetMapping("/api/protocols")
    @PreAuthorize("isAuthenticated()")
    List<String> protocols() {
        return protocols.known();
    }

    @GetMapping("/api/subjects/{id}/screening")
    @PreAuthorize(READERS)
    ProtocolViews.Screening screening(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return subjects.screening(id, on, Caller.current());
    }

    @GetMapping("/api/subjects/{id}/schedule")
    @PreAuthorize(READERS)
    ProtocolViews.Schedule schedule(@PathVariable long id) {
        return subjects.schedule(id, Caller.current());
    }

    @GetMapping("/api/subjects/{id}/advice")
    @PreAuthorize(READERS)
    ProtocolViews.Advice advice(
            @PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return subjects.advice(id, on, Caller.current());
    }
}
