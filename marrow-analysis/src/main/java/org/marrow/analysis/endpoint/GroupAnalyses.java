package org.marrow.analysis.endpoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marrow.protocol.design.Subgroup;
import org.marrow.protocol.schedule.Visit;

/**
 * The response analyses of parts of the ITT population that the protocol's {@code design.analysis}
 * asks for: rates of the arms within each subgroup ({@code subgroups}) and rates among the patients
 * who completed follow-up ({@code completers}).
 */
public final class GroupAnalyses {
    private GroupAnalyses() {}

    /**
     * ORR, CR and superior response rates of the compared groups (arms) within each level of each
     * subgroup, at each timepoint, in the plan's population with its categorical test. A level with
     * fewer than two arms in a timepoint's denominator is left out.
     *
     * @param e the endpoints
     * @return the rates, by subgroup, level (SAA, VSAA, NSAA), timepoint and measure
     * @throws IllegalArgumentException if e is null
     */
    public static List<SubgroupRate> subgroupRates(StudyEndpoints e) {
        if (e == null) {
            throw new IllegalArgumentException("Endpoints must not be null");
        }
        List<SubgroupRate> out = new ArrayList<>();
        List<Group> arms = e.comparedGroups();
        if (arms.size() < 2) {
            return out;
        }
        for (Subgroup subgroup : e.plan().analyses().subgroups()) {
            for (SeverityGroup level : SeverityGroup.values()) {
                if (!level.compared()) {
                    continue;
                }
                for (Visit v : e.timepoints()) {
                    Map<Group, ResponseAtTimepoint> byArm = new LinkedHashMap<>();
                    for (Group arm : arms) {
                        List<SubjectEndpoints> pop = e.population(e.plan().population()).stream()
                                .filter(s -> e.groupOf(s).equals(arm) && s.severityGroup() == level)
                                .toList();
                        ResponseAtTimepoint r = e.rates(v, pop, e.plan().population());
                        if (r.n() > 0) {
                            byArm.put(arm, r);
                        }
                    }
                    if (byArm.size() < 2) {
                        continue;
                    }
                    for (RateMeasure m : RateMeasure.values()) {
                        out.add(new SubgroupRate(subgroup, level.label(), e.compare(v, m, byArm)));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether a subject completed follow-up to a visit: its window had closed by the cut-off and the
     * follow-up did not end before the window closed (see {@link CompleterResults}).
     *
     * @param s the subject
     * @param visit the visit
     * @return true for a completer
     * @throws IllegalArgumentException if an argument is null or the subject has no such timepoint
     */
    public static boolean completed(SubjectEndpoints s, Visit visit) {
        if (s == null || visit == null) {
            throw new IllegalArgumentException("Subject and visit must not be null");
        }
        TimepointResponse t =
                s.at(visit.name()).orElseThrow(() -> new IllegalArgumentException("No timepoint " + visit.name()));
        if (t.status() == TimepointStatus.NOT_YET_DUE) {
            return false;
        }
        return s.exitDay().isEmpty() || s.exitDay().getAsInt() > visit.windowEnd();
    }

    /**
     * Response and severity among the patients who completed follow-up to the protocol's {@code
     * completers} visit.
     *
     * @param e the endpoints
     * @return the results, empty when the protocol asks for none or the visit is not a response timepoint
     * @throws IllegalArgumentException if e is null
     */
    public static Optional<CompleterResults> completers(StudyEndpoints e) {
        if (e == null) {
            throw new IllegalArgumentException("Endpoints must not be null");
        }
        Optional<String> name = e.plan().analyses().completers();
        Optional<Visit> visit = name.flatMap(
                n -> e.timepoints().stream().filter(v -> v.name().equals(n)).findFirst());
        if (visit.isEmpty()) {
            return Optional.empty();
        }
        List<SubjectEndpoints> completers =
                e.subjects().stream().filter(s -> completed(s, visit.get())).toList();
        List<ResponseAtTimepoint> response = new ArrayList<>();
        for (Visit v : e.timepoints()) {
            response.add(e.rates(v, completers, Population.ITT));
        }
        return Optional.of(new CompleterResults(
                visit.get().name(),
                StudyEndpoints.label(visit.get()),
                completers.size(),
                response,
                e.enrolmentSeverities(completers)));
    }
}
