package org.marrow.analysis.stage;

import java.util.ArrayList;
import java.util.List;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.analysis.endpoint.SubjectEndpoints;
import org.marrow.clinical.message.Message;
import org.marrow.protocol.design.BayesianToxicityLimit;
import org.marrow.protocol.design.SequentialToxicityLimit;
import org.marrow.protocol.design.ToxicityLimit;
import org.marrow.protocol.design.ToxicityStopping;
import org.marrow.stats.design.BayesianToxicityRule;
import org.marrow.stats.design.SequentialToxicityBoundary;
import org.marrow.stats.design.ToxicityBoundary;
import org.marrow.stats.design.ToxicityCharacteristics;

/**
 * Where a trial stands against one of its protocol's toxicity stopping rules ({@code
 * design.toxicity_stopping}), on the data as they come. The denominator is {@link ToxicityExposure}'s:
 * treated patients (who received the drug the window counts from) with an event of the rule's selection
 * in the window, counted at the event, or followed through the window without one. The look of n takes
 * the first n patients to become evaluable (by the date they did, then by first dose); it stops the
 * trial when more of them had the toxicity than the boundary accepts, which may be known before all n
 * are evaluable. The looks are listed up to the first that is not passed.
 *
 * <p>The boundary: for a Bayesian rule, the largest number of toxicities with {@code Pr(rate > limit |
 * data) <= cutoff} under the Beta prior ({@link BayesianToxicityRule}, Thall, Simon and Estey 1995); for a
 * sequential rule, the high boundary of {@code clinfun::toxbdry} ({@link SequentialToxicityBoundary}).
 *
 * @param rule the protocol's rule
 * @param boundary the boundary at each look
 * @param characteristics the boundary's probability of stopping and expected size at the acceptable
 *     rate (if stated) and the limit (Bayesian), or at p_lo and p_hi (sequential)
 * @param atRisk treated patients at risk (who received the drug the window counts from, if any)
 * @param evaluable patients evaluable so far
 * @param toxicities evaluable patients with the toxicity
 * @param notEvaluable patients whose follow-up ended before the window closed without the toxicity
 * @param posteriorExcess for a Bayesian rule, {@code Pr(rate > limit | toxicities of evaluable)}; NaN for
 *     a sequential one
 * @param looks the looks up to the first not passed
 * @param decision where the rule stands: the last listed look's decision
 */
