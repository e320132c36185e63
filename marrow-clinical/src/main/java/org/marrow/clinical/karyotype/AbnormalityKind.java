package org.marrow.clinical.karyotype;

/**
 * What an abnormality does to the chromosome complement, which decides how many cells make a clone
 * (ISCN 2020, "Clones and clonal evolution": two cells with the same gain or structural change, three
 * with the same loss).
 */
public enum AbnormalityKind {
    /** An extra chromosome, e.g. {@code +8}, or an extra marker chromosome {@code +mar}. */
    GAIN(2),
    /** A missing chromosome, e.g. {@code -7}, {@code -Y}. */
    LOSS(3),
    /** A structural rearrangement, e.g. {@code del(20)(q11.2)}, {@code t(9;22)(q34;q11.2)}. */
    STRUCTURAL(2);

    private final int cellsForClone;

    AbnormalityKind(int cellsForClone) {
        this.cellsForClone = cellsForClone;
    }

    /**
     * The fewest cells with the abnormality that make a clone (ISCN 2020).
     *
     * @return 2 for a gain or a structural change, 3 for a loss
     */
    public int cellsForClone() {
        return cellsForClone;
    }
}
