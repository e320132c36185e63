package org.marrow.analysis.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.marrow.analysis.endpoint.RateMeasure;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.clinical.message.Message;
import org.marrow.protocol.design.SimonTwoStage;
import org.marrow.stats.design.OperatingCharacteristics;
import org.marrow.stats.design.TwoStageEstimate;
import org.marrow.stats.design.TwoStageInference;
import org.marrow.stats.design.TwoStageOutcome;

/**
 * The status of a protocol's Simon two-stage design (documents 000 and 002): the primary endpoint's rate
 * at its timepoint among the first n1 treated subjects (stage 1) and, once stage 1 is passed, among the
 * first n (stage 2), in order of first dose. A subject counts as evaluated once the timepoint's window
 * has closed or follow-up ended in it (ITT: a subject not assessable is a non-responder); subjects not
 * yet treated or whose window is still open may still respond. When the protocol states a dropout rate,
 * dropouts are replaced ({@link PrimaryTimepoint}).
 *
 * <p>Once the trial has its outcome (stage 1 stopped with all n1 evaluated, or all n evaluated), the
 * inference that respects the stopping rule ({@link TwoStageInference}: p-value by stage-wise ordering,
 * UMVUE, median unbiased estimate, exact interval at the analysis plan's confidence level).
 *
 * @param design the protocol's design
 * @param visit the primary timepoint's visit name, e.g. {@code month-3}
 * @param timepoint its short label, e.g. {@code M3}
 * @param measure the rate the primary endpoint measures (ORR unless it names CR or superior response)
 * @param stage1 the first stage
 * @param stage2 the second stage, once stage 1 is passed
 * @param characteristics the design's operating characteristics (R {@code clinfun::ph2simon}) when the
 *     protocol states p0, p1 and r
 * @param inference the inference after the two stages, once the outcome is known (without a p-value when
 *     the protocol states no p0)
 * @param dropoutsReplaced whether dropouts are replaced
 */
