package org.marrow.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.commons.rng.UniformRandomProvider;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.Unit;

/**
 * The four counts of one date: haemoglobin in g/L, platelets, neutrophils and reticulocytes in
 * 10^9/L, with the decimals written (0, 0, 2, 1).
 *
 * @param hgb haemoglobin, g/L
 * @param plat platelets, 10^9/L
 * @param neut neutrophils, 10^9/L
 * @param reti reticulocytes, 10^9/L
 */
record Counts(BigDecimal hgb, BigDecimal plat, BigDecimal neut, BigDecimal reti) {

    static Counts of(int hgb, int plat, String neut, String reti) {
        return new Counts(
                BigDecimal.valueOf(hgb), BigDecimal.valueOf(plat), new BigDecimal(neut), new BigDecimal(reti));
    }

    void write(ExampleRecords out, String id, LocalDate date) {
        out.lab(id, date, LabTest.HGB, hgb, Unit.G_PER_L);
        out.lab(id, date, LabTest.PLAT, plat, Unit.E9_PER_L);
        out.lab(id, date, LabTest.NEUT, neut, Unit.E9_PER_L);
        out.lab(id, date, LabTest.RETI, reti, Unit.E9_PER_L);
    }

    /** A whole number drawn uniformly from lo to hi. */
    static int between(UniformRandomProvider rng, int lo, int hi) {
        return hi <= lo ? lo : lo + rng.nextInt(hi - lo + 1);
    }

    /** A decimal with {@code scale} digits drawn uniformly between lo and hi (in those units). */
    static BigDecimal scaled(UniformRandomProvider rng, int lo, int hi, int scale) {
        return BigDecimal.valueOf(between(rng, lo, hi), scale);
    }

    int platelets() {
        return plat.intValue();
    }

    /** Hundredths of 10^9/L. */
    int neutrophils() {
        return neut.movePointRight(2).intValue();
    }
}
