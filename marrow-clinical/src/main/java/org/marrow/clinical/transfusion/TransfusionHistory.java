package org.marrow.clinical.transfusion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * All transfusions of one subject and the date from which the record is complete. Absence of
 * transfusions proves independence only where the record is complete; before
 * {@code completeFrom} it proves nothing.
 *
 * @param transfusions the transfusions, sorted by date
 * @param completeFrom the first date from which every transfusion is recorded (e.g. the screening
 *     date, or the start of the pre-treatment transfusion history collected at enrolment)
 */
public record TransfusionHistory(List<Transfusion> transfusions, LocalDate completeFrom) {

    /**
     * Checks and sorts the history.
     *
     * @throws NullPointerException if a component or element is null
     */
    public TransfusionHistory {
        Objects.requireNonNull(completeFrom, "completeFrom");
        List<Transfusion> sorted = new ArrayList<>(transfusions);
        sorted.forEach(Objects::requireNonNull);
        sorted.sort(Comparator.comparing(Transfusion::date));
        transfusions = List.copyOf(sorted);
    }

    /**
     * Builds a history.
     *
     * @param transfusions the transfusions, any order
     * @param completeFrom the first date from which the record is complete
     * @return the history
     */
    public static TransfusionHistory of(Collection<Transfusion> transfusions, LocalDate completeFrom) {
        return new TransfusionHistory(List.copyOf(transfusions), completeFrom);
    }

    /**
     * The transfusions of a product in a date range, both ends included.
     *
     * @param product the product
     * @param from the first date
     * @param to the last date
     * @return the transfusions in date order
     */
    public List<Transfusion> between(BloodProduct product, LocalDate from, LocalDate to) {
        List<Transfusion> found = new ArrayList<>();
        for (Transfusion t : transfusions) {
            if (t.product() == product && !t.date().isBefore(from) && !t.date().isAfter(to)) {
                found.add(t);
            }
        }
        return found;
    }
}
