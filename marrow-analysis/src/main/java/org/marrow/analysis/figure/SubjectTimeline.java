package org.marrow.analysis.figure;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.transfusion.BloodProduct;
import org.marrow.clinical.transfusion.Transfusion;
import org.marrow.protocol.schedule.SubjectSchedule;
import org.marrow.study.AdverseEvent;
import org.marrow.study.Dose;
import org.marrow.study.Drug;
import org.marrow.study.EventType;
import org.marrow.study.LabRecord;
import org.marrow.study.StudyEvent;
import org.marrow.study.SubjectRecords;

/**
 * One subject's course for the subject page: haemoglobin, platelets and neutrophils over time, each
 * panel with its value axis (round ticks) and the thresholds of the study's response and severity
 * rules, each labelled at the right end of its line in the line's colour (labels pushed apart so that
 * close thresholds, such as SAA &lt; 0.5 and VSAA &lt; 0.2, stay legible); below them the transfusions,
 * doses (one lane per drug), adverse events (by grade) and study events; day 1 marked. Each value,
 * dose, transfusion and adverse event carries its details as a tooltip (the page also lists them in a
 * table).
 */
public final class SubjectTimeline {
    static final int WIDTH = 960;
    private static final int LEFT = 96;
    private static final int RIGHT = 104;
    private static final int PANEL = 110;
    private static final int GAP = 30;
    private static final int LANE = 18;
    private static final int TOP = 22;
    /** The least vertical distance between two threshold labels, in points. */
    private static final double LABEL_SPACING = 11;

    private static final Color AXIS = new Color(0x555555);
    private static final Color GRID = new Color(0xDDDDDD);
    private static final LabTest[] TESTS = {LabTest.HGB, LabTest.PLAT, LabTest.NEUT};

    private SubjectTimeline() {}

    /**
     * The words of the timeline, in the page's language.
     *
     * @param title the accessible title
     * @param haemoglobin the haemoglobin panel's name
     * @param platelets the platelet panel's name
     * @param neutrophils the neutrophil panel's name
     * @param transfusions the transfusion lanes' name (followed by RBC or PLT)
     * @param adverseEvents the adverse event lane's name
     * @param studyDay the study day under a date, {@code {0}} standing for the day
     */
    public record Labels(
            String title,
            String haemoglobin,
            String platelets,
            String neutrophils,
            String transfusions,
            String adverseEvents,
            String studyDay) {
        /**
         * Checks the labels.
         *
         * @throws IllegalArgumentException if a label is null
         */
        public Labels {
            for (String s :
                    new String[] {title, haemoglobin, platelets, neutrophils, transfusions, adverseEvents, studyDay}) {
                if (s == null) {
                    throw new IllegalArgumentException("Timeline labels must not be null");
                }
            }
        }
    }

    /**
     * How the lanes and tooltips name what they show, in the page's language.
     *
     * @param drug a drug's name (a dose lane)
     * @param product a blood product's name (a transfusion lane)
     * @param event a study event's name
     * @param transfusion a transfusion's tooltip
     * @param dose a dose's tooltip
     * @param adverseEvent an adverse event's tooltip
     */
    public record Names(
            Function<Drug, String> drug,
            Function<BloodProduct, String> product,
            Function<EventType, String> event,
            Function<Transfusion, String> transfusion,
            Function<Dose, String> dose,
            Function<AdverseEvent, String> adverseEvent) {
        /**
         * Checks the names.
         *
         * @throws IllegalArgumentException if a function is null
         */
        public Names {
            if (drug == null
                    || product == null
                    || event == null
                    || transfusion == null
                    || dose == null
                    || adverseEvent == null) {
                throw new IllegalArgumentException("Timeline names must not be null");
            }
        }

        /**
         * The data set's own codes and English words: drug ids, RBC and PLT, event types.
         *
         * @return the names
         */
        public static Names codes() {
            return new Names(
                    Drug::id,
                    BloodProduct::name,
                    EventType::name,
                    t -> t.date() + ": " + t.product().name() + " x " + t.units(),
                    d -> d.date() + ": " + d.drug().id() + " " + d.amount().toPlainString() + " "
                            + d.unit().symbol(),
                    a -> a.startDate() + " - "
                            + a.endDate().map(LocalDate::toString).orElse("") + ": " + a.term() + ", grade " + a.grade()
                            + (a.serious() ? ", serious" : ""));
        }
    }

