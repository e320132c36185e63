package org.marrow.app.subject;

import java.util.List;
import org.marrow.app.record.RecordKind;

/**
 * A source record as the subject page lists it: its cells in the page's language, whether it is voided and
 * why, and its open queries.
 *
 * @param kind the kind
 * @param id the record's id
 * @param version its version (for a void or restore based on it)
 * @param cells the cells, in the order of {@link SubjectPanel#headers}
 * @param description the record named by its values, e.g. {@code Hb 95 g/L on 2024-03-01}
 * @param voided whether it is voided
 * @param voidReason why it was voided, or null
 * @param voidedBy who voided it, or null
 * @param openQueries its open queries
 */
public record RecordRow(
        RecordKind kind,
        long id,
        int version,
        List<Cell> cells,
        String description,
        boolean voided,
        String voidReason,
        String voidedBy,
        int openQueries) {

    /**
     * A cell.
     *
     * @param text the text
     * @param lang the language of the text when it is not the page's (a CTCAE term without a translation), or
     *     null
     */
    public record Cell(String text, String lang) {}
}
