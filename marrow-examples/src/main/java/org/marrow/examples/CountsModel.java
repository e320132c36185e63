package org.marrow.examples;

import static org.marrow.examples.Counts.between;
import static org.marrow.examples.Counts.scaled;

import java.math.BigDecimal;
import org.apache.commons.rng.UniformRandomProvider;
import org.marrow.clinical.response.ResponseCategory;

/**
 * Blood counts drawn so that a date meets a planned response category under a criteria set, given the
 * patient's baseline: the ranges below are inside each category's thresholds (marrow-clinical
 * {@code ResponseCriteria}); {@link CourseBuilder} checks every draw against the criteria and draws
 * again when a value lands on the wrong side.
 */
enum CountsModel {
    /**
     * Standard criteria, SAA or VSAA at baseline (documents 001 and 004): NR keeps the SAA counts
     * (platelets and reticulocytes below 20); PR leaves them (both at 20 or more) below CR; CR has
     * haemoglobin above 100 g/L, neutrophils above 1.0 and platelets above 100.
     */
    STANDARD_SEVERE {
        @Override
        Counts draw(UniformRandomProvider rng, ResponseCategory c, Counts base, Profile p, boolean platelets100) {
            return switch (c) {
                case NR ->
                    new Counts(
                            BigDecimal.valueOf(between(rng, 55, 85)),
                            BigDecimal.valueOf(between(rng, 3, 18)),
                            p == Profile.VSAA ? scaled(rng, 2, 18, 2) : scaled(rng, 20, 90, 2),
                            scaled(rng, 50, 180, 1));
                case CR -> complete(rng);
                default ->
                    new Counts(
                            BigDecimal.valueOf(between(rng, 75, 98)),
                            BigDecimal.valueOf(platelets100 ? between(rng, 100, 160) : between(rng, 25, 95)),
                            scaled(rng, 60, 160, 2),
                            scaled(rng, 250, 900, 1));
            };
        }
    },
    /**
     * Standard criteria, NSAA at baseline (documents 002 and 004): NR stays within reach of the baseline
     * (no lineage doubled or normal, haemoglobin up by at most 20 g/L, neutrophils by at most 0.3,
     * platelets by at most 12); PR raises platelets by 25 to 60 x10^9/L (more than the 20 of the NIH
     * criteria); CR as above.
     */
    STANDARD_NSAA {
        @Override
        Counts draw(UniformRandomProvider rng, ResponseCategory c, Counts base, Profile p, boolean platelets100) {
            return switch (c) {
                case NR -> stable(rng, base);
                case CR -> complete(rng);
                default -> {
                    Counts s = stable(rng, base);
                    int plat = platelets100
                            ? between(rng, 100, 140)
                            : between(rng, base.platelets() + 25, Math.min(base.platelets() + 60, 99));
                    yield new Counts(s.hgb(), BigDecimal.valueOf(plat), s.neut(), s.reti());
                }
            };
        }
    },
    /**
     * Lineage criteria (document 003, Olnes et al. 2012): NR keeps platelets within 12 of the baseline,
     * haemoglobin within reach (up by at most 10 g/L) and neutrophils below doubling and below a rise of
     * 0.5; PR raises platelets by 25 to 60 x10^9/L; CR as above.
     */
    LINEAGE {
        @Override
        Counts draw(UniformRandomProvider rng, ResponseCategory c, Counts base, Profile p, boolean platelets100) {
            return switch (c) {
                case NR -> stable(rng, base);
                case CR -> complete(rng);
                default -> {
                    Counts s = stable(rng, base);
                    int plat = platelets100
                            ? between(rng, 100, 140)
                            : between(rng, base.platelets() + 25, Math.min(base.platelets() + 60, 99));
                    yield new Counts(s.hgb(), BigDecimal.valueOf(plat), s.neut(), s.reti());
                }
            };
        }
    };

    /**
     * Counts meeting a category.
     *
     * @param rng the random stream
     * @param category the planned category
     * @param base the baseline counts
     * @param profile the severity at enrolment
     * @param platelets100 whether platelets are at least 100 x10^9/L on the date (a PR with high
     *     platelets; CR always is)
     * @return the counts
     */
    abstract Counts draw(
            UniformRandomProvider rng, ResponseCategory category, Counts base, Profile profile, boolean platelets100);

    private static Counts complete(UniformRandomProvider rng) {
        return new Counts(
                BigDecimal.valueOf(between(rng, 106, 140)),
                BigDecimal.valueOf(between(rng, 105, 230)),
                scaled(rng, 115, 300, 2),
                scaled(rng, 400, 1200, 1));
    }

    /** Counts near the baseline: no lineage doubled, normal or risen beyond the response thresholds. */
    private static Counts stable(UniformRandomProvider rng, Counts base) {
        int hgb = base.hgb().intValue();
        int plat = base.platelets();
        int neut = base.neutrophils();
        int newNeut = between(rng, Math.max(5, neut - 15), Math.min(neut + 25, Math.min(2 * neut - 1, 140)));
        return new Counts(
                BigDecimal.valueOf(between(rng, Math.max(40, hgb - 6), Math.min(hgb + 9, 99))),
                BigDecimal.valueOf(between(rng, Math.max(1, plat - 4), Math.min(plat + 10, 2 * plat - 1))),
                BigDecimal.valueOf(Math.max(newNeut, 1), 2),
                base.reti());
    }
}
