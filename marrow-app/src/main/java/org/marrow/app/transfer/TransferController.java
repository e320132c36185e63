package org.marrow.app.transfer;

import org.marrow.app.security.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/studies/{id}/dataset}: a zipped data set folder in (admin) and out (scoped). */
@RestController
class TransferController {
    private final DatasetTransfer transfer;
    private final org.marrow.app.export.ExportLog exports;

    TransferController(DatasetTransfer transfer, org.marrow.app.export.ExportLog exports) {
        this.transfer = transfer;
        this.exports = exports;
    }

    @PostMapping(
            path = "/api/studies/{id}/dataset",
            consumes = {"application/zip", "application/octet-stream"})
    @PreAuthorize("hasRole('ADMIN')")
    DatasetTransfer.ImportResult importZip(@PathVariable long id, @RequestBody byte[] zip) {
        return transfer.importZip(id, zip, Caller.current());
    }

    @GetMapping(path = "/api/studies/{id}/dataset", produces = "application/zip")
    @PreAuthorize("hasAnyRole('ADMIN','INVESTIGATOR','COORDINATOR','MONITOR','STATISTICIAN')")
    ResponseEntity<byte[]> exportZip(
            @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestParam(name = "form", defaultValue = "dataset")
                    String form) {
        boolean spreadsheet = form.equals("spreadsheet");
        if (!spreadsheet && !form.equals("dataset")) {
            throw org.marrow.app.web.BadValueException.of(
                    "form", form, "dataset (lossless, for re-import) or spreadsheet (formulas neutralised)");
        }
        byte[] zip = transfer.exportZip(id, Caller.current());
        if (spreadsheet) {
            zip = org.marrow.app.export.SpreadsheetZip.of(zip);
        }
        exports.recorded(
                Caller.current(),
                id,
                spreadsheet
                        ? org.marrow.app.export.ExportLog.What.DATASET_FOR_SPREADSHEET
                        : org.marrow.app.export.ExportLog.What.DATASET,
                zip);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"study-" + id + (spreadsheet ? "-spreadsheet" : "-dataset") + ".zip\"")
                .body(zip);
    }
}
