package org.marrow.app.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.marrow.app.security.Caller;
import org.marrow.app.study.Studies;
import org.marrow.app.web.BadValueException;
import org.marrow.interop.ExportFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/studies/{id}/export/{format}}: the study in R, SAS, SPSS, Stata, ODM, SDTM or FHIR as a zip file,
 * recorded in the export log; the report page links its twin, {@code /studies/{id}/export/{format}}.
 */
@RestController
class ExportController {
    private final Studies studies;
    private final StudyExports exports;
    private final Clock clock = Clock.systemDefaultZone();

    ExportController(Studies studies, StudyExports exports) {
        this.studies = studies;
        this.exports = exports;
    }

    @GetMapping(path = "/api/studies/{id}/export/{format}", produces = "application/zip")
    @PreAuthorize("hasAnyRole('ADMIN','INVESTIGATOR','COORDINATOR','MONITOR','STATISTICIAN')")
    ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable String format, Locale locale) {
        return download(
                exports.export(studies.study(id), format(format), Caller.current(), LocalDate.now(clock), locale));
    }

    /**
     * The standard named in a request.
     *
     * @throws BadValueException if it names none
     */
    static ExportFormat format(String code) {
        try {
            return ExportFormat.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw BadValueException.of("format", code, ExportFormat.codes());
        }
    }

    static ResponseEntity<byte[]> download(StudyExports.Download d) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(d.fileName())
                                .build()
                                .toString())
                .body(d.bytes());
    }
}
