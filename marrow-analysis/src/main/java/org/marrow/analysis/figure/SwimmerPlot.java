package org.marrow.analysis.figure;

import java.awt.geom.Path2D;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.marrow.clinical.response.ResponseCategory;

/**
 * Swimmer plot: one horizontal lane per patient from the start of treatment to the end of
 * follow-up, coloured by the response category in force, with markers for relapse, HSCT and death
 * and an arrow for patients still in follow-up (document 001 Figure 1C).
 */
public final class SwimmerPlot {
    /** More lanes than this would not be readable at print size. */
    public static final int MAX_LANES = 200;

    static final int WIDTH = 480;
    private static final double PITCH = 12;
    private static final double BAR = 7;
    private static final String ONGOING = "In follow-up";

    private SwimmerPlot() {}

    /**
     * Draws the plot, lanes top to bottom in the given order.
     *
     * @param name the figure's file name
     * @param title the figure's title
     * @param timeLabel the time axis title, for example {@code "Days since start of treatment"}
     * @param lanes one lane per patient (1 to {@link #MAX_LANES})
     * @return the figure
     * @throws IllegalArgumentException if a name or label is blank or there are no lanes or more
     *     than {@link #MAX_LANES}
     */
    public static Figure of(String name, String title, String timeLabel, List<SwimmerLane> lanes) {
        Figure.checkName(name);
        Checks.text(title, "Figure title");
        Checks.text(timeLabel, "Time axis label");
        Checks.count(lanes, 1, MAX_LANES, "Lanes of a swimmer plot");
        List<SwimmerLane> data = List.copyOf(lanes);
        int height = (int) Math.ceil(top(data) + data.size() * PITCH + 40);
        return new Figure(name, title, WIDTH, height, c -> paint(c, title, timeLabel, data, height));
    }

    /** Lanes start under the title and the legend, whose rows depend on what the lanes show. */
    private static double top(List<SwimmerLane> lanes) {
        Set<ResponseCategory> categories = EnumSet.noneOf(ResponseCategory.class);
        Set<SwimmerEvent.Kind> kinds = EnumSet.noneOf(SwimmerEvent.Kind.class);
        boolean ongoing = false;
        for (SwimmerLane lane : lanes) {
            lane.spans().forEach(s -> categories.add(s.category()));
            lane.events().forEach(e -> kinds.add(e.kind()));
            ongoing |= lane.ongoing();
        }
        List<String> texts = new java.util.ArrayList<>();
        categories.forEach(c -> texts.add(c.name()));
        kinds.forEach(k -> texts.add(k.label()));
        if (ongoing) {
            texts.add(ONGOING);
        }
        return 40 + Legend.height(texts, 8, WIDTH - 8) + 8;
    }

    private static void paint(Canvas c, String title, String timeLabel, List<SwimmerLane> lanes, int height) {
        c.title(title, 8);
        double labelRoom = 0;
        double maxEnd = 0;
        Set<ResponseCategory> categories = EnumSet.noneOf(ResponseCategory.class);
        Set<SwimmerEvent.Kind> kinds = EnumSet.noneOf(SwimmerEvent.Kind.class);
        boolean ongoing = false;
        for (SwimmerLane lane : lanes) {
            labelRoom = Math.max(labelRoom, c.width(lane.subject(), Canvas.TEXT_SIZE, false));
            maxEnd = Math.max(maxEnd, lane.end());
            lane.spans().forEach(s -> categories.add(s.category()));
            lane.events().forEach(e -> kinds.add(e.kind()));
            ongoing |= lane.ongoing();
        }
        double left = 8 + labelRoom + 6;
        double right = WIDTH - 16;

        Legend legend = new Legend();
        for (ResponseCategory cat : categories) {
            legend.add(cat.name(), (x, y) -> {
                c.color(StateColour.of(cat));
                c.fillRect(x - 4, y - BAR / 2, 9, BAR);
            });
        }
        for (SwimmerEvent.Kind kind : kinds) {
            legend.add(kind.label(), (x, y) -> marker(c, kind, x, y));
        }
        if (ongoing) {
            legend.add(ONGOING, (x, y) -> arrow(c, x - 3, y));
        }
        legend.draw(c, 8, WIDTH - 8, 32);
        double top = top(lanes);
        double bottom = top + lanes.size() * PITCH;

        Axis x = Axis.rounded(0, maxEnd, 6, left, right);
        c.begin("axis x");
        c.color(OkabeIto.BLACK);
        c.stroke(0.8f);
        c.line(left, bottom + 2, right, bottom + 2);
        for (double t : x.ticks()) {
            c.line(x.map(t), bottom + 2, x.map(t), bottom + 5);
            c.text(Axis.label(t), x.map(t), bottom + 15, Canvas.TEXT_SIZE, false, 0);
        }
        c.text(timeLabel, (left + right) / 2, bottom + 30, Canvas.LABEL_SIZE, false, 0);
        c.end();

        for (int i = 0; i < lanes.size(); i++) {
            SwimmerLane lane = lanes.get(i);
            double mid = top + (i + 0.5) * PITCH;
            c.begin("lane", lane.subject());
            c.color(OkabeIto.BLACK);
            c.textMiddle(lane.subject(), left - 6, mid, Canvas.TEXT_SIZE, false, 1);
            c.color(OkabeIto.GREY);
            c.stroke(0.8f);
            c.line(x.map(0), mid, x.map(lane.end()), mid);
            for (ResponseSpan s : lane.spans()) {
                c.color(StateColour.of(s.category()));
                c.fillRect(x.map(s.start()), mid - BAR / 2, x.map(s.end()) - x.map(s.start()), BAR);
            }
            if (lane.ongoing()) {
                arrow(c, x.map(lane.end()) + 1, mid);
            }
            for (SwimmerEvent e : lane.events()) {
                marker(c, e.kind(), x.map(e.time()), mid);
            }
            c.end();
        }
    }

    private static void arrow(Canvas c, double x, double y) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y - 4);
        p.lineTo(x + 7, y);
        p.lineTo(x, y + 4);
        p.closePath();
        c.color(OkabeIto.BLACK);
        c.fill(p);
    }

    private static void marker(Canvas c, SwimmerEvent.Kind kind, double x, double y) {
        c.begin("event " + kind.name().toLowerCase(java.util.Locale.ROOT));
        Path2D.Double p = new Path2D.Double();
        switch (kind) {
            case RELAPSE -> {
                p.moveTo(x - 4.5, y - 5);
                p.lineTo(x + 4.5, y - 5);
                p.lineTo(x, y + 4);
                p.closePath();
                c.color(java.awt.Color.WHITE);
                c.stroke(2.5f);
                c.draw(p);
                c.color(OkabeIto.VERMILLION);
                c.fill(p);
            }
            case HSCT -> {
                p.moveTo(x, y - 5);
                p.lineTo(x + 5, y);
                p.lineTo(x, y + 5);
                p.lineTo(x - 5, y);
                p.closePath();
                c.color(java.awt.Color.WHITE);
                c.stroke(2.5f);
                c.draw(p);
                c.color(OkabeIto.REDDISH_PURPLE);
                c.fill(p);
            }
            case DEATH -> {
                c.color(java.awt.Color.WHITE);
                c.stroke(4f);
                c.line(x - 4, y - 4, x + 4, y + 4);
                c.line(x - 4, y + 4, x + 4, y - 4);
                c.color(OkabeIto.BLACK);
                c.stroke(2f);
                c.line(x - 4, y - 4, x + 4, y + 4);
                c.line(x - 4, y + 4, x + 4, y - 4);
            }
        }
        c.end();
    }
}
