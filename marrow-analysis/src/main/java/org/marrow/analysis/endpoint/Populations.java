package org.marrow.analysis.endpoint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marrow.study.EventType;
import org.marrow.study.StudyDataset;
import org.marrow.study.Subject;

/**
 * How many subjects each analysis population holds (document 000 Figure 1A: 45 screened, 2 withdrew
 * before treatment, 43 treated, 40 received every cyclophosphamide infusion).
 *
 * @param screened subjects of the data set (as cut)
 * @param enrolled subjects enrolled
 * @param withdrewBeforeTreatment subjects never treated who withdrew
 * @param notTreatedOther subjects never treated for another reason (not yet, or not eligible)
 * @param itt treated subjects (the ITT population)
 * @param perProtocol subjects of the per-protocol population
 * @param groups treated subjects per group of the plan's grouping, in group order
 */
public record Populations(
        int screened,
        int enrolled,
        int withdrewBeforeTreatment,
        int notTreatedOther,
        int itt,
        int perProtocol,
        Map<Group, Integer> groups) {

    /**
     * Checks and copies the counts.
     *
     * @throws IllegalArgumentException if groups is null
     */
    public Populations {
        if (groups == null) {
            throw new IllegalArgumentException("Groups must not be null");
        }
        groups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    }

    /**
     * The populations of a study's endpoints.
     *
     * @param e the endpoints
     * @return the counts
     * @throws IllegalArgumentException if e is null
     */
    public static Populations of(StudyEndpoints e) {
        if (e == null) {
            throw new IllegalArgumentException("Endpoints must not be null");
        }
        StudyDataset data = e.dataset();
        List<Subject> untreated =
                data.subjects().stream().filter(s -> s.firstDoseOn().isEmpty()).toList();
        int withdrew = (int) untreated.stream()
                .filter(s -> !data.recordsOf(s.subjectId())
                        .events(EventType.WITHDRAWN)
                        .isEmpty())
                .count();
        Map<Group, Integer> groups = new LinkedHashMap<>();
        for (Group g : e.groups()) {
            groups.put(g, e.subjects(g).size());
        }
        return new Populations(
                data.subjects().size(),
                (int) data.subjects().stream().filter(Subject::isEnrolled).count(),
                withdrew,
                untreated.size() - withdrew,
                e.subjects().size(),
                e.population(Population.PER_PROTOCOL).size(),
                groups);
    }
}
