package org.marrow.clinical.labs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marrow.clinical.finding.Evidence;
import org.marrow.clinical.finding.Finding;
import org.marrow.clinical.finding.Outcome;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;

/**
 * A criterion on one lab test against a fixed limit in the canonical unit, e.g. platelets
 * {@code < 20 x10^9/L}: the building block of severity, response and eligibility rules. A
 * specification in the sense of Evans' DDD ({@code isSatisfiedBy}), three-valued.
 *
 * @param test the test
 * @param relation how the value must relate to the limit
 * @param limit the limit, in the test's canonical unit
 */
public record Threshold(LabTest test, Relation relation, BigDecimal limit) {

    /** How a value must relate to the limit. */
    public enum Relation {
        /** Strictly less than. */
        BELOW("<"),
        /** Less than or equal. */
        AT_MOST("<="),
        /** Strictly greater than. */
        ABOVE(">"),
        /** Greater than or equal. */
        AT_LEAST(">=");

        private final String symbol;

        Relation(String symbol) {
            this.symbol = symbol;
        }

        /**
         * The mathematical symbol.
         *
         * @return e.g. {@code "<"}
         */
        public String symbol() {
            return symbol;
        }

        boolean holds(BigDecimal value, BigDecimal limit) {
            int c = value.compareTo(limit);
            return switch (this) {
                case BELOW -> c < 0;
                case AT_MOST -> c <= 0;
                case ABOVE -> c > 0;
                case AT_LEAST -> c >= 0;
            };
        }
    }

    /**
     * Checks the threshold.
     *
     * @throws NullPointerException if a component is null
     */
    public Threshold {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(limit, "limit");
    }

    /**
     * A threshold with its limit given as a lab value in any accepted unit.
     *
     * @param relation the relation
     * @param limit the limit
     * @return the threshold, limit converted to the canonical unit
     */
    public static Threshold of(Relation relation, LabValue limit) {
        return new Threshold(limit.test(), relation, limit.inCanonicalUnit().amount());
    }

    /**
     * The rule's name, e.g. "PLAT &lt; 20 10^9/L".
     *
     * @return the name
     */
    public Message describe() {
        return Message.of("clinical.threshold.rule", test.code(), criterion());
    }

    /**
     * The criterion without the test, e.g. "&lt; 20 10^9/L".
     *
     * @return the criterion
     */
    public Message criterion() {
        return Message.of(
                "clinical.threshold.criterion",
                relation.symbol(),
                limit,
                test.canonicalUnit().symbol());
    }

    /**
     * Evaluates the threshold on one result.
     *
     * @param result a result of this threshold's test
     * @return MET or NOT_MET with the result as evidence
     * @throws IllegalArgumentException if the result is of another test
     */
    public Finding evaluate(LabResult result) {
        checkTest(result);
        LabValue canonical = result.value().inCanonicalUnit();
        boolean holds = relation.holds(canonical.amount(), limit);
        Message criterion = criterion();
        Evidence evidence = new Evidence(
                Message.of("clinical.evidence.test", test.code()),
                result.date(),
                canonical.amount(),
                test.canonicalUnit().symbol(),
                criterion);
        Message reason = Message.of(
                holds ? "clinical.threshold.is" : "clinical.threshold.isNot", canonical, result.date(), criterion);
        return Finding.of(
                Message.of("clinical.threshold.rule", test.code(), criterion),
                Outcome.of(holds),
                reason,
                List.of(evidence));
    }

    /**
     * Whether a result meets the threshold, as the outcome of {@link #evaluate(LabResult)} but
     * without building its reason and evidence (for callers that need only the outcome).
     *
     * @param result the result, of this threshold's test
     * @return {@link Outcome#MET} or {@link Outcome#NOT_MET}
     * @throws IllegalArgumentException if the result is of another test
     * @throws NullPointerException if {@code result} is null
     */
    public Outcome outcome(LabResult result) {
        checkTest(result);
        return Outcome.of(relation.holds(result.value().inCanonicalUnit().amount(), limit));
    }

    private void checkTest(LabResult result) {
        if (result.test() != test) {
            throw new IllegalArgumentException("Result " + result + " is not a " + test.code() + " result for rule "
                    + test.code() + " " + relation.symbol() + " "
                    + limit.stripTrailingZeros().toPlainString());
        }
    }

    /**
     * Evaluates the threshold on the latest result at most {@code maxAgeDays} days before
     * {@code date}; UNKNOWN naming what is missing or stale when there is none.
     *
     * @param labs the subject's labs
     * @param date the assessment date
     * @param maxAgeDays the largest accepted age of the result, in days
     * @return the finding
     * @throws IllegalArgumentException if {@code maxAgeDays} is negative
     */
    public Finding evaluate(LabHistory labs, LocalDate date, long maxAgeDays) {
        Optional<LabResult> result = labs.latestWithin(test, date, maxAgeDays);
        return result.map(this::evaluate)
                .orElseGet(() -> Finding.unknown(describe(), labs.whyMissing(test, date, maxAgeDays)));
    }
}
