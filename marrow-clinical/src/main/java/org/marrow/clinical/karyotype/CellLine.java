package org.marrow.clinical.karyotype;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One cell line of a karyotype (the parts separated by {@code /}): its abnormalities, those it
 * inherits from the stemline included ({@code idem}, {@code sl}), and the number of cells counted in
 * square brackets.
 *
 * @param text the cell line as written, e.g. {@code 47,XY,+8[5]}
 * @param abnormalities its abnormalities; empty for a normal cell line
 * @param cells the cells counted ({@code [5]}, {@code [cp10]}), empty when not given
 */
public record CellLine(String text, List<Abnormality> abnormalities, OptionalInt cells) {

    /**
     * Checks and copies the cell line.
     *
     * @throws NullPointerException if a component is null
     */
    public CellLine {
        Objects.requireNonNull(text, "text");
        abnormalities = List.copyOf(abnormalities);
        Objects.requireNonNull(cells, "cells");
    }
}
