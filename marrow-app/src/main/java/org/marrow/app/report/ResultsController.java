package org.marrow.app.report;

import java.time.Clock;
import java.time.LocalDate;
import org.marrow.analysis.report.ResultsJson;
import org.marrow.app.security.Caller;
import org.marrow.app.study.Studies;
import org.marrow.app.study.Study;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/studies/{id}/results}: every number of the study's analysis as of today, the
 * {@code results.json} that {@code marrow report --as-of} writes for the same data (endpoints, rates,
 * Simon stage status, safety).
 */
@RestController
class ResultsController {
    private final Studies studies;
    private final StudyAnalyses analyses;
    private final Clock clock = Clock.systemDefaultZone();

    ResultsController(Studies studies, StudyAnalyses analyses) {
        this.studies = studies;
        this.analyses = analyses;
    }

    @GetMapping(path = "/api/studies/{id}/results", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN','INVESTIGATOR','COORDINATOR','MONITOR','STATISTICIAN')")
    ResponseEntity<String> results(@PathVariable long id) {
        Study study = studies.study(id);
        LocalDate today = LocalDate.now(clock);
        String json = ResultsJson.of(analyses.report(analyses.of(study, Caller.current(), today), today));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    }
}
