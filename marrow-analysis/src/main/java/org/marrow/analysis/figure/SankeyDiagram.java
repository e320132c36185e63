package org.marrow.analysis.figure;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sankey diagram of patients' states at successive stages, for example severity, then response
 * at month 3, then response at month 6 (document 000 Figure 3). Node heights are proportional to
 * the number of patients; each band is labelled in the SVG with its count ({@code data-label}).
 */
public final class SankeyDiagram {
    static final int WIDTH = 480;
    static final int HEIGHT = 330;
    private static final double NODE_WIDTH = 14;
    private static final double GAP = 8;

    private SankeyDiagram() {}

    /**
     * Draws a Sankey diagram from flow counts.
     *
     * @param name the figure's file name
     * @param title the figure's title
     * @param stages stage names, left to right (2 to 6), for example {@code ["Severity", "Month 3",
     *     "Month 6"]}
     * @param states for each stage, its states in top-to-bottom order (states no patient is in are
     *     left out of the drawing, so a fixed full order can be passed)
     * @param flows the flows between consecutive stages
     * @return the figure
     * @throws IllegalArgumentException if names are blank, the stage and state lists do not match,
     *     a state is listed twice in a stage, a flow names a stage or state that does not exist or
     *     repeats one already given, there is no flow, or the patients flowing into a middle state
     *     are not as many as those flowing out (every patient must be accounted for at every stage,
     *     in a state such as "Not assessed" if need be)
     */
    public static Figure of(
            String name, String title, List<String> stages, List<List<String>> states, List<SankeyFlow> flows) {
        Figure.checkName(name);
        Checks.text(title, "Figure title");
        Checks.count(stages, 2, 6, "Stages of a Sankey diagram");
        Checks.count(states, stages.size(), stages.size(), "State lists of a Sankey diagram (one per stage)");
        Checks.count(flows, 1, Integer.MAX_VALUE, "Flows of a Sankey diagram");
        Layout layout = new Layout(List.copyOf(stages), copy(states), List.copyOf(flows));
        return new Figure(name, title, WIDTH, HEIGHT, c -> layout.paint(c, title));
    }