public record ToxicityStatus(
        ToxicityStopping rule,
        ToxicityBoundary boundary,
        List<ToxicityCharacteristics> characteristics,
        int atRisk,
        int evaluable,
        int toxicities,
        int notEvaluable,
        double posteriorExcess,
        List<ToxicityLookStatus> looks,
        LookDecision decision) {

    /**
     * Checks and copies the status.
     *
     * @throws IllegalArgumentException if a component is null or there is no look
     */
    public ToxicityStatus {
        if (rule == null || boundary == null || characteristics == null || looks == null || decision == null) {
            throw new IllegalArgumentException("Toxicity status components must not be null");
        }
        characteristics = List.copyOf(characteristics);
        looks = List.copyOf(looks);
        if (looks.isEmpty()) {
            throw new IllegalArgumentException("A toxicity status has at least one look");
        }
    }

    /**
     * The status of every toxicity rule of a study's protocol, in protocol order.
     *
     * @param endpoints the study's endpoints
     * @return the statuses; empty when the protocol declares none
     * @throws IllegalArgumentException if endpoints is null, or a rule's boundary cannot be drawn (the
     *     message names the rule and why)
     */
    public static List<ToxicityStatus> of(StudyEndpoints endpoints) {
        if (endpoints == null) {
            throw new IllegalArgumentException("Endpoints must not be null");
        }
        List<ToxicityStatus> out = new ArrayList<>();
        for (ToxicityStopping rule : endpoints.protocol().design().monitoring().toxicity()) {
            out.add(of(endpoints, rule));
        }
        return out;
    }

    private static ToxicityStatus of(StudyEndpoints endpoints, ToxicityStopping rule) {
        Drawn drawn = draw(rule);
        List<ToxicityExposure> evaluable = new ArrayList<>();
        int atRisk = 0;
        int notEvaluable = 0;
        for (SubjectEndpoints s : endpoints.subjects()) {
            ToxicityExposure e = ToxicityExposure.of(endpoints, s, rule.events(), rule.window());
            atRisk += e.state() == ToxicityExposure.State.NOT_AT_RISK ? 0 : 1;
            notEvaluable += e.state() == ToxicityExposure.State.NOT_EVALUABLE ? 1 : 0;
            if (e.evaluable()) {
                evaluable.add(e);
            }
        }
        evaluable.sort(ToxicityExposure.ORDER);
        int toxicities = (int) evaluable.stream()
                .filter(e -> e.state() == ToxicityExposure.State.TOXICITY)
                .count();
        List<ToxicityLookStatus> looks = new ArrayList<>();
        LookDecision decision = LookDecision.PENDING;
        for (int k = 0; k < rule.looks().size(); k++) {
            int n = rule.looks().get(k);
            int bound = drawn.boundary().maxAcceptable().get(k);
            List<ToxicityExposure> first = evaluable.subList(0, Math.min(n, evaluable.size()));
            int t = (int) first.stream()
                    .filter(e -> e.state() == ToxicityExposure.State.TOXICITY)
                    .count();
            decision = ToxicityLookStatus.decide(n, bound, first.size(), t);
            looks.add(new ToxicityLookStatus(k + 1, n, bound, first.size(), t, decision));
            if (decision != LookDecision.GO) {
                break;
            }
        }
        double posterior = rule.limit().accept(new ToxicityLimit.Visitor<Double>() {
            @Override
            public Double bayesian(BayesianToxicityLimit limit) {
                return bayes(limit)
                        .posteriorExcess(
                                toxicities, evaluable.size(), limit.limit().doubleValue());
            }

            @Override
            public Double sequential(SequentialToxicityLimit limit) {
                return Double.NaN;
            }
        });
        return new ToxicityStatus(
                rule,
                drawn.boundary(),
                drawn.characteristics(),
                atRisk,
                evaluable.size(),
                toxicities,
                notEvaluable,
                posterior,
                looks,
                decision);
    }

    /** A rule's boundary and its characteristics. */
    private record Drawn(ToxicityBoundary boundary, List<ToxicityCharacteristics> characteristics) {}

    private static Drawn draw(ToxicityStopping rule) {
        int[] looks = rule.looks().stream().mapToInt(Integer::intValue).toArray();
        try {
            return rule.limit().accept(new ToxicityLimit.Visitor<Drawn>() {
                @Override
                public Drawn bayesian(BayesianToxicityLimit limit) {
                    ToxicityBoundary b = bayes(limit)
                            .boundary(
                                    limit.limit().doubleValue(), limit.cutoff().doubleValue(), looks);
                    List<Double> rates = new ArrayList<>();
                    limit.acceptable().ifPresent(a -> rates.add(a.doubleValue()));
                    rates.add(limit.limit().doubleValue());
                    return new Drawn(
                            b,
                            b.characteristics(rates.stream()
                                    .mapToDouble(Double::doubleValue)
                                    .toArray()));
                }

                @Override
                public Drawn sequential(SequentialToxicityLimit limit) {
                    ToxicityBoundary b = SequentialToxicityBoundary.withDefaults()
                            .withCrossingProbabilities(
                                    limit.cp0().doubleValue(), limit.cp1().doubleValue())
                            .withShape(limit.shape().doubleValue())
                            .compute(limit.pLo().doubleValue(), limit.pHi().doubleValue(), looks)
                            .high();
                    return new Drawn(
                            b,
                            b.characteristics(
                                    limit.pLo().doubleValue(), limit.pHi().doubleValue()));
                }
            });
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException(
                    "design.toxicity_stopping '" + rule.id() + "': no boundary can be drawn: " + e.getMessage(), e);
        }
    }

    private static BayesianToxicityRule bayes(BayesianToxicityLimit limit) {
        return limit.prior()
                .map(p -> BayesianToxicityRule.withDefaults().withPrior(p.a().doubleValue(), p.b().doubleValue()))
                .orElse(BayesianToxicityRule.withDefaults());
    }

    /**
     * What the rule counts, as the report and the dashboard state it: "grade &gt;= 3 Infections and
     * infestations, Febrile neutropenia, starting on study days 1 to 90".
     *
     * @return the message ({@code analysis.toxicity.counts})
     */
    public Message counts() {
        List<String> selected = new ArrayList<>(rule.events().systemOrganClasses());
        selected.addAll(rule.events().terms());
        Message window = rule.window()
                .afterFirstDoseOf()
                .map(d -> Message.of(
                        "analysis.toxicity.window.drug",
                        rule.window().from(),
                        rule.window().to(),
                        d))
                .orElse(Message.of(
                        "analysis.toxicity.window.study",
                        rule.window().from(),
                        rule.window().to()));
        return Message.of("analysis.toxicity.counts", rule.events().gradeAtLeast(), selected, window);
    }

    /**
     * How the boundary is drawn: "stop if Pr(rate &gt; 0.4 | data) &gt; 0.8 (Beta(1, 1) prior)" or
     * "Pocock-type boundary for an acceptable rate 0.15 and an unacceptable rate 0.35".
     *
     * @return the message ({@code analysis.toxicity.bayesian} or {@code analysis.toxicity.sequential})
     */
    public Message limit() {
        return rule.limit().accept(new ToxicityLimit.Visitor<Message>() {
            @Override
            public Message bayesian(BayesianToxicityLimit l) {
                return Message.of(
                        "analysis.toxicity.bayesian",
                        l.limit(),
                        l.cutoff(),
                        l.prior().map(p -> p.a()).orElse(java.math.BigDecimal.ONE),
                        l.prior().map(p -> p.b()).orElse(java.math.BigDecimal.ONE));
            }

            @Override
            public Message sequential(SequentialToxicityLimit l) {
                return Message.of("analysis.toxicity.sequential", l.pLo(), l.pHi(), l.cp0(), l.cp1(), l.shape());
            }
        });
    }

    /**
     * A look as the report and the command line state it: "infection-grade3, look 2 of 4 at 20 evaluable
     * patients: 3 of 20 with the toxicity &lt;= 10: continue".
     *
     * @param look a look of this status
     * @return the message ({@code analysis.toxicity.look})
     * @throws IllegalArgumentException if look is null
     */
    public Message summary(ToxicityLookStatus look) {
        if (look == null) {
            throw new IllegalArgumentException("Look must not be null");
        }
        return Message.of(
                "analysis.toxicity.look", rule.id(), look.look(), rule.looks().size(), look.n(), look.rule());
    }
}
