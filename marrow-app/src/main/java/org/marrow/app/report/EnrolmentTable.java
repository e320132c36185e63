package org.marrow.app.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The values the dashboard's enrolment chart plots, as a table for the keyboard and a screen reader: each
 * month with enrolments, and each site's cumulative enrolment at its end.
 *
 * @param sites the sites, in the chart's order
 * @param rows one per month with at least one enrolment, in order
 */
record EnrolmentTable(List<String> sites, List<Row> rows) {

    /**
     * A month.
     *
     * @param month the month, e.g. {@code 2024-03}
     * @param cumulative each site's enrolled subjects by the month's end, in the order of {@link #sites}
     */
    record Row(String month, List<Integer> cumulative) {}

    /**
     * The table of each site's enrolment dates.
     *
     * @param bySite each site's enrolment dates (the chart's data, sites in order)
     * @return the table
     */
    static EnrolmentTable of(Map<String, List<LocalDate>> bySite) {
        List<String> sites = new ArrayList<>(bySite.keySet());
        TreeSet<YearMonth> months = new TreeSet<>();
        bySite.values().forEach(dates -> dates.forEach(d -> months.add(YearMonth.from(d))));
        List<Row> rows = new ArrayList<>();
        for (YearMonth m : months) {
            List<Integer> counts = new ArrayList<>();
            for (String site : sites) {
                counts.add((int) bySite.get(site).stream()
                        .filter(d -> !YearMonth.from(d).isAfter(m))
                        .count());
            }
            rows.add(new Row(m.toString(), List.copyOf(counts)));
        }
        return new EnrolmentTable(List.copyOf(sites), List.copyOf(rows));
    }
}
