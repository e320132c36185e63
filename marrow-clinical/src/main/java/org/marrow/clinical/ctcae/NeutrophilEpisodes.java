package org.marrow.clinical.ctcae;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marrow.clinical.labs.LabHistory;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.quantity.LabTest;

/**
 * Summarises neutropenia over a window: nadir, days below 0.5 and below 1.0 x10^9/L (CTCAE v5.0
 * grade 4 and grade 3-4 neutrophil count decreased), and time to recovery
 * (document 000, Supplementary Figure S1A).
 *
 * <p>Counts are sparse, so Marrow's definitions, stated in every result:
 * <ul>
 *   <li>A day's count is the latest count on or before that day (last observation carried forward,
 *       including the pre-window count). Days before any count are "without data", never below.
 *   <li>Recovery: the first count after the nadir that is at or above {@code recoveryThreshold}
 *       (default 0.5 x10^9/L) and is followed by {@code recoveryConsecutive - 1} further counts at
 *       or above it (default 1: the first such count; 3 gives the transplant engraftment convention
 *       of three consecutive measurements). The recovery date is the date of the first of them; the
 *       search continues after the window ends. Time to recovery is counted from the window's first
 *       day (the first cyclophosphamide dose of the cycle).
 * </ul>
 *
 * @param severeBelow the lower threshold, 10^9/L (default 0.5)
 * @param moderateBelow the upper threshold, 10^9/L (default 1.0)
 * @param recoveryThreshold the recovery level, 10^9/L (default 0.5)
 * @param recoveryConsecutive counts in a row at or above the recovery level (default 1)
 */
public record NeutrophilEpisodes(
        BigDecimal severeBelow, BigDecimal moderateBelow, BigDecimal recoveryThreshold, int recoveryConsecutive) {

    /**
     * Checks the parameters.
     *
     * @throws NullPointerException if a threshold is null
     * @throws IllegalArgumentException if a threshold is not positive, {@code severeBelow} &gt;
     *     {@code moderateBelow}, or {@code recoveryConsecutive} &lt; 1
     */
    public NeutrophilEpisodes {
        for (BigDecimal t : new BigDecimal[] {severeBelow, moderateBelow, recoveryThreshold}) {
            Objects.requireNonNull(t, "threshold");
            if (t.signum() <= 0) {
                throw new IllegalArgumentException("Neutrophil threshold (" + t + ") must be > 0");
            }
        }
        if (severeBelow.compareTo(moderateBelow) > 0) {
            throw new IllegalArgumentException(
                    "Severe threshold (" + severeBelow + ") must be <= moderate threshold (" + moderateBelow + ")");
        }
        if (recoveryConsecutive < 1) {
            throw new IllegalArgumentException("Consecutive counts (" + recoveryConsecutive + ") must be >= 1");
        }
    }

    /**
     * Thresholds 0.5 and 1.0 x10^9/L; recovery at the first count &gt;= 0.5 x10^9/L.
     *
     * @return the rule
     */
    public static NeutrophilEpisodes withDefaults() {
        return new NeutrophilEpisodes(new BigDecimal("0.5"), new BigDecimal("1.0"), new BigDecimal("0.5"), 1);
    }

    /**
     * The same rule requiring several consecutive counts for recovery.
     *
     * @param consecutive counts in a row, &gt;= 1
     * @return the rule
     * @throws IllegalArgumentException if &lt; 1
     */
    public NeutrophilEpisodes withRecoveryConsecutive(int consecutive) {
        return new NeutrophilEpisodes(severeBelow, moderateBelow, recoveryThreshold, consecutive);
    }

    /**
     * Summarises the neutrophil course over a window.
     *
     * @param labs the subject's labs
     * @param from the first day of the window
     * @param to the last day of the window
     * @return the episode
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public NeutrophilEpisode summarize(LabHistory labs, LocalDate from, LocalDate to) {
        Objects.requireNonNull(labs, "labs");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Window end (" + to + ") must not be before its start (" + from + ")");
        }
        List<Message> reasons = new ArrayList<>();
        Optional<LabResult> before = labs.latest(LabTest.NEUT, from);
        List<LabResult> inWindow = labs.between(LabTest.NEUT, from, to);
        int severe = 0;
        int moderate = 0;
        int noData = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Optional<LabResult> carried = labs.latest(LabTest.NEUT, day);
            if (carried.isEmpty()) {
                noData++;
                continue;
            }
            BigDecimal value = carried.get().value().amount();
            if (value.compareTo(severeBelow) < 0) {
                severe++;
            }
            if (value.compareTo(moderateBelow) < 0) {
                moderate++;
            }
        }
        reasons.add(Message.of("clinical.episode.carried"));
        if (noData > 0) {
            reasons.add(Message.of("clinical.episode.noDataYet", noData, from));
        }
        LabResult nadir = null;
        for (LabResult r : inWindow) {
            if (nadir == null || r.value().amount().compareTo(nadir.value().amount()) < 0) {
                nadir = r;
            }
        }
        if (nadir == null) {
            reasons.add(Message.of("clinical.episode.noCounts", from, to));
            return new NeutrophilEpisode(
                    from,
                    to,
                    before,
                    Optional.empty(),
                    severe,
                    moderate,
                    noData,
                    NeutrophilEpisode.Recovery.UNKNOWN,
                    Optional.empty(),
                    Optional.empty(),
                    reasons);
        }
        reasons.add(Message.of("clinical.episode.nadir", nadir.value(), nadir.date()));
        Message definition = Message.of("clinical.episode.recovery", recoveryConsecutive, recoveryThreshold);
        if (nadir.value().amount().compareTo(recoveryThreshold) >= 0) {
            reasons.add(Message.of("clinical.episode.notApplicable", definition));
            return new NeutrophilEpisode(
                    from,
                    to,
                    before,
                    Optional.of(nadir),
                    severe,
                    moderate,
                    noData,
                    NeutrophilEpisode.Recovery.NOT_APPLICABLE,
                    Optional.empty(),
                    Optional.empty(),
                    reasons);
        }
        List<LabResult> after = labs.between(LabTest.NEUT, nadir.date().plusDays(1), LocalDate.MAX);
        int run = 0;
        for (int i = 0; i < after.size(); i++) {
            run = after.get(i).value().amount().compareTo(recoveryThreshold) >= 0 ? run + 1 : 0;
            if (run == recoveryConsecutive) {
                LocalDate on = after.get(i - recoveryConsecutive + 1).date();
                long days = ChronoUnit.DAYS.between(from, on);
                reasons.add(Message.of("clinical.episode.recovered", definition, on, days, from));
                return new NeutrophilEpisode(
                        from,
                        to,
                        before,
                        Optional.of(nadir),
                        severe,
                        moderate,
                        noData,
                        NeutrophilEpisode.Recovery.RECOVERED,
                        Optional.of(on),
                        Optional.of(days),
                        reasons);
            }
        }
        reasons.add(Message.of("clinical.episode.notRecovered", definition));
        return new NeutrophilEpisode(
                from,
                to,
                before,
                Optional.of(nadir),
                severe,
                moderate,
                noData,
                NeutrophilEpisode.Recovery.NOT_RECOVERED,
                Optional.empty(),
                Optional.empty(),
                reasons);
    }
}
