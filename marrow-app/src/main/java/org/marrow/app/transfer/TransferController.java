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

    TransferController(DatasetTransfer transfer) {
        this.transfer = transfer;
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
    ResponseEntity<byte[]> exportZip(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"study-" + id + "-dataset.zip\"")
                .body(transfer.exportZip(id, Caller.current()));
    }
}
