package org.marrow.clinical.response;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.marrow.clinical.finding.Finding;
import org.marrow.clinical.finding.Outcome;
import org.marrow.clinical.labs.LabHistory;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.labs.Threshold;
import org.marrow.clinical.labs.Threshold.Relation;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.severity.SeverityAssessment;
import org.marrow.clinical.severity.SeverityCriteria;
import org.marrow.clinical.transfusion.TransfusionHistory;
import org.marrow.clinical.transfusion.TransfusionStatus;

/**
 * A criteria set's categories from the highest down, each with the condition that grants it. The
 * first MET tier is the category, provided every higher tier is NOT_MET; an UNKNOWN tier on the way
 * leaves the category open; when every tier is NOT_MET the category is NR.
 *
 * <p>One walk serves both uses: {@link #category} judges each condition to its outcome only (no
 * finding, evidence or message is built: the endpoint derivation calls it for every subject and
 * timepoint), {@link #assess} judges each to a finding with its evidence and reason. A condition
 * written with {@link CountsAbove}, {@link #INDEPENDENT}, {@link #NO_LONGER_SEVERE} and {@link AllOf}
 * has both judgements side by side; an {@link Explained} condition is judged by its finding.
 */
final class Ladder {
    /** Transfusion independent of red cells and platelets over the look-back window. */
    static final Condition INDEPENDENT = new Condition() {
        @Override
        public Outcome outcome(Inputs in) {
            return in.status().anyDependence().outcome().not();
        }

        @Override
        public Finding finding(Inputs in) {
            return in.independent();
        }
    };

    /**
     * No longer meeting the SAA criteria on the assessment date (the severity rule with its
     * follow-up cellularity rule).
     */
    static final Condition NO_LONGER_SEVERE = new Condition() {
        @Override
        public Outcome outcome(Inputs in) {
            return in.severityNow().severe().outcome().not();
        }

        @Override
        public Finding finding(Inputs in) {
            return in.severityNow().severe().negate(Message.of("clinical.response.noLongerSaa"));
        }
    };

    private final List<Tier> tiers;
    private final Message noResponse;

    /**
     * A ladder.
     *
     * @param tiers the tiers, highest category first
     * @param noResponse why the category is NR when no tier is met
     */
    Ladder(List<Tier> tiers, Message noResponse) {
        this.tiers = List.copyOf(tiers);
        this.noResponse = noResponse;
    }

    /** A category and the condition that grants it. */
    record Tier(ResponseCategory category, Condition condition) {}

    /** What a tier requires, judged to its outcome alone or to a finding with evidence and reason. */
    interface Condition {
        /**
         * The outcome, without building a finding.
         *
         * @param in the subject's data on the date
         * @return the outcome; always that of {@link #finding}
         */
        Outcome outcome(Inputs in);

        /**
         * The finding with its evidence and reason.
         *
         * @param in the subject's data on the date
         * @return the finding
         */
        Finding finding(Inputs in);

        /**
         * The blood count thresholds this condition compares with, for figures to draw.
         *
         * @return the thresholds, empty when the condition is not about counts
         */
        default List<Threshold> countThresholds() {
            return List.of();
        }
    }

    /** All parts met (Kleene conjunction, as {@link Finding#allOf}). */
    record AllOf(Message rule, List<Condition> parts) implements Condition {
        @Override
        public Outcome outcome(Inputs in) {
            Outcome all = Outcome.MET;
            for (Condition part : parts) {
                all = all.and(part.outcome(in));
                if (all == Outcome.NOT_MET) {
                    break;
                }
            }
            return all;
        }

        @Override
        public Finding finding(Inputs in) {
            return Finding.allOf(rule, parts.stream().map(p -> p.finding(in)).toList());
        }

        @Override
        public List<Threshold> countThresholds() {
            return parts.stream().flatMap(p -> p.countThresholds().stream()).toList();
        }
    }

    /**
     * Haemoglobin, neutrophils and platelets all above their limits, each the latest count at most
     * the severity criteria's count age old.
     */
    record CountsAbove(BigDecimal hemoglobin, BigDecimal neutrophils, BigDecimal platelets) implements Condition {
        Message rule() {
            return Message.of(
                    "clinical.response.counts",
                    hemoglobin.toPlainString(),
                    neutrophils.toPlainString(),
                    platelets.toPlainString());
        }

        @Override
        public List<Threshold> countThresholds() {
            return List.of(
                    new Threshold(LabTest.HGB, Relation.ABOVE, hemoglobin),
                    new Threshold(LabTest.NEUT, Relation.ABOVE, neutrophils),
                    new Threshold(LabTest.PLAT, Relation.ABOVE, platelets));
        }

        @Override
        public Outcome outcome(Inputs in) {
            Outcome all = Outcome.MET;
            for (Threshold threshold : countThresholds()) {
                Optional<LabResult> result = in.latest(threshold.test());
                all = all.and(result.isPresent() ? threshold.outcome(result.get()) : Outcome.UNKNOWN);
            }
            return all;
        }

