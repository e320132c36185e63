package org.marrow.app.assessment;

import org.marrow.app.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/subjects/{id}/assessment}: derived severity, transfusion dependence, response, grades. */
@RestController
class AssessmentController {
    private final Assessments assessments;

    AssessmentController(Assessments assessments) {
        this.assessments = assessments;
    }

    @GetMapping("/api/subjects/{id}/assessment")
    @PreAuthorize("hasAnyRole('ADMIN','INVESTIGATOR','COORDINATOR','MONITOR','STATISTICIAN')")
    SubjectAssessment assessment(@PathVariable long id) {
        return assessments.assess(id, Caller.current());
    }
}
