package org.marrow.stats.competing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of a competing-risks analysis: one cumulative incidence curve per cause and group and,
 * with two or more groups, Gray's test per cause; the content of a {@code cmprsk::cuminc} object.
 */
public final class CumulativeIncidenceFit {
    private final List<Integer> causes;
    private final List<String> groups;
    private final Map<Integer, List<CumulativeIncidenceCurve>> curves;
    private final Map<Integer, GrayTest> tests;

    CumulativeIncidenceFit(
            List<Integer> causes,
            List<String> groups,
            Map<Integer, List<CumulativeIncidenceCurve>> curves,
            Map<Integer, GrayTest> tests) {
        this.causes = List.copyOf(causes);
        this.groups = List.copyOf(groups);
        this.curves = Map.copyOf(curves);
        this.tests = Map.copyOf(tests);
    }

    /**
     * The causes with at least one event in the data, increasing (cmprsk's order).
     *
     * @return the cause codes
     */
    public List<Integer> causes() {
        return causes;
    }

    /**
     * The groups in the order of {@link CumulativeIncidence#analyse(double[], int[], String[])}.
     *
     * @return the group labels
     */
    public List<String> groups() {
        return groups;
    }

    /**
     * The curves of one cause, one per group in {@link #groups()} order.
     *
     * @param cause a cause in {@link #causes()}
     * @return the curves
     * @throws IllegalArgumentException if the cause has no events in the data
     */
    public List<CumulativeIncidenceCurve> curves(int cause) {
        List<CumulativeIncidenceCurve> c = curves.get(cause);
        if (c == null) {
            throw new IllegalArgumentException("Cause (" + cause + ") has no events; the causes are " + causes);
        }
        return c;
    }

    /**
     * The curve of one cause in one group.
     *
     * @param cause a cause in {@link #causes()}
     * @param group a group in {@link #groups()}
     * @return the curve
     * @throws IllegalArgumentException if the cause has no events or the group does not exist
     */
    public CumulativeIncidenceCurve curve(int cause, String group) {
        int g = groups.indexOf(group);
        if (g < 0) {
            throw new IllegalArgumentException("Group (" + group + ") does not exist; the groups are " + groups);
        }
        return curves(cause).get(g);
    }

    /**
     * Gray's test for one cause.
     *
     * @param cause a cause in {@link #causes()}
     * @return the test, or empty when there is only one group
     * @throws IllegalArgumentException if the cause has no events in the data
     */
    public Optional<GrayTest> grayTest(int cause) {
        curves(cause);
        return Optional.ofNullable(tests.get(cause));
    }
}
