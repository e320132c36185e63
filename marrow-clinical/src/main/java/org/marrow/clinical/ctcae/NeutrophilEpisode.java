package org.marrow.clinical.ctcae;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.message.Message;

/**
 * The course of the neutrophil count over a window, such as one cyclophosphamide cycle of document
 * 000 (days 29-30 and 43-44; "median neutropenia duration of 6 days ... in Cycle 1").
 *
 * @param from the first day of the window
 * @param to the last day of the window
 * @param before the latest count on or before {@code from} (the pre-cycle value), if any
 * @param nadir the lowest count measured in the window (the earliest if tied), if any
 * @param daysBelowSevere days in the window with the count below the severe threshold (0.5 x10^9/L)
 * @param daysBelowModerate days in the window with the count below the moderate threshold (1.0)
 * @param daysWithoutData days in the window before any count was available, not counted above
 * @param recovery whether and when the count recovered
 * @param recoveredOn the recovery date, if recovered
 * @param daysToRecovery days from {@code from} to {@code recoveredOn}, if recovered
 * @param reasons how each number was obtained
 */
public record NeutrophilEpisode(
        LocalDate from,
        LocalDate to,
        Optional<LabResult> before,
        Optional<LabResult> nadir,
        int daysBelowSevere,
        int daysBelowModerate,
        int daysWithoutData,
        Recovery recovery,
        Optional<LocalDate> recoveredOn,
        Optional<Long> daysToRecovery,
        List<Message> reasons) {

    /** Whether the count recovered. */
    public enum Recovery {
        /** The nadir was not below the recovery threshold: nothing to recover from. */
        NOT_APPLICABLE,
        /** A recovery was observed. */
        RECOVERED,
        /** The count was below the threshold and no recovery has been observed in the data. */
        NOT_RECOVERED,
        /** No count was measured in the window. */
        UNKNOWN
    }

    /**
     * Checks and copies the episode.
     *
     * @throws NullPointerException if a component is null
     */
    public NeutrophilEpisode {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(nadir, "nadir");
        Objects.requireNonNull(recovery, "recovery");
        Objects.requireNonNull(recoveredOn, "recoveredOn");
        Objects.requireNonNull(daysToRecovery, "daysToRecovery");
        reasons = List.copyOf(reasons);
    }
}
