package org.marrow.analysis.stage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marrow.protocol.design.BetaPrior;
import org.marrow.protocol.design.Bop2Monitoring;
import org.marrow.protocol.design.Bop2Toxicity;
import org.marrow.protocol.design.EfficacyMonitoring;
import org.marrow.protocol.design.PredictiveMonitoring;
import org.marrow.stats.design.Bop2;
import org.marrow.stats.design.Bop2Design;
import org.marrow.stats.design.Bop2Look;
import org.marrow.stats.design.Bop2Scenario;
import org.marrow.stats.design.MonitoringCharacteristics;
import org.marrow.stats.design.MonitoringLook;
import org.marrow.stats.design.PredictiveDesign;
import org.marrow.stats.design.PredictiveProbability;

/**
 * The boundaries and operating characteristics of the Bayesian monitoring a protocol declares ({@code
 * design.monitoring}), computed by marrow-stats: {@link Bop2} (lambda and gamma tuned for power under
 * alpha on its grid, or as stated) or {@link PredictiveProbability} (no efficacy stop). A design is
 * computed once per declaration and kept (tuning BOP2 takes seconds).
 *
 * @param method {@code bop2} or {@code predictive}
 * @param looks the boundary at each look; the last decides
 * @param lambda BOP2's lambda; NaN for the predictive design
 * @param gamma BOP2's gamma; NaN for the predictive design
 * @param scenarios the operating characteristics, the null scenario(s) first
 * @param typeIError the largest probability of go under a null scenario
 * @param power the probability of go under the alternative
 * @param toxicity the toxicity BOP2 monitors, if any
 */
public record MonitoringDesign(
        String method,
        List<BoundaryLook> looks,
        double lambda,
        double gamma,
        List<DesignScenario> scenarios,
        double typeIError,
        double power,
        Optional<Bop2Toxicity> toxicity) {

    private static final int CACHE = 32;
    private static final Map<EfficacyMonitoring, MonitoringDesign> DESIGNS =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<EfficacyMonitoring, MonitoringDesign> eldest) {
                    return size() > CACHE;
                }
            });

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a list or the toxicity is null
     */
    public MonitoringDesign {
        looks = List.copyOf(looks);
        scenarios = List.copyOf(scenarios);
        java.util.Objects.requireNonNull(toxicity, "toxicity");
    }

    /**
     * The design of a declaration.
     *
     * @param declared the protocol's declaration
     * @return the design
     * @throws IllegalArgumentException if declared is null, or BOP2 finds no lambda and gamma with a type
     *     I error of at most alpha for the looks (the message names the key and the values)
     */
    public static MonitoringDesign of(EfficacyMonitoring declared) {
        if (declared == null) {
            throw new IllegalArgumentException("Monitoring declaration must not be null");
        }
        MonitoringDesign known = DESIGNS.get(declared);
        if (known != null) {
            return known;
        }
        MonitoringDesign made = declared.accept(new EfficacyMonitoring.Visitor<MonitoringDesign>() {
            @Override
            public MonitoringDesign bop2(Bop2Monitoring m) {
                return ofBop2(m);
            }

            @Override
            public MonitoringDesign predictive(PredictiveMonitoring m) {
                return ofPredictive(m);
            }
        });
        DESIGNS.put(declared, made);
        return made;
    }

    /**
     * The maximum number of evaluable patients: the last look.
     *
     * @return N
     */
    public int maxSampleSize() {
        return looks.get(looks.size() - 1).n();
    }

    private static MonitoringDesign ofBop2(Bop2Monitoring m) {
        double p0 = m.p0().doubleValue();
        double p1 = m.p1().doubleValue();
        int[] looks = m.looks().stream().mapToInt(Integer::intValue).toArray();
        Bop2 bop2 = m.prior().map(MonitoringDesign::withPrior).orElse(Bop2.withDefaults());
        Bop2Design d;
        if (m.toxicity().isPresent()) {
            double t0 = m.toxicity().get().t0().doubleValue();
            double t1 = m.toxicity().get().t1().doubleValue();
            d = m.alpha().isPresent()
                    ? bop2.efficacyAndToxicity(
                                    p0, p1, t0, t1, looks, m.alpha().get().doubleValue())
                            .orElseThrow(() -> noDesign(m))
                    : bop2.efficacyAndToxicity(
                            p0,
                            p1,
                            t0,
                            t1,
                            looks,
                            m.lambda().get().doubleValue(),
                            m.gamma().get().doubleValue());
        } else {
            d = m.alpha().isPresent()
                    ? bop2.efficacy(p0, p1, looks, m.alpha().get().doubleValue())
                            .orElseThrow(() -> noDesign(m))
                    : bop2.efficacy(
                            p0,
                            p1,
                            looks,
                            m.lambda().get().doubleValue(),
                            m.gamma().get().doubleValue());
        }
        List<BoundaryLook> bounds = new ArrayList<>();
        for (Bop2Look l : d.looks()) {
            bounds.add(new BoundaryLook(l.n(), l.cutoff(), l.futility(), l.toxicity()));
        }
        List<DesignScenario> scenarios = new ArrayList<>();
        for (Bop2Scenario s : d.scenarios()) {
            scenarios.add(new DesignScenario(
                    s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    s.efficacy(),
                    s.toxicity(),
                    s.probabilityGo(),
                    s.probabilityEarlyStop(),
                    s.expectedSampleSize()));
        }
        return new MonitoringDesign(
                "bop2", bounds, d.lambda(), d.gamma(), scenarios, d.typeIError(), d.power(), m.toxicity());
    }

    private static Bop2 withPrior(BetaPrior prior) {
        return Bop2.withDefaults().withPrior(prior.a().doubleValue(), prior.b().doubleValue());
    }

    private static IllegalArgumentException noDesign(Bop2Monitoring m) {
        return new IllegalArgumentException("design.monitoring.bop2: no lambda in 0.50..0.99 and gamma in 0..3"
                + " gives a type I error <= " + m.alpha().orElseThrow().toPlainString() + " with the looks "
                + m.looks() + "; raise alpha or state lambda and gamma");
    }

    private static MonitoringDesign ofPredictive(PredictiveMonitoring m) {
        PredictiveProbability pp = PredictiveProbability.withDefaults()
                .withThresholds(m.thetaT().doubleValue(), m.thetaL().doubleValue(), 1);
        if (m.prior().isPresent()) {
            pp = pp.withPrior(
                    m.prior().get().a().doubleValue(), m.prior().get().b().doubleValue());
        }
        PredictiveDesign d = pp.design(m.p0().doubleValue(), m.p1().doubleValue(), m.nMin(), m.nMax(), m.cohort());
        List<BoundaryLook> bounds = new ArrayList<>();
        for (MonitoringLook l : d.looks()) {
            bounds.add(new BoundaryLook(l.n(), Double.NaN, l.futility(), l.n() + 1));
        }
        return new MonitoringDesign(
                "predictive",
                bounds,
                Double.NaN,
                Double.NaN,
                List.of(scenario("null", d.underNull()), scenario("alternative", d.underAlternative())),
                d.underNull().probabilityRejectNull(),
                d.underAlternative().probabilityRejectNull(),
                Optional.empty());
    }

    private static DesignScenario scenario(String name, MonitoringCharacteristics c) {
        return new DesignScenario(
                name,
                c.responseRate(),
                Double.NaN,
                c.probabilityRejectNull(),
                c.probabilityEarlyStop(),
                c.expectedSampleSize());
    }
}
