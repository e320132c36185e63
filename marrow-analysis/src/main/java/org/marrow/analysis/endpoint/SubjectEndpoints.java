package org.marrow.analysis.endpoint;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.renal.Sex;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.clinical.severity.Severity;
import org.marrow.study.EventType;

/**
 * One treated subject's derived endpoints. Days are study days: day 1 is the first dose ({@code
 * first_dose_on}), as the trial documents count ("median time to first PR was 86 days").
 *
 * @param subjectId the subject
 * @param site the site
 * @param arm the arm of {@code subjects.csv}
 * @param sex the sex
 * @param age age in completed years on day 1
 * @param firstDose the date of day 1
 * @param severity the severity on day 1 (document 000's modified Camitta criteria), empty if unknown
 * @param baselineCounts the baseline counts in canonical units (HGB g/L; NEUT, PLAT, RETI 10^9/L)
 * @param timepoints the response at each protocol timepoint, in protocol order
 * @param bestResponse the best category over the timepoints, empty if none was assessed
 * @param firstResponseDay the first study day with a response (any assessment date), if any
 * @param firstSuperiorDay the first study day with CR, VGPR or GPR, if any
 * @param firstCrDay the first study day with CR, if any
 * @param followUpDay the study day of the end of follow-up: the death, HSCT, withdrawal or loss to
 *     follow-up; else the data cut-off for a subject still in the protocol's follow-up at it; else
 *     the last date with data
 * @param events the study day of the first event of each type the subject had: those that end
 *     follow-up or compete with response (HSCT, DEATH, WITHDRAWN, LOST_TO_FOLLOW_UP) and the others
 *     (RELAPSE, CLONAL_EVOLUTION)
 * @param perProtocol whether the subject belongs to the per-protocol population
 * @param perProtocolReason why (or why not), {@code analysis.perProtocol.*}
 */
public record SubjectEndpoints(
        String subjectId,
        String site,
        String arm,
        Sex sex,
        int age,
        LocalDate firstDose,
        Optional<Severity> severity,
        Map<LabTest, Double> baselineCounts,
        List<TimepointResponse> timepoints,
        Optional<ResponseCategory> bestResponse,
        OptionalInt firstResponseDay,
        OptionalInt firstSuperiorDay,
        OptionalInt firstCrDay,
        int followUpDay,
        Map<EventType, Integer> events,
        boolean perProtocol,
        Message perProtocolReason) {

    /**
     * Checks and copies the value.
     *
     * @throws NullPointerException if a component is null
     */
    public SubjectEndpoints {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(firstDose, "firstDose");
        baselineCounts = Map.copyOf(baselineCounts);
        timepoints = List.copyOf(timepoints);
        Objects.requireNonNull(perProtocolReason, "perProtocolReason");
        events = events.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(events));
    }

    /**
     * The response at a timepoint.
     *
     * @param visit the visit name
     * @return the response, empty if the protocol has no such timepoint
     */
    public Optional<TimepointResponse> at(String visit) {
        return timepoints.stream().filter(t -> t.timepoint().equals(visit)).findFirst();
    }

    /**
     * The study day of the first event of a type.
     *
     * @param type the event type
     * @return the day, if the event happened
     */
    public OptionalInt day(EventType type) {
        Integer d = events.get(type);
        return d == null ? OptionalInt.empty() : OptionalInt.of(d);
    }

    /**
     * Why follow-up ended early: the first exit (death, HSCT, withdrawal, loss to follow-up); of two
     * on the same day the one {@link ExitReason} lists first.
     *
     * @return the exit, empty if the subject is still in follow-up
     */
    public Optional<ExitReason> exit() {
        ExitReason first = null;
        int firstDay = Integer.MAX_VALUE;
        for (ExitReason r : ExitReason.values()) {
            Integer d = events.get(r.event());
            if (d != null && d < firstDay) {
                first = r;
                firstDay = d;
            }
        }
        return Optional.ofNullable(first);
    }

    /**
     * The study day follow-up ended early.
     *
     * @return the day of {@link #exit()}, empty if none
     */
    public OptionalInt exitDay() {
        return exit().map(r -> OptionalInt.of(events.get(r.event()))).orElse(OptionalInt.empty());
    }

    /**
     * A baseline count.
     *
     * @param test the test
     * @return the count in its canonical unit, if known
     */
    public OptionalDouble baseline(LabTest test) {
        Double v = baselineCounts.get(test);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * The subject's baseline severity group.
     *
     * @return SAA, VSAA, NSAA or unknown
     */
    public SeverityGroup severityGroup() {
        return SeverityGroup.of(severity);
    }
}
