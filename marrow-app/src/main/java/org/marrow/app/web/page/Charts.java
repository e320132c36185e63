package org.marrow.app.web.page;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
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

/** The pages' charts as inline SVG: enrolment by site over time, and a subject's timeline. */
final class Charts {
    /** Okabe-Ito colours: distinguishable with the common colour vision deficiencies. */
    static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"};

    private static final String AXIS = "#555555";
    private static final String GRID = "#dddddd";
    private static final int LEFT = 96;
    private static final int RIGHT = 24;
    private static final int WIDTH = 960;

    private Charts() {}

    /**
     * A response threshold drawn on a count panel.
     *
     * @param value the value in the panel's (canonical) unit
     * @param label e.g. {@code "CR > 100"}
     */
    record Threshold(double value, String label) {}

    /**
     * The thresholds of the response and severity rules, in canonical units: haemoglobin g/L, counts
     * 10^9/L. Sources: marrow-clinical {@code ResponseCriteria} (document 000 "End points": CR Hb &gt; 100
     * g/L, ANC &gt; 1.0, PLT &gt; 100; VGPR PLT &gt; 80; GPR Hb &gt; 80, PLT &gt; 50) and
     * {@code SeverityCriteria.document000()} (SAA ANC &lt; 0.5, PLT &lt; 20; VSAA ANC &lt; 0.2).
     */
    static Map<LabTest, List<Threshold>> thresholds(String criteriaSet) {
        boolean fiveTier = "five-tier".equals(criteriaSet);
        List<Threshold> hb = new ArrayList<>(List.of(new Threshold(100, "CR > 100")));
        List<Threshold> plt = new ArrayList<>(List.of(new Threshold(100, "CR > 100")));
        if (fiveTier) {
            hb.add(new Threshold(80, "GPR > 80"));
            plt.add(new Threshold(80, "VGPR > 80"));
            plt.add(new Threshold(50, "GPR > 50"));
        }
        plt.add(new Threshold(20, "SAA < 20"));
        List<Threshold> anc = List.of(
                new Threshold(1.0, "CR > 1.0"), new Threshold(0.5, "SAA < 0.5"), new Threshold(0.2, "VSAA < 0.2"));
        return Map.of(LabTest.HGB, hb, LabTest.PLAT, plt, LabTest.NEUT, anc);
    }

    /**
     * Cumulative enrolment per site by enrolment date.
     *
     * @param bySite each site's enrolment dates
     * @param title the chart's accessible title
     * @return the SVG
     */
    static String enrolment(Map<String, List<LocalDate>> bySite, String title) {
        int height = 260;
        int top = 20;
        int bottom = 50;
        Svg svg = new Svg(WIDTH, height, title);
        List<LocalDate> all =
                bySite.values().stream().flatMap(List::stream).sorted().toList();
        if (all.isEmpty()) {
            return svg.toString();
        }
        LocalDate from = all.get(0).withDayOfMonth(1);
        LocalDate to = all.get(all.size() - 1).plusMonths(1).withDayOfMonth(1);
        int max = bySite.values().stream().mapToInt(List::size).max().orElse(1);
        int yMax = niceCeiling(max);
        double plotW = WIDTH - LEFT - RIGHT - 140;
        double plotH = height - top - bottom;
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        Function<LocalDate, Double> x = d -> LEFT + plotW * ChronoUnit.DAYS.between(from, d) / span;
        Function<Double, Double> y = v -> top + plotH * (1 - v / yMax);
        yAxis(svg, y, yMax, LEFT, LEFT + plotW);
        long months = ChronoUnit.MONTHS.between(from, to);
        int step = (int) Math.max(1, Math.ceil(months / 8.0));
        for (LocalDate m = from; !m.isAfter(to); m = m.plusMonths(step)) {
            svg.line(x.apply(m), top + plotH, x.apply(m), top + plotH + 4, AXIS, 1, false);
            svg.text(x.apply(m), top + plotH + 18, m.toString().substring(0, 7), "middle", 11, AXIS);
        }
        int i = 0;
        for (Map.Entry<String, List<LocalDate>> site : new TreeMap<>(bySite).entrySet()) {
            String colour = COLOURS[i % COLOURS.length];
            List<LocalDate> dates = site.getValue().stream().sorted().toList();
            StringBuilder points = new StringBuilder(Svg.n(x.apply(from)) + "," + Svg.n(y.apply(0.0)));
            int count = 0;
            for (LocalDate d : dates) {
                points.append(' ').append(Svg.n(x.apply(d))).append(',').append(Svg.n(y.apply((double) count)));
                count++;
                points.append(' ').append(Svg.n(x.apply(d))).append(',').append(Svg.n(y.apply((double) count)));
            }
            points.append(' ').append(Svg.n(x.apply(to))).append(',').append(Svg.n(y.apply((double) count)));
            svg.polyline(points.toString(), colour, 2.5);
            double ly = top + 14 + 18 * i;
            svg.line(LEFT + plotW + 16, ly - 4, LEFT + plotW + 36, ly - 4, colour, 3, false);
            svg.text(LEFT + plotW + 42, ly, site.getKey() + " (" + count + ")", "start", 12, "#222222");
            i++;
        }
        return svg.toString();
    }

