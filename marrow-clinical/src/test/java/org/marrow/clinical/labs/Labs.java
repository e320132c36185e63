package org.marrow.clinical.labs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;

/** Test fixture: builds a lab history from "TEST value unit" strings on dates. */
public final class Labs {
    private final List<LabResult> results = new ArrayList<>();

    /** A new, empty fixture. */
    public static Labs labs() {
        return new Labs();
    }

    /** Adds results on a date, each "HGB 95 g/L". */
    public Labs on(String date, String... values) {
        for (String v : values) {
            String[] parts = v.split(" ");
            results.add(new LabResult(
                    LocalDate.parse(date), LabValue.parse(LabTest.fromCode(parts[0]), parts[1], parts[2])));
        }
        return this;
    }

    /** The history. */
    public LabHistory history() {
        return LabHistory.of(results);
    }
}