    /**
     * Draws a Sankey diagram from each patient's path through the stages.
     *
     * @param name the figure's file name
     * @param title the figure's title
     * @param stages stage names, left to right (2 to 6)
     * @param states for each stage, its states in top-to-bottom order
     * @param paths one list per patient with the patient's state at each stage
     * @return the figure
     * @throws IllegalArgumentException as {@link #of}, or if a path does not have one state per stage
     */
    public static Figure fromPaths(
            String name, String title, List<String> stages, List<List<String>> states, List<List<String>> paths) {
        Checks.count(stages, 2, 6, "Stages of a Sankey diagram");
        Checks.count(paths, 1, Integer.MAX_VALUE, "Patient paths of a Sankey diagram");
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int p = 0; p < paths.size(); p++) {
            List<String> path = paths.get(p);
            if (path.size() != stages.size()) {
                throw new IllegalArgumentException("Patient path " + (p + 1) + " " + path + " has " + path.size()
                        + " states; expected one per stage (" + stages.size() + ")");
            }
            for (int s = 0; s + 1 < path.size(); s++) {
                Checks.text(path.get(s), "State in patient path " + (p + 1));
                Checks.text(path.get(s + 1), "State in patient path " + (p + 1));
                counts.computeIfAbsent(s + "\u0000" + path.get(s) + "\u0000" + path.get(s + 1), k -> new int[1])[0]++;
            }
        }
        List<SankeyFlow> flows = new ArrayList<>();
        counts.forEach((key, n) -> {
            String[] part = key.split("\u0000", -1);
            flows.add(new SankeyFlow(Integer.parseInt(part[0]), part[1], part[2], n[0]));
        });
        return of(name, title, stages, states, flows);
    }

    private static List<List<String>> copy(List<List<String>> states) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> s : states) {
            if (s == null) {
                throw new IllegalArgumentException("State lists of a Sankey diagram must not contain null");
            }
            out.add(List.copyOf(s));
        }
        return out;
    }

    private static final class Layout {
        final List<String> stages;
        final List<List<String>> states;
        final List<SankeyFlow> flows;
        final int[][] in;
        final int[][] out;

        Layout(List<String> stages, List<List<String>> states, List<SankeyFlow> flows) {
            this.stages = stages;
            this.states = states;
            for (String s : stages) {
                Checks.text(s, "Stage name");
            }
            in = new int[stages.size()][];
            out = new int[stages.size()][];
            for (int k = 0; k < stages.size(); k++) {
                Set<String> seen = new HashSet<>();
                for (String st : states.get(k)) {
                    Checks.text(st, "State of stage '" + stages.get(k) + "'");
                    if (!seen.add(st)) {
                        throw new IllegalArgumentException(
                                "State '" + st + "' is listed twice for stage '" + stages.get(k) + "'");
                    }
                }
                in[k] = new int[states.get(k).size()];
                out[k] = new int[states.get(k).size()];
            }
            Set<String> keys = new HashSet<>();
            for (SankeyFlow f : flows) {
                if (f.fromStage() > stages.size() - 2) {
                    throw new IllegalArgumentException("Sankey flow " + f.from() + " -> " + f.to() + " leaves stage "
                            + f.fromStage() + "; the last stage a flow can leave is " + (stages.size() - 2));
                }
                if (!keys.add(f.fromStage() + "\u0000" + f.from() + "\u0000" + f.to())) {
                    throw new IllegalArgumentException("Sankey flow " + f.from() + " -> " + f.to() + " from stage '"
                            + stages.get(f.fromStage()) + "' is given twice");
                }
                out[f.fromStage()][index(f.fromStage(), f.from())] += f.count();
                in[f.fromStage() + 1][index(f.fromStage() + 1, f.to())] += f.count();
            }
            for (int k = 1; k + 1 < stages.size(); k++) {
                for (int i = 0; i < in[k].length; i++) {
                    if (in[k][i] != out[k][i]) {
                        throw new IllegalArgumentException("Stage '" + stages.get(k) + "' state '"
                                + states.get(k).get(i) + "': " + in[k][i] + " patients flow in but " + out[k][i]
                                + " flow out; every patient must be in a state at every stage");
                    }
                }
            }
            List<SankeyFlow> sorted = new ArrayList<>(flows);
            sorted.sort(Comparator.comparingInt(SankeyFlow::fromStage)
                    .thenComparingInt(f -> index(f.fromStage(), f.from()))
                    .thenComparingInt(f -> index(f.fromStage() + 1, f.to())));
            this.flows = sorted;
        }

        int index(int stage, String state) {
            int i = states.get(stage).indexOf(state);
            if (i < 0) {
                throw new IllegalArgumentException("State '" + state + "' is not among the states of stage '"
                        + stages.get(stage) + "' " + states.get(stage));
            }
            return i;
        }

        java.awt.Color colour(int stage, String state) {
            if (StateColour.isKnown(state)) {
                return StateColour.of(state).color();
            }
            int other = 0;
            for (String s : states.get(stage)) {
                if (s.equals(state)) {
                    break;
                }
                other += StateColour.isKnown(s) ? 0 : 1;
            }
            return StateColour.other(other).color();
        }

        int size(int stage, int i) {
            return Math.max(in[stage][i], out[stage][i]);
        }

        void paint(Canvas c, String title) {
            c.title(title, 8);
            int n = stages.size();
            double top = 52;
            double bottom = HEIGHT - 12;
            double labelRoom = 0;
            for (int i = 0; i < states.get(0).size(); i++) {
                labelRoom = Math.max(labelRoom, c.width(label(0, i), Canvas.TEXT_SIZE, false));
            }
            double lastRoom = 0;
            for (int i = 0; i < states.get(n - 1).size(); i++) {
                lastRoom = Math.max(lastRoom, c.width(label(n - 1, i), Canvas.TEXT_SIZE, false));
            }
            double left = 8 + labelRoom + 4;
            double right = WIDTH - 8 - lastRoom - 4 - NODE_WIDTH;
            double scale = Double.MAX_VALUE;
            for (int k = 0; k < n; k++) {
                int total = 0;
                int nodes = 0;
                for (int i = 0; i < states.get(k).size(); i++) {
                    total += size(k, i);
                    nodes += size(k, i) > 0 ? 1 : 0;
                }
                scale = Math.min(scale, (bottom - top - GAP * (nodes - 1)) / total);
            }
            double[][] y = new double[n][];
            for (int k = 0; k < n; k++) {
                y[k] = new double[states.get(k).size()];
                double pos = top;
                for (int i = 0; i < y[k].length; i++) {
                    y[k][i] = pos;
                    if (size(k, i) > 0) {
                        pos += size(k, i) * scale + GAP;
                    }
                }
            }
            double[] x = new double[n];
            for (int k = 0; k < n; k++) {
                x[k] = left + k * (right - left) / (n - 1);
            }

            double[][] outUsed = new double[n][];
            double[][] inUsed = new double[n][];
            for (int k = 0; k < n; k++) {
                outUsed[k] = new double[y[k].length];
                inUsed[k] = new double[y[k].length];
            }
            // Bands enter a node in the order of their source node, so compute entry offsets first.
            Map<SankeyFlow, Double> entry = new LinkedHashMap<>();
            List<SankeyFlow> byTarget = new ArrayList<>(flows);
            byTarget.sort(Comparator.comparingInt(SankeyFlow::fromStage)
                    .thenComparingInt(f -> index(f.fromStage() + 1, f.to()))
                    .thenComparingInt(f -> index(f.fromStage(), f.from())));
            for (SankeyFlow f : byTarget) {
                int k = f.fromStage() + 1;
                int j = index(k, f.to());
                entry.put(f, y[k][j] + inUsed[k][j]);
                inUsed[k][j] += f.count() * scale;
            }
            for (SankeyFlow f : flows) {
                int k = f.fromStage();
                int i = index(k, f.from());
                double h = f.count() * scale;
                double y0 = y[k][i] + outUsed[k][i];
                outUsed[k][i] += h;
                double y1 = entry.get(f);
                double x0 = x[k] + NODE_WIDTH;
                double x1 = x[k + 1];
                double xm = (x0 + x1) / 2;
                Path2D.Double band = new Path2D.Double();
                band.moveTo(x0, y0);
                band.curveTo(xm, y0, xm, y1, x1, y1);
                band.lineTo(x1, y1 + h);
                band.curveTo(xm, y1 + h, xm, y0 + h, x0, y0 + h);
                band.closePath();
                c.begin(
                        "flow",
                        stages.get(k) + " " + f.from() + " -> " + stages.get(k + 1) + " " + f.to() + ": " + f.count());
                Color base = colour(k, f.from());
                c.color(new Color(base.getRed(), base.getGreen(), base.getBlue(), 110));
                c.fill(band);
                c.end();
            }
            for (int k = 0; k < n; k++) {
                c.color(OkabeIto.BLACK);
                c.text(stages.get(k), x[k] + NODE_WIDTH / 2, top - 10, Canvas.LABEL_SIZE, true, 0);
                for (int i = 0; i < y[k].length; i++) {
                    int size = size(k, i);
                    if (size == 0) {
                        continue;
                    }
                    double h = size * scale;
                    c.begin("node", stages.get(k) + " " + states.get(k).get(i) + ": " + size);
                    c.color(colour(k, states.get(k).get(i)));
                    c.fillRect(x[k], y[k][i], NODE_WIDTH, h);
                    String text = label(k, i);
                    double mid = y[k][i] + h / 2;
                    if (k == 0) {
                        c.color(OkabeIto.BLACK);
                        c.textMiddle(text, x[k] - 4, mid, Canvas.TEXT_SIZE, false, 1);
                    } else {
                        double w = c.width(text, Canvas.TEXT_SIZE, false);
                        if (k < n - 1) {
                            c.color(new Color(255, 255, 255, 200));
                            c.fillRect(x[k] + NODE_WIDTH + 2, mid - 6, w + 4, 12);
                        }
                        c.color(OkabeIto.BLACK);
                        c.textMiddle(text, x[k] + NODE_WIDTH + 4, mid, Canvas.TEXT_SIZE, false, -1);
                    }
                    c.end();
                }
            }
        }

        String label(int stage, int i) {
            return states.get(stage).get(i) + " (" + size(stage, i) + ")";
        }
    }
}
