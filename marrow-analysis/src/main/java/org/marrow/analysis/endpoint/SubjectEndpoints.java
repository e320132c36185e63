package org.marrow.analysis.endpoint;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.renal.Sex;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.clinical.severity.Severity;

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
 * @param exits the study events that end follow-up or compete with response (HSCT, DEATH,
 *     WITHDRAWN, LOST_TO_FOLLOW_UP) and the other events (RELAPSE, CLONAL_EVOLUTION), by name, with
 *     the study day of the first of each
 * @param perProtocol whether the subject belongs to the per-protocol population
 * @param perProtocolReason why (or why not)
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
        Map<String, Integer> exits,
        boolean perProtocol,
        String perProtocolReason) {

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
        exits = Map.copyOf(exits);
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
     * @param type for example {@code "HSCT"}
     * @return the day, if the event happened
     */
    public OptionalInt day(String type) {
        Integer d = exits.get(type);
        return d == null ? OptionalInt.empty() : OptionalInt.of(d);
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
     * The subject's severity group label: SAA, VSAA, NSAA or "Unknown".
     *
     * @return the label
     */
    public String severityLabel() {
        return severity.map(Severity::abbreviation).orElse("Unknown");
    }
}
