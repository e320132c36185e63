package org.marrow.analysis.figure;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Participant flow diagram (CONSORT style; document 000 Figure 1A): the stages from screening to
 * the assessable populations in a column of boxes joined by arrows, and side boxes with the
 * patients who left between two stages and why.
 */
public final class ParticipantFlow {
    static final int WIDTH = 480;
    private static final double BOX_X = 16;
    private static final double BOX_W = 200;
    private static final double SIDE_X = 252;
    private static final double SIDE_W = 212;
    private static final double LINE = 12;
    private static final double PAD = 6;

    private ParticipantFlow() {}

    /**
     * Draws the diagram.
     *
     * @param name the figure's file name
     * @param title the figure's title
     * @param stages 2 to 10 stages, top to bottom; the last one's exits are not drawn
     * @return the figure
     * @throws IllegalArgumentException if the name or title is not valid, there are fewer than 2 or
     *     more than 10 stages, or the last stage has exits
     */
    public static Figure of(String name, String title, List<FlowStage> stages) {
        Figure.checkName(name);
        Checks.text(title, "Figure title");
        Checks.count(stages, 2, 10, "Stages of a participant flow diagram");
        List<FlowStage> data = List.copyOf(stages);
        if (!data.get(data.size() - 1).exits().isEmpty()) {
            throw new IllegalArgumentException(
                    "The last stage ('" + data.get(data.size() - 1).label()
                            + "') cannot have exits: there is no later stage to leave before");
        }
        List<Block> blocks = layout(data);
        Block last = blocks.get(blocks.size() - 1);
        int height = (int) Math.ceil(last.y + last.height + 12);
        return new Figure(name, title, WIDTH, height, c -> paint(c, title, data, blocks));
    }

    private record Block(
            double y,
            double height,
            List<String> lines,
            double sideY,
            double sideHeight,
            List<String> sideLines,
            int sideHeadingLines) {}

    private static List<Block> layout(List<FlowStage> stages) {
        List<Block> blocks = new ArrayList<>();
        double y = 32;
        for (FlowStage s : stages) {
            List<String> lines = new ArrayList<>(Canvas.wrap(s.label(), Canvas.LABEL_SIZE, true, BOX_W - 2 * PAD));
            lines.add("n = " + s.n());
            double h = lines.size() * LINE + 2 * PAD;
            double next = y + h;
            List<String> side = new ArrayList<>();
            int headingLines = 0;
            double sideY = 0;
            double sideH = 0;
            if (!s.exits().isEmpty()) {
                side.addAll(Canvas.wrap(
                        s.exitLabel() + " (n = " + s.leaving() + ")", Canvas.LABEL_SIZE, true, SIDE_W - 2 * PAD));
                headingLines = side.size();
                for (FlowExit e : s.exits()) {
                    List<String> wrapped = Canvas.wrap(
                            e.reason() + " (n = " + e.n() + ")", Canvas.TEXT_SIZE, false, SIDE_W - 2 * PAD - 8);
                    for (int i = 0; i < wrapped.size(); i++) {
                        side.add((i == 0 ? "\u2022 " : "   ") + wrapped.get(i));
                    }
                }
                sideH = side.size() * LINE + 2 * PAD;
                sideY = next + 14;
                next = sideY + sideH + 14;
            } else {
                next += 24;
            }
            blocks.add(new Block(y, h, lines, sideY, sideH, side, headingLines));
            y = next;
        }
        return blocks;
    }

    private static void paint(Canvas c, String title, List<FlowStage> stages, List<Block> blocks) {
        c.title(title, 8);
        double centre = BOX_X + BOX_W / 2;
        for (int i = 0; i < stages.size(); i++) {
            FlowStage s = stages.get(i);
            Block b = blocks.get(i);
            c.begin("stage", s.label() + ": " + s.n());
            box(c, BOX_X, b.y, BOX_W, b.height);
            for (int l = 0; l < b.lines.size(); l++) {
                boolean count = l == b.lines.size() - 1;
                c.text(
                        b.lines.get(l),
                        centre,
                        b.y + PAD + LINE * (l + 1) - 3,
                        count ? Canvas.TEXT_SIZE : Canvas.LABEL_SIZE,
                        !count,
                        0);
            }
            c.end();
            if (i + 1 < stages.size()) {
                double nextTop = blocks.get(i + 1).y;
                c.color(OkabeIto.BLACK);
                c.stroke(1f);
                c.line(centre, b.y + b.height, centre, nextTop - 5);
                arrowHead(c, centre, nextTop, true);
            }
            if (!s.exits().isEmpty()) {
                c.begin("exit", s.exitLabel() + ": " + s.leaving());
                double mid = b.sideY + b.sideHeight / 2;
                c.color(OkabeIto.BLACK);
                c.stroke(1f);
                c.line(centre, mid, SIDE_X - 5, mid);
                arrowHead(c, SIDE_X, mid, false);
                box(c, SIDE_X, b.sideY, SIDE_W, b.sideHeight);
                for (int l = 0; l < b.sideLines.size(); l++) {
                    boolean heading = l < b.sideHeadingLines;
                    c.text(
                            b.sideLines.get(l),
                            SIDE_X + PAD,
                            b.sideY + PAD + LINE * (l + 1) - 3,
                            heading ? Canvas.LABEL_SIZE : Canvas.TEXT_SIZE,
                            heading,
                            -1);
                }
                c.end();
            }
        }
    }

    private static void box(Canvas c, double x, double y, double w, double h) {
        c.color(new java.awt.Color(0xF2F2F2));
        c.fillRect(x, y, w, h);
        c.color(OkabeIto.BLACK);
        c.stroke(1f);
        c.drawRect(x, y, w, h);
    }

    private static void arrowHead(Canvas c, double x, double y, boolean down) {
        Path2D.Double p = new Path2D.Double();
        if (down) {
            p.moveTo(x - 4, y - 6);
            p.lineTo(x + 4, y - 6);
        } else {
            p.moveTo(x - 6, y - 4);
            p.lineTo(x - 6, y + 4);
        }
        p.lineTo(x, y);
        p.closePath();
        c.fill(p);
    }
}
