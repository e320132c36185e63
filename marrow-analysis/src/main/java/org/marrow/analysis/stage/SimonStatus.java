package org.marrow.analysis.stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.marrow.analysis.endpoint.ExitReason;
import org.marrow.analysis.endpoint.RateMeasure;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.analysis.endpoint.SubjectEndpoints;
import org.marrow.analysis.endpoint.TimepointResponse;
import org.marrow.analysis.endpoint.TimepointStatus;
import org.marrow.clinical.message.Message;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.design.Endpoint;
import org.marrow.protocol.design.SimonTwoStage;
import org.marrow.protocol.schedule.Visit;
import org.marrow.stats.design.OperatingCharacteristics;

/**
 * The status of a protocol's Simon two-stage design (documents 000 and 002): the primary endpoint's
 * rate at its timepoint among the first n1 treated subjects (stage 1) and, once stage 1 is passed,
 * among the first n (stage 2), in order of first dose. A subject counts as evaluated once the
 * timepoint's window has closed or follow-up ended in it (ITT: a subject not assessable is a
 * non-responder); subjects not yet treated or whose window is still open may still respond.
 *
 * <p>When the protocol states a dropout rate ({@code design.dropout}, document 002: "Accounting for a
 * 20% dropout rate, the estimated final sample size was 54 patients" for 43 evaluable), a dropout, a
 * subject withdrawn or lost to follow-up before the timepoint without an assessment, is passed over and
 * replaced by the next treated subject; a death or HSCT before the timepoint still counts as a
 * non-response. Without a dropout rate every treated subject counts in order (ITT).
 *
 * @param design the protocol's design
 * @param visit the primary timepoint's visit name, e.g. {@code month-3}
 * @param timepoint its short label, e.g. {@code M3}
 * @param measure the rate the primary endpoint measures (ORR unless it names CR or superior response)
 * @param stage1 the first stage
 * @param stage2 the second stage, once stage 1 is passed
 * @param characteristics the design's operating characteristics (R {@code clinfun::ph2simon}) when the
 *     protocol states p0, p1 and r
 */
public record SimonStatus(
        SimonTwoStage design,
        String visit,
        String timepoint,
        RateMeasure measure,
        SimonStage stage1,
        Optional<SimonStage> stage2,
        Optional<OperatingCharacteristics> characteristics) {

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
                || characteristics == null) {
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
        Protocol protocol = endpoints.protocol();
        Optional<SimonTwoStage> simon = protocol.design().simon();
        if (simon.isEmpty() || endpoints.timepoints().isEmpty()) {
            return Optional.empty();
        }
        SimonTwoStage design = simon.get();
        Optional<Endpoint> primary = protocol.endpoints().stream()
                .filter(e -> e.role() == Endpoint.Role.PRIMARY)
                .findFirst();
        Visit visit = primary.flatMap(Endpoint::visit)
                .flatMap(name -> endpoints.timepoints().stream()
                        .filter(v -> v.name().equals(name))
                        .findFirst())
                .orElse(endpoints.timepoints().get(0));
        RateMeasure measure = primary.map(e -> RateMeasure.of(e.measure())).orElse(RateMeasure.ORR);
        List<SubjectEndpoints> treated = new ArrayList<>(endpoints.subjects());
        treated.sort(Comparator.comparing(SubjectEndpoints::firstDose).thenComparing(SubjectEndpoints::subjectId));
        boolean replaced = protocol.design().dropout().isPresent();
        SimonStage stage1 = count(1, design.n1(), OptionalInt.of(design.r1()), treated, visit, measure, replaced);
        Optional<SimonStage> stage2 = stage1.decision() == StageDecision.CONTINUE
                ? Optional.of(count(2, design.n(), design.r(), treated, visit, measure, replaced))
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
        return Optional.of(
                new SimonStatus(design, visit.name(), StudyEndpoints.label(visit), measure, stage1, stage2, oc));
    }

    private static SimonStage count(
            int stage,
            int size,
            OptionalInt bound,
            List<SubjectEndpoints> treated,
            Visit visit,
            RateMeasure measure,
            boolean replaceDropouts) {
        int evaluated = 0;
        int responses = 0;
        int dropouts = 0;
        int counted = 0;
        for (SubjectEndpoints s : treated) {
            if (counted == size) {
                break;
            }
            TimepointResponse t = s.at(visit.name()).orElseThrow();
            if (replaceDropouts && isDropout(t)) {
                dropouts++;
                continue;
            }
            counted++;
            if (t.status() == TimepointStatus.NOT_YET_DUE) {
                continue;
            }
            evaluated++;
            if (t.category().map(measure::includes).orElse(false)) {
                responses++;
            }
        }
        return SimonStage.decide(stage, size, bound, evaluated, responses, dropouts);
    }

    /** Withdrawn or lost to follow-up before the timepoint could be assessed (document 002's dropouts). */
    private static boolean isDropout(TimepointResponse t) {
        return t.status() == TimepointStatus.NOT_ASSESSABLE
                && t.exit()
                        .map(e -> e == ExitReason.WITHDRAWN || e == ExitReason.LOST_TO_FOLLOW_UP)
                        .orElse(false);
    }

    /**
     * A stage as the report and the command line state it: "Stage 1, the first 15 treated patients
     * at W24: 9 of 15 responses &gt; r1 = 8: continue".
     *
     * @param stage a stage of this status
     * @return the message ({@code analysis.simon.stage})
     * @throws IllegalArgumentException if stage is null
     */
    public Message summary(SimonStage stage) {
        if (stage == null) {
            throw new IllegalArgumentException("Stage must not be null");
        }
        return Message.of("analysis.simon.stage", stage.stage(), stage.size(), timepoint, stage.rule());
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
