package org.marrow.analysis.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.clinical.message.Message;
import org.marrow.protocol.design.Bop2Toxicity;
import org.marrow.protocol.design.EfficacyMonitoring;
import org.marrow.protocol.design.EventWindow;

/**
 * Where a trial stands against the Bayesian monitoring its protocol declares ({@code design.monitoring}):
 * at each look reached, the first n subjects in order of first dose ({@link PrimaryTimepoint}: evaluated
 * at the primary timepoint once its window has closed; dropouts replaced when the protocol states a
 * dropout rate), their responses and, when BOP2 monitors toxicity, the subjects among them with an
 * adverse event of the toxicity's selection (from study day 1 to the primary timepoint's window end
 * unless the protocol gives a window), against the boundary. The looks are listed up to the first that is
 * not passed.
 *
 * @param design the design's boundaries and operating characteristics
 * @param visit the primary timepoint's visit name
 * @param timepoint its short label
 * @param looks the looks up to the first not passed (pending or stopping)
 * @param decision where the trial stands: the last listed look's decision
 */
public record MonitoringStatus(
        MonitoringDesign design,
        String visit,
        String timepoint,
        List<MonitoringLookStatus> looks,
        LookDecision decision) {

    /**
     * Checks and copies the status.
     *
     * @throws IllegalArgumentException if a component is null or there is no look
     */
    public MonitoringStatus {
        if (design == null || visit == null || timepoint == null || looks == null || decision == null) {
            throw new IllegalArgumentException("Monitoring status components must not be null");
        }
        looks = List.copyOf(looks);
        if (looks.isEmpty()) {
            throw new IllegalArgumentException("A monitoring status has at least one look");
        }
    }

    /**
     * The status of a study's Bayesian monitoring.
     *
     * @param endpoints the study's endpoints
     * @return the status; empty if the protocol declares no Bayesian monitoring or has no response
     *     timepoint
     * @throws IllegalArgumentException if endpoints is null, or the declared BOP2 design does not exist
     *     ({@link MonitoringDesign#of})
     */
    public static Optional<MonitoringStatus> of(StudyEndpoints endpoints) {
        if (endpoints == null) {
            throw new IllegalArgumentException("Endpoints must not be null");
        }
        Optional<EfficacyMonitoring> declared =
                endpoints.protocol().design().monitoring().efficacy();
        Optional<PrimaryTimepoint> primary = PrimaryTimepoint.of(endpoints.protocol());
        if (declared.isEmpty() || primary.isEmpty() || endpoints.timepoints().isEmpty()) {
            return Optional.empty();
        }
        MonitoringDesign design = MonitoringDesign.of(declared.get());
        PrimaryTimepoint tp = primary.get();
        GateCohort cohort = new GateCohort(endpoints, tp);
        Optional<Bop2Toxicity> toxicity = design.toxicity();
        EventWindow window = toxicity.flatMap(Bop2Toxicity::window)
                .orElse(new EventWindow(1, Math.max(1, tp.visit().windowEnd()), Optional.empty()));
        List<MonitoringLookStatus> looks = new ArrayList<>();
        LookDecision decision = LookDecision.PENDING;
        for (int k = 0; k < design.looks().size(); k++) {
            BoundaryLook b = design.looks().get(k);
            GateCohort.Look look = cohort.first(b.n());
            OptionalInt bound = toxicity.isPresent() ? OptionalInt.of(b.toxicity()) : OptionalInt.empty();
            OptionalInt toxicities = OptionalInt.empty();
            if (toxicity.isPresent()) {
                int t = 0;
                for (GateCohort.Member m : look.members()) {
                    ToxicityExposure e = ToxicityExposure.of(
                            endpoints, m.subject(), toxicity.get().events(), window);
                    t += e.state() == ToxicityExposure.State.TOXICITY ? 1 : 0;
                }
                toxicities = OptionalInt.of(t);
            }
            boolean last = k == design.looks().size() - 1;
            decision = MonitoringLookStatus.decide(
                    b.n(), b.futility(), bound, look.evaluated(), look.responses(), toxicities.orElse(0));
            looks.add(new MonitoringLookStatus(
                    k + 1,
                    b.n(),
                    b.futility(),
                    bound,
                    look.evaluated(),
                    look.responses(),
                    toxicities,
                    look.replaced(),
                    last,
                    decision));
            if (decision != LookDecision.GO) {
                break;
            }
        }
        return Optional.of(new MonitoringStatus(design, tp.visit().name(), tp.label(), looks, decision));
    }

    /**
     * The design's name: "BOP2" or "Predictive probability".
     *
     * @return the message ({@code analysis.monitoring.method.*})
     */
    public Message method() {
        return Message.of("analysis.monitoring.method." + design.method());
    }

    /**
     * A look as the report and the command line state it: "BOP2 look 2 of 4, the first 22 evaluable
     * patients at M3: 12 responses of 22 evaluated &gt; 8: go".
     *
     * @param look a look of this status
     * @return the message ({@code analysis.monitoring.look})
     * @throws IllegalArgumentException if look is null
     */
    public Message summary(MonitoringLookStatus look) {
        if (look == null) {
            throw new IllegalArgumentException("Look must not be null");
        }
        return Message.of(
                "analysis.monitoring.look",
                method(),
                look.look(),
                design.looks().size(),
                look.n(),
                timepoint,
                look.rule());
    }
}
