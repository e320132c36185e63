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
import java.util.function.ToDoubleFunction;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.transfusion.BloodProduct;
import org.marrow.clinical.transfusion.Transfusion;
import org.marrow.protocol.schedule.SubjectSchedule;
import org.marrow.study.AdverseEvent;
import org.marrow.study.Dose;
import org.marrow.study.Drug;
import org.marrow.study.LabRecord;
import org.marrow.study.StudyEvent;
import org.marrow.study.SubjectRecords;

/**
 * One subject's course for the subject page: haemoglobin, platelets and neutrophils over time with
 * the thresholds of the study's response and severity rules, and below them the transfusions, doses
 * (one lane per drug), adverse events (by grade) and study events; day 1 marked. Each value, dose,
 * transfusion and adverse event carries its details as a tooltip.
 */
public final class SubjectTimeline {
    static final int WIDTH = 960;
    private static final int LEFT = 96;
    private static final int RIGHT = 24;
    private static final int PANEL = 110;
    private static final int GAP = 22;
    private static final int LANE = 18;
    private static final int TOP = 16;
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
     * Draws a subject's timeline.
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
        Figure.checkName(name);
        if (records == null || thresholds == null || labels == null) {
            throw new IllegalArgumentException("Records, thresholds and labels must not be null");
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
                name, labels.title(), WIDTH, height, c -> paint(c, records, from, to, drugs, lines, labels)));
    }

    private static void paint(
            Canvas c,
            SubjectRecords r,
            LocalDate from,
            LocalDate to,
            List<Drug> drugs,
            List<ThresholdLine> thresholds,
            Labels labels) {
        double plotW = WIDTH - LEFT - RIGHT;
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        ToDoubleFunction<LocalDate> x = d -> LEFT + plotW * ChronoUnit.DAYS.between(from, d) / span;
        String[] names = {labels.haemoglobin(), labels.platelets(), labels.neutrophils()};
        for (int p = 0; p < TESTS.length; p++) {
            panel(c, r, TESTS[p], names[p], TOP + p * (PANEL + GAP), plotW, x, thresholds);
        }
        int lanes = 2 + drugs.size() + 1;
        double laneY = TOP + 3 * (PANEL + GAP);
        String[] laneNames = new String[lanes];
        laneNames[0] = labels.transfusions() + " " + BloodProduct.RBC.name();
        laneNames[1] = labels.transfusions() + " " + BloodProduct.PLT.name();
        for (int d = 0; d < drugs.size(); d++) {
            laneNames[2 + d] = drugs.get(d).id();
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
            c.tip("transfusion", t.date() + ": " + t.product().name() + " x " + t.units());
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
            c.tip(
                    "dose",
                    d.date() + ": " + d.drug().id() + " " + d.amount().toPlainString() + " "
                            + d.unit().symbol());
            c.color(OkabeIto.BLUE);
            c.fillRect(x.applyAsDouble(d.date()) - 1, laneY + lane * LANE + 4, 2.5, LANE - 8);
            c.end();
        }
        double aeY = laneY + (lanes - 1) * LANE;
        for (AdverseEvent a : r.adverseEvents()) {
            LocalDate end = a.endDate().orElse(to);
            double x0 = x.applyAsDouble(a.startDate());
            c.tip(
                    "adverse-event",
                    a.startDate() + " - " + a.endDate().map(LocalDate::toString).orElse("") + ": " + a.term()
                            + ", grade " + a.grade() + (a.serious() ? ", serious" : ""));
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
            c.text(e.type().name(), ex + 3, TOP + 10, 10f, false, -1);
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
        double yMax = Math.max(maxValue, topThreshold) * 1.1;
        DoubleUnaryOperator y = v -> y0 + PANEL * (1 - v / yMax);
        c.begin("panel");
        c.color(AXIS);
        c.stroke(1f);
        c.line(LEFT, y0 + PANEL, LEFT + plotW, y0 + PANEL);
        c.line(LEFT, y0, LEFT, y0 + PANEL);
        c.color(OkabeIto.BLACK);
        c.text(name, 8, y0 + 12, 12f, false, -1);
        c.color(AXIS);
        c.text("0", LEFT - 6, y.applyAsDouble(0) + 4, 10f, false, 1);
        for (ThresholdLine t : lines) {
            c.begin("threshold");
            c.color(t.kind().colour());
            c.dashed(1.2f);
            c.line(LEFT, y.applyAsDouble(t.value()), LEFT + plotW, y.applyAsDouble(t.value()));
            c.text(t.label(), LEFT - 6, y.applyAsDouble(t.value()) + 4, 10f, false, 1);
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

    private static BigDecimal canonical(LabRecord l) {
        return l.value().inCanonicalUnit().amount();
    }
}
