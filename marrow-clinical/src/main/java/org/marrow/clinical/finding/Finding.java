package org.marrow.clinical.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marrow.clinical.message.Message;

/**
 * The result of applying one clinical rule: MET, NOT_MET or UNKNOWN, the evidence used, what was
 * missing, and why (ARCHITECTURE.md, principle 2: every rule explains itself). The rule's name, the
 * reason and what was missing are messages with their values as arguments, rendered in the user's
 * language at the edge; nothing reads them back.
 *
 * @param rule the rule's name, e.g. "PLAT &lt; 20 10^9/L"
 * @param outcome the outcome
 * @param evidence the source data the rule used
 * @param missing what was missing or stale (non-empty when any input was unavailable)
 * @param reason one sentence saying why
 */
public record Finding(Message rule, Outcome outcome, List<Evidence> evidence, List<Message> missing, Message reason) {

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
     * @throws NullPointerException if an argument is null
     */
    public static Finding of(Message rule, Outcome outcome, Message reason, List<Evidence> evidence) {
        return new Finding(rule, outcome, evidence, List.of(), reason);
    }

    /**
     * An UNKNOWN finding naming what is missing; its reason is "rule: unknown, what is missing".
     *
     * @param rule the rule's name
     * @param missing what is missing or stale
     * @return the finding
     * @throws NullPointerException if an argument is null
     */
    public static Finding unknown(Message rule, Message missing) {
        return unknown(rule, List.of(), List.of(missing));
    }

    /**
     * An UNKNOWN finding with the evidence found so far, naming everything that is missing; its
     * reason is "rule: unknown, " and the missing items separated by semicolons.
     *
     * @param rule the rule's name
     * @param evidence the data found
     * @param missing what is missing or stale, at least one item
     * @return the finding
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code missing} is empty
     */
    public static Finding unknown(Message rule, List<Evidence> evidence, List<Message> missing) {
        if (missing.isEmpty()) {
            throw new IllegalArgumentException("An UNKNOWN finding of " + rule + " must name what is missing");
        }
        return new Finding(
                rule,
                Outcome.UNKNOWN,
                evidence,
                missing,
                Message.of("clinical.finding.unknown", rule, Message.joined(missing)));
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
    public static Finding atLeast(Message rule, int required, List<Finding> parts) {
        if (required < 1 || required > parts.size()) {
            throw new IllegalArgumentException("Required count (" + required
                    + ") must be between 1 and the number of parts (" + parts.size() + ")");
        }
        int met = 0;
        int notMet = 0;
        for (Finding part : parts) {
            if (part.outcome == Outcome.MET) {
                met++;
            } else if (part.outcome == Outcome.NOT_MET) {
                notMet++;
            }
        }
        Outcome outcome;
        if (met >= required) {
            outcome = Outcome.MET;
        } else if (parts.size() - notMet < required) {
            outcome = Outcome.NOT_MET;
        } else {
            outcome = Outcome.UNKNOWN;
        }
        Message reason = outcome == Outcome.UNKNOWN
                ? Message.of(
                        "clinical.finding.countUnknown", rule, met, parts.size(), required, parts.size() - met - notMet)
                : Message.of("clinical.finding.count", rule, met, parts.size(), required);
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
    public static Finding allOf(Message rule, List<Finding> parts) {
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
    public static Finding anyOf(Message rule, List<Finding> parts) {
        return atLeast(rule, 1, parts);
    }

    /**
     * The negation of this finding under a new name ("no longer meeting SAA criteria" is the SAA
     * finding negated), keeping its evidence and missing items.
     *
     * @param negatedRule the new rule's name
     * @return MET where this is NOT_MET and vice versa; UNKNOWN stays UNKNOWN
     */
    public Finding negate(Message negatedRule) {
        Outcome negated = outcome.not();
        String verdict =
                switch (negated) {
                    case MET -> "clinical.finding.holds";
                    case NOT_MET -> "clinical.finding.fails";
                    case UNKNOWN -> "clinical.finding.negatedUnknown";
                };
        return new Finding(negatedRule, negated, evidence, missing, Message.of(verdict, negatedRule, reason));
    }

    private static Finding combine(Message rule, Outcome outcome, Message reason, List<Finding> parts) {
        List<Evidence> evidence = new ArrayList<>();
        List<Message> missing = new ArrayList<>();
        List<Message> because = new ArrayList<>(parts.size());
        for (Finding part : parts) {
            because.add(part.reason);
            evidence.addAll(part.evidence);
            for (Message m : part.missing) {
                if (!missing.contains(m)) {
                    missing.add(m);
                }
            }
        }
        return new Finding(
                rule,
                outcome,
                evidence,
                missing,
                Message.of("clinical.finding.because", reason, Message.joined(because)));
    }

    /** The rule, outcome and reason as codes and arguments, for logs and test failures. */
    @Override
    public String toString() {
        return rule + ": " + outcome + " - " + reason;
    }
}