        @Override
        public Finding finding(Inputs in) {
            int age = in.severity().countMaxAgeDays();
            return Finding.allOf(
                    rule(),
                    countThresholds().stream()
                            .map(t -> t.evaluate(in.labs(), in.date(), age))
                            .toList());
        }
    }

    /** A condition explained by a finding; its outcome is the finding's. */
    record Explained(Function<Inputs, Finding> explain) implements Condition {
        @Override
        public Outcome outcome(Inputs in) {
            return explain.apply(in).outcome();
        }

        @Override
        public Finding finding(Inputs in) {
            return explain.apply(in);
        }
    }

    /**
     * The category alone.
     *
     * @param in the subject's data on the date
     * @return the category, or empty when an UNKNOWN tier leaves it open
     */
    Optional<ResponseCategory> category(Inputs in) {
        List<Outcome> outcomes = new ArrayList<>(tiers.size());
        int deciding = decidingTier(c -> c.outcome(in), o -> o, outcomes);
        if (deciding == tiers.size()) {
            return Optional.of(ResponseCategory.NR);
        }
        return outcomes.get(deciding) == Outcome.MET
                ? Optional.of(tiers.get(deciding).category())
                : Optional.empty();
    }

    /**
     * The assessment: the category with the findings it rests on (the tiers down to the met one; every
     * tier when the category is open or NR) and a summary.
     *
     * @param set the criteria set, recorded in the assessment
     * @param in the subject's data on the date
     * @return the assessment
     */
    ResponseAssessment assess(CriteriaSet set, Inputs in) {
        List<Finding> findings = new ArrayList<>(tiers.size());
        int deciding = decidingTier(c -> c.finding(in), Finding::outcome, findings);
        LocalDate date = in.date();
        if (deciding == tiers.size()) {
            return new ResponseAssessment(
                    set,
                    date,
                    Optional.of(ResponseCategory.NR),
                    findings,
                    Message.of("clinical.response.none", ResponseCategory.NR, date, noResponse));
        }
        Finding tier = findings.get(deciding);
        if (tier.outcome() == Outcome.MET) {
            ResponseCategory category = tiers.get(deciding).category();
            return new ResponseAssessment(
                    set,
                    date,
                    Optional.of(category),
                    findings,
                    Message.of("clinical.response.met", category, date, tier.rule()));
        }
        for (Tier lower : tiers.subList(deciding + 1, tiers.size())) {
            findings.add(lower.condition().finding(in));
        }
        return new ResponseAssessment(
                set,
                date,
                Optional.empty(),
                findings,
                Message.of("clinical.response.undetermined", date, tier.rule(), Message.joined(tier.missing())));
    }

    /**
     * Judges the tiers from the highest down until one is not NOT_MET.
     *
     * @return the index of that tier, or the number of tiers when every one is NOT_MET
     */
    private <T> int decidingTier(Function<Condition, T> judge, Function<T, Outcome> outcome, List<T> judged) {
        for (int i = 0; i < tiers.size(); i++) {
            T judgement = judge.apply(tiers.get(i).condition());
            judged.add(judgement);
            if (outcome.apply(judgement) != Outcome.NOT_MET) {
                return i;
            }
        }
        return tiers.size();
    }

    /**
     * One subject's data on one assessment date, with what several tiers share (the latest counts,
     * the transfusion status, the severity) judged once.
     */
    static final class Inputs {
        private final LabHistory labs;
        private final TransfusionHistory transfusions;
        private final LocalDate date;
        private final Baseline baseline;
        private final SeverityCriteria severity;
        private final Map<LabTest, Optional<LabResult>> latest = new EnumMap<>(LabTest.class);
        private TransfusionStatus status;
        private Finding independent;
        private SeverityAssessment severityNow;

        Inputs(
                LabHistory labs,
                TransfusionHistory transfusions,
                LocalDate date,
                Baseline baseline,
                SeverityCriteria severity) {
            this.labs = labs;
            this.transfusions = transfusions;
            this.date = date;
            this.baseline = baseline;
            this.severity = severity;
        }

        LabHistory labs() {
            return labs;
        }

        TransfusionHistory transfusions() {
            return transfusions;
        }

        LocalDate date() {
            return date;
        }

        Baseline baseline() {
            return baseline;
        }

        SeverityCriteria severity() {
            return severity;
        }

        /** The latest result of a count at most the severity criteria's count age old. */
        Optional<LabResult> latest(LabTest test) {
            return latest.computeIfAbsent(test, t -> labs.latestWithin(t, date, severity.countMaxAgeDays()));
        }

        /** Red cell and platelet dependence over the look-back window ending on the date. */
        TransfusionStatus status() {
            if (status == null) {
                status = severity.transfusionDependence().assess(transfusions, date);
            }
            return status;
        }

        /** Transfusion independence of red cells and platelets, as a finding. */
        Finding independent() {
            if (independent == null) {
                independent = status().anyDependence().negate(Message.of("clinical.response.independent"));
            }
            return independent;
        }

        /** The severity on the date, without the NSAA transfusion split. */
        SeverityAssessment severityNow() {
            if (severityNow == null) {
                severityNow = severity.assess(labs, date);
            }
            return severityNow;
        }
    }
}