    /** The words the timeline needs, in the page's language. */
    record TimelineText(
            String title,
            String haemoglobin,
            String platelets,
            String neutrophils,
            String transfusions,
            String adverseEvents,
            String events,
            String studyDay) {}

    /**
     * A subject's counts over time with the response thresholds, and below them the transfusions,
     * doses (one lane per drug), adverse events (by grade) and events.
     *
     * @param r the subject's records
     * @param day1 the first dose date, or null before treatment
     * @param criteriaSet the study's response criteria set code
     * @param text the words
     * @return the SVG, or null if the subject has no counts, transfusions or doses
     */
    static String timeline(SubjectRecords r, LocalDate day1, String criteriaSet, TimelineText text) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        r.labs().forEach(l -> dates.add(l.date()));
        r.transfusions().forEach(t -> dates.add(t.date()));
        r.doses().forEach(d -> dates.add(d.date()));
        r.adverseEvents().forEach(a -> {
            dates.add(a.startDate());
            a.endDate().ifPresent(dates::add);
        });
        r.events().forEach(e -> dates.add(e.date()));
        if (dates.isEmpty()) {
            return null;
        }
        LocalDate from = dates.first();
        LocalDate to = dates.last().equals(from) ? from.plusDays(1) : dates.last();
        List<Drug> drugs = r.doses().stream()
                .map(Dose::drug)
                .distinct()
                .sorted(Comparator.naturalOrder())
                .toList();
        int panelH = 110;
        int gap = 22;
        int laneH = 18;
        int top = 16;
        int lanes = 2 + drugs.size() + 1;
        int panelsBottom = top + 3 * (panelH + gap);
        int height = panelsBottom + lanes * laneH + 50;
        double plotW = WIDTH - LEFT - RIGHT;
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        Function<LocalDate, Double> x = d -> LEFT + plotW * ChronoUnit.DAYS.between(from, d) / span;
        Svg svg = new Svg(WIDTH, height, text.title());
        Map<LabTest, List<Threshold>> thresholds = thresholds(criteriaSet);
        LabTest[] tests = {LabTest.HGB, LabTest.PLAT, LabTest.NEUT};
        String[] names = {text.haemoglobin(), text.platelets(), text.neutrophils()};
        for (int p = 0; p < 3; p++) {
            int y0 = top + p * (panelH + gap);
            LabTest test = tests[p];
            List<LabRecord> series = r.labs().stream()
                    .filter(l -> l.test() == test)
                    .sorted(Comparator.comparing(LabRecord::date))
                    .toList();
            double maxValue = series.stream()
                    .mapToDouble(l -> canonical(l).doubleValue())
                    .max()
                    .orElse(0);
            double topThreshold = thresholds.get(test).stream()
                    .mapToDouble(Threshold::value)
                    .max()
                    .orElse(1);
            double yMax = Math.max(maxValue, topThreshold) * 1.1;
            Function<Double, Double> y = v -> y0 + panelH * (1 - v / yMax);
            svg.line(LEFT, y0 + panelH, LEFT + plotW, y0 + panelH, AXIS, 1, false);
            svg.line(LEFT, y0, LEFT, y0 + panelH, AXIS, 1, false);
            svg.text(8, y0 + 12, names[p], "start", 12, "#222222");
            svg.text(LEFT - 6, y.apply(0.0) + 4, "0", "end", 10, AXIS);
            for (Threshold th : thresholds.get(test)) {
                String colour =
                        th.label().startsWith("CR") ? "#009E73" : th.label().contains("<") ? "#D55E00" : "#B07000";
                svg.line(LEFT, y.apply(th.value()), LEFT + plotW, y.apply(th.value()), colour, 1.2, true);
                svg.text(LEFT - 6, y.apply(th.value()) + 4, th.label(), "end", 10, colour);
            }
            StringBuilder points = new StringBuilder();
            for (LabRecord l : series) {
                points.append(Svg.n(x.apply(l.date())))
                        .append(',')
                        .append(Svg.n(y.apply(canonical(l).doubleValue())))
                        .append(' ');
            }
            if (series.size() > 1) {
                svg.polyline(points.toString().trim(), "#0072B2", 1.8);
            }
            for (LabRecord l : series) {
                svg.circle(
                        x.apply(l.date()),
                        y.apply(canonical(l).doubleValue()),
                        2.6,
                        "#0072B2",
                        l.date() + ": " + l.value().amount().toPlainString() + " " + l.unitText());
            }
        }
        int lane = 0;
        double laneY = panelsBottom;
        String[] laneNames = new String[lanes];
        laneNames[0] = text.transfusions() + " RBC";
        laneNames[1] = text.transfusions() + " PLT";
        for (int d = 0; d < drugs.size(); d++) {
            laneNames[2 + d] = drugs.get(d).id();
        }
        laneNames[lanes - 1] = text.adverseEvents();
        for (String name : laneNames) {
            double ly = laneY + lane * laneH;
            svg.line(LEFT, ly + laneH / 2.0, LEFT + plotW, ly + laneH / 2.0, GRID, 1, false);
            svg.text(LEFT - 6, ly + laneH / 2.0 + 4, name, "end", 10, "#222222");
            lane++;
        }
        for (Transfusion t : r.transfusions()) {
            int l = t.product() == BloodProduct.RBC ? 0 : 1;
            svg.triangle(
                    x.apply(t.date()),
                    laneY + l * laneH + laneH / 2.0,
                    5,
                    l == 0 ? "#D55E00" : "#E69F00",
                    t.date() + ": " + t.product().name() + " x " + t.units());
        }
        for (Dose d : r.doses()) {
            int l = 2 + drugs.indexOf(d.drug());
            svg.rect(
                    x.apply(d.date()) - 1,
                    laneY + l * laneH + 4,
                    2.5,
                    laneH - 8,
                    "#0072B2",
                    d.date() + ": " + d.drug().id() + " " + d.amount().toPlainString() + " "
                            + d.unit().symbol());
        }
        double aeY = laneY + (lanes - 1) * laneH;
        for (AdverseEvent a : r.adverseEvents()) {
            LocalDate end = a.endDate().orElse(to);
            String colour = a.grade() >= 3 ? "#D55E00" : "#E69F00";
            svg.rect(
                    x.apply(a.startDate()),
                    aeY + 3,
                    x.apply(end) - x.apply(a.startDate()),
                    laneH - 6,
                    colour,
                    a.startDate() + " - " + a.endDate().map(LocalDate::toString).orElse("") + ": " + a.term()
                            + ", grade " + a.grade() + (a.serious() ? ", serious" : ""));
        }
        double bottomY = laneY + lanes * laneH;
        for (StudyEvent e : r.events()) {
            svg.line(x.apply(e.date()), top, x.apply(e.date()), bottomY, "#CC79A7", 1.5, true);
            svg.text(x.apply(e.date()) + 3, top + 10, e.type().name(), "start", 10, "#CC79A7");
        }
        svg.line(LEFT, bottomY, LEFT + plotW, bottomY, AXIS, 1, false);
        for (int i = 0; i <= 6; i++) {
            LocalDate d = from.plusDays(Math.round(span * i / 6.0));
            double px = x.apply(d);
            svg.line(px, bottomY, px, bottomY + 4, AXIS, 1, false);
            svg.text(px, bottomY + 17, d.toString(), "middle", 10, AXIS);
            if (day1 != null) {
                long day = SubjectSchedule.studyDay(day1, d);
                svg.text(px, bottomY + 31, text.studyDay().replace("{0}", Long.toString(day)), "middle", 10, AXIS);
            }
        }
        if (day1 != null && !day1.isBefore(from) && !day1.isAfter(to)) {
            svg.line(x.apply(day1), top, x.apply(day1), bottomY, "#000000", 1, true);
        }
        return svg.toString();
    }

    private static BigDecimal canonical(LabRecord l) {
        return l.value().inCanonicalUnit().amount();
    }

    private static void yAxis(Svg svg, Function<Double, Double> y, int yMax, double left, double right) {
        int step = Math.max(1, yMax / 5);
        for (int v = 0; v <= yMax; v += step) {
            svg.line(left, y.apply((double) v), right, y.apply((double) v), GRID, 1, false);
            svg.text(left - 6, y.apply((double) v) + 4, Integer.toString(v), "end", 11, AXIS);
        }
    }

    private static int niceCeiling(int max) {
        for (int nice : new int[] {5, 10, 20, 25, 50, 100, 200, 250, 500, 1000}) {
            if (max <= nice) {
                return nice;
            }
        }
        return (max / 1000 + 1) * 1000;
    }
}