public record SimonStatus(
        SimonTwoStage design,
        String visit,
        String timepoint,
        RateMeasure measure,
        SimonStage stage1,
        Optional<SimonStage> stage2,
        Optional<OperatingCharacteristics> characteristics,
        Optional<TwoStageEstimate> inference,
        boolean dropoutsReplaced) {

    /**
     * Checks the status.
     *
     * @throws IllegalArgumentException if a component is null, the first stage is not stage 1, or a
     *     second stage is given without stage 1 continuing
     */
    public SimonStatus {
        if (design == null
                || visit == null
                || timepoint == null
                || measure == null
                || stage1 == null
                || stage2 == null
                || characteristics == null
                || inference == null) {
            throw new IllegalArgumentException("Simon status components must not be null");
        }
        if (stage1.stage() != 1 || stage2.map(s -> s.stage() != 2).orElse(false)) {
            throw new IllegalArgumentException("Stages must be numbered 1 and 2");
        }
        if (stage2.isPresent() != (stage1.decision() == StageDecision.CONTINUE)) {
            throw new IllegalArgumentException("Stage 2 is counted exactly when stage 1 continues");
        }
    }

    /**
     * A status without inference, dropouts counted as non-responders.
     *
     * @param design the design
     * @param visit the visit
     * @param timepoint its label
     * @param measure the rate
     * @param stage1 stage 1
     * @param stage2 stage 2
     * @param characteristics the operating characteristics
     * @throws IllegalArgumentException as the canonical constructor
     */
    public SimonStatus(
            SimonTwoStage design,
            String visit,
            String timepoint,
            RateMeasure measure,
            SimonStage stage1,
            Optional<SimonStage> stage2,
            Optional<OperatingCharacteristics> characteristics) {
        this(design, visit, timepoint, measure, stage1, stage2, characteristics, Optional.empty(), false);
    }

    /**
     * The status of a study's design.
     *
     * @param endpoints the study's endpoints
     * @return the status; empty if the protocol has no Simon design or no response timepoint
     * @throws IllegalArgumentException if endpoints is null
     */
    public static Optional<SimonStatus> of(StudyEndpoints endpoints) {
        if (endpoints == null) {
            throw new IllegalArgumentException("Endpoints must not be null");
        }
        Optional<SimonTwoStage> simon = endpoints.protocol().design().simon();
        Optional<PrimaryTimepoint> primary = PrimaryTimepoint.of(endpoints.protocol());
        if (simon.isEmpty() || primary.isEmpty() || endpoints.timepoints().isEmpty()) {
            return Optional.empty();
        }
        SimonTwoStage design = simon.get();
        PrimaryTimepoint tp = primary.get();
        GateCohort cohort = new GateCohort(endpoints, tp);
        SimonStage stage1 = count(1, design.n1(), OptionalInt.of(design.r1()), cohort);
        Optional<SimonStage> stage2 = stage1.decision() == StageDecision.CONTINUE
                ? Optional.of(count(2, design.n(), design.r(), cohort))
                : Optional.empty();
        Optional<OperatingCharacteristics> oc = Optional.empty();
        if (design.p0().isPresent() && design.p1().isPresent() && design.r().isPresent()) {
            oc = Optional.of(org.marrow.stats.design.SimonTwoStage.operatingCharacteristics(
                    design.n1(),
                    design.r1(),
                    design.n(),
                    design.r().getAsInt(),
                    design.p0().get().doubleValue(),
                    design.p1().get().doubleValue()));
        }
        Optional<TwoStageEstimate> inference = outcome(design, stage1, stage2).map(o -> {
            TwoStageInference inf = TwoStageInference.withDefaults()
                    .withConfidenceLevel(endpoints.plan().confidenceLevel());
            return design.p0().isPresent() ? inf.estimate(o, design.p0().get().doubleValue()) : inf.estimate(o);
        });
        return Optional.of(new SimonStatus(
                design,
                tp.visit().name(),
                tp.label(),
                tp.measure(),
                stage1,
                stage2,
                oc,
                inference,
                tp.dropoutsReplaced()));
    }

    /** The trial's outcome once known: stage 1 stopped with all n1 evaluated, or all n evaluated. */
    private static Optional<TwoStageOutcome> outcome(
            SimonTwoStage design, SimonStage stage1, Optional<SimonStage> stage2) {
        if (stage1.decision() == StageDecision.STOP && stage1.remaining() == 0) {
            return Optional.of(TwoStageOutcome.stoppedAfterStageOne(design.n1(), design.r1(), stage1.responses()));
        }
        if (stage2.isPresent() && stage2.get().remaining() == 0) {
            return Optional.of(new TwoStageOutcome(
                    design.n1(),
                    design.r1(),
                    design.n(),
                    stage1.responses(),
                    stage2.get().responses()));
        }
        return Optional.empty();
    }

    private static SimonStage count(int stage, int size, OptionalInt bound, GateCohort cohort) {
        GateCohort.Look look = cohort.first(size);
        return SimonStage.decide(stage, size, bound, look.evaluated(), look.responses(), look.replaced());
    }

    /**
     * A stage as the report and the command line state it: "Stage 1, the first 15 treated patients at
     * W24: 9 of 15 responses &gt; r1 = 8: continue" (with replaced dropouts, "the first 15 evaluable
     * patients at W24 (2 dropouts replaced)").
     *
     * @param stage a stage of this status
     * @return the message ({@code analysis.simon.stage} or {@code analysis.simon.stageReplaced})
     * @throws IllegalArgumentException if stage is null
     */
    public Message summary(SimonStage stage) {
        if (stage == null) {
            throw new IllegalArgumentException("Stage must not be null");
        }
        return dropoutsReplaced
                ? Message.of(
                        "analysis.simon.stageReplaced",
                        stage.stage(),
                        stage.size(),
                        timepoint,
                        stage.replaced(),
                        stage.rule())
                : Message.of("analysis.simon.stage", stage.stage(), stage.size(), timepoint, stage.rule());
    }

    /**
     * The inference after the two stages as the report states it, e.g. "28 of 43 responses after both
     * stages: p-value 0.0063 (stage-wise ordering, H0: p &lt;= 0.45), UMVUE 0.651, median unbiased
     * estimate 0.650, exact 95% interval 0.491 to 0.790".
     *
     * @return the message ({@code analysis.simon.inference*}); empty until the outcome is known
     */
    public Optional<Message> inferenceSummary() {
        return inference.map(e -> {
            String level = percent(e.confidenceLevel());
            Object[] estimates = {
                round(e.umvue(), 3), round(e.medianUnbiased(), 3), level, round(e.lower(), 3), round(e.upper(), 3)
            };
            Message outcome = e.outcome().stoppedEarly()
                    ? Message.of(
                            "analysis.simon.outcomeStopped",
                            e.outcome().x(),
                            e.outcome().n())
                    : Message.of(
                            "analysis.simon.outcomeBoth",
                            e.outcome().x(),
                            e.outcome().n());
            return Double.isNaN(e.pValue())
                    ? Message.of(
                            "analysis.simon.inferenceNoP0",
                            outcome,
                            estimates[0],
                            estimates[1],
                            level,
                            estimates[3],
                            estimates[4])
                    : Message.of(
                            "analysis.simon.inference",
                            outcome,
                            round(e.pValue(), 4),
                            design.p0().get(),
                            estimates[0],
                            estimates[1],
                            level,
                            estimates[3],
                            estimates[4]);
        });
    }

    private static String percent(double level) {
        return java.math.BigDecimal.valueOf(level * 100).stripTrailingZeros().toPlainString() + "%";
    }

    /** A number with a fixed number of decimals, e.g. 0.790 (a BigDecimal argument would drop the 0). */
    private static String round(double v, int places) {
        return String.format(java.util.Locale.ROOT, "%." + places + "f", v);
    }

    /**
     * The stages counted so far: stage 1, and stage 2 once stage 1 is passed.
     *
     * @return one or two stages
     */
    public List<SimonStage> stages() {
        List<SimonStage> out = new ArrayList<>();
        out.add(stage1);
        stage2.ifPresent(out::add);
        return out;
    }
}