    /**
     * Draws a subject's timeline, naming drugs, products and events by their codes ({@link Names#codes()}).
     *
     * @param name the figure's name
     * @param records the subject's records
     * @param thresholds the lines to draw ({@link ThresholdLine#of})
     * @param labels the words
     * @return the figure; empty if the subject has no record with a date
     * @throws IllegalArgumentException if an argument is null or the name is not a valid figure name
     */
    public static Optional<Figure> of(
            String name, SubjectRecords records, List<ThresholdLine> thresholds, Labels labels) {
        return of(name, records, thresholds, labels, Names.codes());
    }

    /**
     * Draws a subject's timeline.
     *
     * @param name the figure's name
     * @param records the subject's records
     * @param thresholds the lines to draw ({@link ThresholdLine#of})
     * @param labels the words
     * @param names how drugs, products, events and tooltips are named
     * @return the figure; empty if the subject has no record with a date
     * @throws IllegalArgumentException if an argument is null or the name is not a valid figure name
     */
    public static Optional<Figure> of(
            String name, SubjectRecords records, List<ThresholdLine> thresholds, Labels labels, Names names) {
        Figure.checkName(name);
        if (records == null || thresholds == null || labels == null || names == null) {
            throw new IllegalArgumentException("Records, thresholds, labels and names must not be null");
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        records.labs().forEach(l -> dates.add(l.date()));
        records.transfusions().forEach(t -> dates.add(t.date()));
        records.doses().forEach(d -> dates.add(d.date()));
        records.adverseEvents().forEach(a -> {
            dates.add(a.startDate());
            a.endDate().ifPresent(dates::add);
        });
        records.events().forEach(e -> dates.add(e.date()));
        if (dates.isEmpty()) {
            return Optional.empty();
        }
        List<Drug> drugs = records.doses().stream()
                .map(Dose::drug)
                .distinct()
                .sorted(Comparator.naturalOrder())
                .toList();
        int lanes = 2 + drugs.size() + 1;
        int height = TOP + 3 * (PANEL + GAP) + lanes * LANE + 50;
        List<ThresholdLine> lines = List.copyOf(thresholds);
        LocalDate from = dates.first();
        LocalDate to = dates.last().equals(from) ? from.plusDays(1) : dates.last();
        return Optional.of(new Figure(
                name, labels.title(), WIDTH, height, c -> paint(c, records, from, to, drugs, lines, labels, names)));
    }

    private static void paint(
            Canvas c,
            SubjectRecords r,
            LocalDate from,
            LocalDate to,
            List<Drug> drugs,
            List<ThresholdLine> thresholds,
            Labels labels,
            Names names) {
        double plotW = WIDTH - LEFT - RIGHT;
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        ToDoubleFunction<LocalDate> x = d -> LEFT + plotW * ChronoUnit.DAYS.between(from, d) / span;
        String[] panelNames = {labels.haemoglobin(), labels.platelets(), labels.neutrophils()};
        for (int p = 0; p < TESTS.length; p++) {
            panel(c, r, TESTS[p], panelNames[p], TOP + p * (PANEL + GAP), plotW, x, thresholds);
        }
        int lanes = 2 + drugs.size() + 1;
        double laneY = TOP + 3 * (PANEL + GAP);
        String[] laneNames = new String[lanes];
        laneNames[0] = labels.transfusions() + " " + names.product().apply(BloodProduct.RBC);
        laneNames[1] = labels.transfusions() + " " + names.product().apply(BloodProduct.PLT);
        for (int d = 0; d < drugs.size(); d++) {
            laneNames[2 + d] = names.drug().apply(drugs.get(d));
        }
        laneNames[lanes - 1] = labels.adverseEvents();
        c.begin("lanes");
        for (int lane = 0; lane < lanes; lane++) {
            double ly = laneY + lane * LANE + LANE / 2.0;
            c.color(GRID);
            c.stroke(1f);
            c.line(LEFT, ly, LEFT + plotW, ly);
            c.color(OkabeIto.BLACK);
            c.text(laneNames[lane], LEFT - 6, ly + 4, 10f, false, 1);
        }
        c.end();
        for (Transfusion t : r.transfusions()) {
            int lane = t.product() == BloodProduct.RBC ? 0 : 1;
            double cx = x.applyAsDouble(t.date());
            double cy = laneY + lane * LANE + LANE / 2.0;
            c.tip("transfusion", names.transfusion().apply(t));
            c.color(lane == 0 ? OkabeIto.VERMILLION : OkabeIto.ORANGE);
            Path2D.Double triangle = new Path2D.Double();
            triangle.moveTo(cx, cy - 5);
            triangle.lineTo(cx - 5, cy + 5);
            triangle.lineTo(cx + 5, cy + 5);
            triangle.closePath();
            c.fill(triangle);
            c.end();
        }
        for (Dose d : r.doses()) {
            int lane = 2 + drugs.indexOf(d.drug());
            c.tip("dose", names.dose().apply(d));
            c.color(OkabeIto.BLUE);
            c.fillRect(x.applyAsDouble(d.date()) - 1, laneY + lane * LANE + 4, 2.5, LANE - 8);
            c.end();
        }
        double aeY = laneY + (lanes - 1) * LANE;
        for (AdverseEvent a : r.adverseEvents()) {
            LocalDate end = a.endDate().orElse(to);
            double x0 = x.applyAsDouble(a.startDate());
            c.tip("adverse-event", names.adverseEvent().apply(a));
            c.color(a.grade() >= 3 ? OkabeIto.VERMILLION : OkabeIto.ORANGE);
            c.fillRect(x0, aeY + 3, Math.max(x.applyAsDouble(end) - x0, 1), LANE - 6);
            c.end();
        }
        double bottomY = laneY + lanes * LANE;
        c.begin("events");
        for (StudyEvent e : r.events()) {
            double ex = x.applyAsDouble(e.date());
            c.color(OkabeIto.REDDISH_PURPLE);
            c.dashed(1.5f);
            c.line(ex, TOP, ex, bottomY);
            c.text(names.event().apply(e.type()), ex + 3, TOP + 10, 10f, false, -1);
        }
        c.end();
        c.begin("axis x");
        c.color(AXIS);
        c.stroke(1f);
        c.line(LEFT, bottomY, LEFT + plotW, bottomY);
        LocalDate day1 = r.subject().firstDoseOn().orElse(null);
        for (int i = 0; i <= 6; i++) {
            LocalDate d = from.plusDays(Math.round(span * i / 6.0));
            double px = x.applyAsDouble(d);
            c.line(px, bottomY, px, bottomY + 4);
            c.text(d.toString(), px, bottomY + 17, 10f, false, 0);
            if (day1 != null) {
                long day = SubjectSchedule.studyDay(day1, d);
                c.text(labels.studyDay().replace("{0}", Long.toString(day)), px, bottomY + 31, 10f, false, 0);
            }
        }
        c.end();
        if (day1 != null && !day1.isBefore(from) && !day1.isAfter(to)) {
            c.begin("day-1");
            c.color(OkabeIto.BLACK);
            c.dashed(1f);
            c.line(x.applyAsDouble(day1), TOP, x.applyAsDouble(day1), bottomY);
            c.end();
        }
    }

    private static void panel(
            Canvas c,
            SubjectRecords r,
            LabTest test,
            String name,
            int y0,
            double plotW,
            ToDoubleFunction<LocalDate> x,
            List<ThresholdLine> thresholds) {
        List<LabRecord> series = r.labs().stream()
                .filter(l -> l.test() == test)
                .sorted(Comparator.comparing(LabRecord::date))
                .toList();
        List<ThresholdLine> lines =
                thresholds.stream().filter(t -> t.test() == test).toList();
        double maxValue = series.stream()
                .mapToDouble(l -> canonical(l).doubleValue())
                .max()
                .orElse(0);
        double topThreshold =
                lines.stream().mapToDouble(ThresholdLine::value).max().orElse(1);
        Axis axis = Axis.rounded(0, Math.max(maxValue, topThreshold) * 1.05, 4, y0 + PANEL, y0);
        DoubleUnaryOperator y = axis::map;
        c.begin("panel");
        c.color(OkabeIto.BLACK);
        c.text(name, LEFT, y0 - 7, 11f, true, -1);
        c.begin("axis y");
        for (double t : axis.ticks()) {
            double ty = y.applyAsDouble(t);
            c.color(GRID);
            c.stroke(0.8f);
            c.line(LEFT, ty, LEFT + plotW, ty);
            c.color(AXIS);
            c.line(LEFT - 4, ty, LEFT, ty);
            c.text(Axis.label(t), LEFT - 7, ty + 3.5, 10f, false, 1);
        }
        c.end();
        c.color(AXIS);
        c.stroke(1f);
        c.line(LEFT, y0 + PANEL, LEFT + plotW, y0 + PANEL);
        c.line(LEFT, y0, LEFT, y0 + PANEL);
        double[] labelY = labelPositions(lines, y, y0, y0 + PANEL);
        for (int i = 0; i < lines.size(); i++) {
            ThresholdLine t = lines.get(i);
            double ly = y.applyAsDouble(t.value());
            c.begin("threshold", t.label());
            c.color(t.kind().colour());
            c.dashed(1.2f);
            c.line(LEFT, ly, LEFT + plotW, ly);
            c.stroke(1f);
            c.line(LEFT + plotW, ly, LEFT + plotW + 5, labelY[i]);
            c.text(t.label(), LEFT + plotW + 7, labelY[i] + 3.5, 10f, true, -1);
            c.end();
        }
        if (series.size() > 1) {
            double[] xs = new double[series.size()];
            double[] ys = new double[series.size()];
            for (int i = 0; i < series.size(); i++) {
                xs[i] = x.applyAsDouble(series.get(i).date());
                ys[i] = y.applyAsDouble(canonical(series.get(i)).doubleValue());
            }
            c.color(OkabeIto.BLUE);
            c.stroke(1.8f);
            c.polyline(xs, ys);
        }
        c.end();
        for (LabRecord l : series) {
            double cx = x.applyAsDouble(l.date());
            double cy = y.applyAsDouble(canonical(l).doubleValue());
            c.tip("value", l.date() + ": " + l.value().amount().toPlainString() + " " + l.unitText());
            c.color(OkabeIto.BLUE);
            c.fill(new Ellipse2D.Double(cx - 2.6, cy - 2.6, 5.2, 5.2));
            c.end();
        }
    }

    /**
     * Where each threshold's label goes: at its line, moved apart to at least {@link #LABEL_SPACING}
     * between neighbours and kept within the panel.
     */
    static double[] labelPositions(List<ThresholdLine> lines, DoubleUnaryOperator y, double top, double bottom) {
        int n = lines.size();
        Integer[] order = new Integer[n];
        double[] at = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            at[i] = y.applyAsDouble(lines.get(i).value());
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> at[i]));
        double[] placed = new double[n];
        for (int k = 0; k < n; k++) {
            double want = at[order[k]];
            placed[k] = k == 0 ? Math.max(want, top + 4) : Math.max(want, placed[k - 1] + LABEL_SPACING);
        }
        double overflow = n == 0 ? 0 : placed[n - 1] - (bottom - 2);
        if (overflow > 0) {
            placed[n - 1] -= overflow;
            for (int k = n - 2; k >= 0; k--) {
                placed[k] = Math.min(placed[k], placed[k + 1] - LABEL_SPACING);
            }
        }
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[order[k]] = placed[k];
        }
        return out;
    }

    private static BigDecimal canonical(LabRecord l) {
        return l.value().inCanonicalUnit().amount();
    }
}
