package org.marrow.clinical.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of applying one clinical rule: MET, NOT_MET or UNKNOWN, the evidence used, what was
 * missing, and a human-readable reason (ARCHITECTURE.md, principle 2: every rule explains itself).
 *
 * @param rule the rule's name, e.g. {@code "platelets < 20 x10^9/L"}
 * @param outcome the outcome
 * @param evidence the source data the rule used
 * @param missing what was missing or stale (non-empty when any input was unavailable)
 * @param reason one sentence saying why
 */
public record Finding(String rule, Outcome outcome, List<Evidence> evidence, List<String> missing, String reason) {

    /**
     * Checks and copies the finding.
     *
     * @throws NullPointerException if any component is null
     */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        evidence = List.copyOf(evidence);
        missing = List.copyOf(missing);
    }

    /**
     * A finding decided from evidence.
     *
     * @param rule the rule's name
     * @param outcome MET or NOT_MET (or UNKNOWN)
     * @param reason why
     * @param evidence the data used
     * @return the finding
     */
    public static Finding of(String rule, Outcome outcome, String reason, List<Evidence> evidence) {
        return new Finding(rule, outcome, evidence, List.of(), reason);
    }

    /**
     * An UNKNOWN finding naming what is missing.
     *
     * @param rule the rule's name
     * @param missing what is missing or stale, in words
     * @return the finding
     */
    public static Finding unknown(String rule, String missing) {
        return new Finding(rule, Outcome.UNKNOWN, List.of(), List.of(missing), rule + ": unknown, " + missing);
    }

    /**
     * Whether the rule was met.
     *
     * @return {@code outcome() == MET}
     */
    public boolean isMet() {
        return outcome == Outcome.MET;
    }

    /**
     * Combines findings: MET if at least {@code required} are MET, NOT_MET if so many are NOT_MET
     * that {@code required} can no longer be reached, UNKNOWN otherwise (e.g. "at least two of three
     * blood counts", document 000).
     *
     * @param rule the combined rule's name
     * @param required how many parts must be met, 1 to {@code parts.size()}
     * @param parts the parts
     * @return the combined finding, with the parts' evidence, missing items and reasons
     * @throws IllegalArgumentException if {@code required} is not in 1..parts.size()
     */
    public static Finding atLeast(String rule, int required, List<Finding> parts) {
        if (required < 1 || required > parts.size()) {
            throw new IllegalArgumentException("Required count (" + required
                    + ") must be between 1 and the number of parts (" + parts.size() + ")");
        }
        long met = parts.stream().filter(f -> f.outcome == Outcome.MET).count();
        long notMet = parts.stream().filter(f -> f.outcome == Outcome.NOT_MET).count();
        Outcome outcome;
        if (met >= required) {
            outcome = Outcome.MET;
        } else if (parts.size() - notMet < required) {
            outcome = Outcome.NOT_MET;
        } else {
            outcome = Outcome.UNKNOWN;
        }
        String reason = rule + ": " + met + " of " + parts.size() + " met, " + required + " required"
                + (outcome == Outcome.UNKNOWN ? ", " + (parts.size() - met - notMet) + " unknown" : "");
        return combine(rule, outcome, reason, parts);
    }

    /**
     * All parts must be met (Kleene conjunction).
     *
     * @param rule the combined rule's name
     * @param parts the parts, at least one
     * @return the combined finding
     * @throws IllegalArgumentException if {@code parts} is empty
     */
    public static Finding allOf(String rule, List<Finding> parts) {
        return atLeast(rule, parts.size(), parts);
    }

    /**
     * At least one part must be met (Kleene disjunction).
     *
     * @param rule the combined rule's name
     * @param parts the parts, at least one
     * @return the combined finding
     * @throws IllegalArgumentException if {@code parts} is empty
     */
    public static Finding anyOf(String rule, List<Finding> parts) {
        return atLeast(rule, 1, parts);
    }

    /**
     * The negation of this finding under a new name ("no longer meeting SAA criteria" is the SAA
     * finding negated), keeping its evidence and missing items.
     *
     * @param negatedRule the new rule's name
     * @return MET where this is NOT_MET and vice versa; UNKNOWN stays UNKNOWN
     */
    public Finding negate(String negatedRule) {
        Outcome negated = outcome.not();
        String verdict = negated == Outcome.MET ? " holds" : negated == Outcome.NOT_MET ? " fails" : " unknown";
        return new Finding(negatedRule, negated, evidence, missing, negatedRule + verdict + ": " + reason);
    }

    private static Finding combine(String rule, Outcome outcome, String reason, List<Finding> parts) {
        List<Evidence> evidence = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> because = new ArrayList<>();
        for (Finding part : parts) {
            because.add(part.reason);
            evidence.addAll(part.evidence);
            for (String m : part.missing) {
                if (!missing.contains(m)) {
                    missing.add(m);
                }
            }
        }
        return new Finding(rule, outcome, evidence, missing, reason + " [" + String.join("; ", because) + "]");
    }

    /** Human-readable form: {@code "rule: OUTCOME (reason)"}. */
    @Override
    public String toString() {
        return rule + ": " + outcome + " - " + reason;
    }
}
