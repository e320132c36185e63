package org.marrow.protocol.design;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.marrow.clinical.labs.Threshold.Relation;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;

/**
 * A row of Table 1 (baseline characteristics) a protocol adds ({@code design.analysis.baseline}),
 * beside age, sex, severity and the blood counts every report shows: document 000's Table 1
 * (ferritin, sTfR, PNH clone, karyotype, somatic mutation, interval from onset to treatment,
 * l.255-304) and document 001's (PNH clones (+), l.138).
 *
 * @param kind what the row shows
 * @param lab the lab test of a {@link Kind#LAB} or {@link Kind#LAB_POSITIVE} row
 * @param relation how a value is positive, for {@link Kind#LAB_POSITIVE}
 * @param limit the positive limit, for {@link Kind#LAB_POSITIVE}
 * @param months the interval's cut, for {@link Kind#ONSET_INTERVAL}
 * @param test the test comparing the groups, if the protocol names one (else the plan's test for
 *     continuous or categorical characteristics)
 */
public record BaselineRow(
        Kind kind,
        Optional<LabTest> lab,
        Optional<Relation> relation,
        Optional<LabValue> limit,
        OptionalInt months,
        Optional<ComparisonTest> test) {

    /** What a row shows. */
    public enum Kind {
        /** A lab value at baseline, median (range); continuous. */
        LAB(false),
        /** Whether a lab value at baseline is positive (e.g. PNH clone &gt; 0 %), no. (%); categorical. */
        LAB_POSITIVE(true),
        /** The karyotype at screening: normal or with a clonal abnormality (ISCN); categorical. */
        KARYOTYPE(true),
        /** A somatic mutation detected on or before day 1: yes or no; categorical. */
        SOMATIC_MUTATION(true),
        /** The interval from the onset of aplastic anaemia to day 1: below or at least N months; categorical. */
        ONSET_INTERVAL(true);

        private final boolean categorical;

        Kind(boolean categorical) {
            this.categorical = categorical;
        }

        /**
         * Whether the row counts subjects per level (else it summarises a number).
         *
         * @return true for a categorical row
         */
        public boolean categorical() {
            return categorical;
        }

        /**
         * The code used in protocol files.
         *
         * @return e.g. {@code lab-positive}
         */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * Checks the row.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a component its kind needs is missing, or the test does not
     *     fit the kind (a table test for a categorical row, Mann-Whitney for a lab value)
     */
    public BaselineRow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(months, "months");
        Objects.requireNonNull(test, "test");
        if ((kind == Kind.LAB || kind == Kind.LAB_POSITIVE) && lab.isEmpty()) {
            throw new IllegalArgumentException("A " + kind.code() + " row needs a lab test");
        }
        if (kind == Kind.LAB_POSITIVE && (relation.isEmpty() || limit.isEmpty())) {
            throw new IllegalArgumentException("A lab-positive row needs a relation and a limit");
        }
        if (kind == Kind.ONSET_INTERVAL && (months.isEmpty() || months.getAsInt() < 1)) {
            throw new IllegalArgumentException("An onset-interval row needs a number of months >= 1");
        }
        if (test.isPresent() && test.get().ofTable() != kind.categorical()) {
            throw new IllegalArgumentException("Test " + test.get().code() + " does not fit a " + kind.code() + " row");
        }
        if (test.isPresent() && test.get() == ComparisonTest.LOG_RANK) {
            throw new IllegalArgumentException("The log-rank test compares times, not a " + kind.code() + " row");
        }
    }

    /**
     * A row of a lab value, median (range).
     *
     * @param test the lab test
     * @return the row
     */
    public static BaselineRow lab(LabTest test) {
        return new BaselineRow(
                Kind.LAB, Optional.of(test), Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty());
    }

    /**
     * A row of a kind that needs nothing more (karyotype, somatic mutation).
     *
     * @param kind the kind
     * @return the row
     * @throws IllegalArgumentException if the kind needs more
     */
    public static BaselineRow of(Kind kind) {
        return new BaselineRow(
                kind, Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty());
    }

    /**
     * The same row compared by a named test.
     *
     * @param comparison the test
     * @return the row
     * @throws IllegalArgumentException if the test does not fit the kind
     */
    public BaselineRow comparedBy(ComparisonTest comparison) {
        return new BaselineRow(kind, lab, relation, limit, months, Optional.of(comparison));
    }
}
