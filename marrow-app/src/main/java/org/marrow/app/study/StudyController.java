package org.marrow.app.study;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/studies} and {@code /api/sites}. */
@RestController
class StudyController {
    private final Studies studies;

    StudyController(Studies studies) {
        this.studies = studies;
    }

    record NewStudy(String code, String title, String protocolId, String protocolVersion, String criteriaSet) {}

    record NewSite(String code, String name) {}

    @GetMapping("/api/studies")
    @PreAuthorize("isAuthenticated()")
    List<Study> studies() {
        return studies.studies();
    }

    @GetMapping("/api/studies/{id}")
    @PreAuthorize("isAuthenticated()")
    Study study(@PathVariable long id) {
        return studies.study(id);
    }

    @PostMapping("/api/studies")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    Study create(@RequestBody NewStudy s) {
        return studies.create(s.code(), s.title(), s.protocolId(), s.protocolVersion(), s.criteriaSet());
    }

    @GetMapping("/api/sites")
    @PreAuthorize("isAuthenticated()")
    List<Site> sites() {
        return studies.sites();
    }

    @PostMapping("/api/sites")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    Site createSite(@RequestBody NewSite s) {
        return studies.createSite(s.code(), s.name());
    }
}
