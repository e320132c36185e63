package org.marrow.clinical.karyotype;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * An abnormality of a karyotype with the cells that show it, and whether that makes a clone.
 *
 * @param abnormality the abnormality
 * @param cells the cells of every cell line showing it; empty when a cell line showing it has no count
 */
public record AbnormalityCount(Abnormality abnormality, OptionalInt cells) {

    /**
     * Checks the count.
     *
     * @throws NullPointerException if a component is null
     */
    public AbnormalityCount {
        Objects.requireNonNull(abnormality, "abnormality");
        Objects.requireNonNull(cells, "cells");
    }

    /**
     * Whether the abnormality is clonal (ISCN 2020): acquired (not constitutional) and seen in at least
     * {@link AbnormalityKind#cellsForClone()} cells, or written without a cell count (the laboratory
     * reports clones).
     *
     * @return true if clonal
     */
    public boolean clonal() {
        return !abnormality.constitutional()
                && (cells.isEmpty() || cells.getAsInt() >= abnormality.kind().cellsForClone());
    }
}
