package org.marrow.stats.competing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marrow.stats.RReference;

/** A reference-value CSV from src/test/resources, '#' comment lines skipped, NA read as NaN. */
final class Fixture {
    private Fixture() {}

    /** One row, by column name. */
    record Row(Map<String, String> cells) {
        String text(String column) {
            String v = cells.get(column);
            if (v == null) {
                throw new IllegalArgumentException("no column " + column + " in " + cells.keySet());
            }
            return v;
        }

        double number(String column) {
            String v = text(column);
            return v.equals("NA") ? Double.NaN : Double.parseDouble(v);
        }

        int integer(String column) {
            return Integer.parseInt(text(column));
        }
    }

    static List<Row> read(String name) {
        return RReference.read(Fixture.class, name).stream().map(Row::new).toList();
    }

    /** The competing-risks data sets of datasets.csv, by name, in file order. */
    static Map<String, Data> datasets() {
        Map<String, List<Row>> byName = new LinkedHashMap<>();
        for (Row r : read("datasets.csv")) {
            byName.computeIfAbsent(r.text("dataset"), k -> new ArrayList<>()).add(r);
        }
        Map<String, Data> sets = new LinkedHashMap<>();
        byName.forEach((name, rows) -> {
            double[] time = new double[rows.size()];
            int[] status = new int[rows.size()];
            String[] group = new String[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                time[i] = rows.get(i).number("time");
                status[i] = rows.get(i).integer("status");
                group[i] = rows.get(i).text("group");
            }
            sets.put(name, new Data(time, status, group));
        });
        return sets;
    }

    /** One data set: time, status, group per subject. */
    record Data(double[] time, int[] status, String[] group) {
        boolean singleGroup() {
            return Arrays.stream(group).distinct().count() == 1;
        }
    }
}
