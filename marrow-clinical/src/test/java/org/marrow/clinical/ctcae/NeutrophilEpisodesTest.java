package org.marrow.clinical.ctcae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marrow.clinical.labs.Labs.labs;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.marrow.clinical.labs.LabHistory;

class NeutrophilEpisodesTest {

    // A cyclophosphamide cycle of document 000: CTX on days 29-30, window days 29-42 (14 days),
    // here 2024-01-29 to 2024-02-11.
    private static final LocalDate FROM = LocalDate.parse("2024-01-29");
    private static final LocalDate TO = LocalDate.parse("2024-02-11");

    private final LabHistory course = labs().on("2024-01-26", "NEUT 1.2 10^9/L")
            .on("2024-02-01", "NEUT 0.8 10^9/L")
            .on("2024-02-04", "NEUT 0.3 10^9/L")
            .on("2024-02-07", "NEUT 0.45 10^9/L")
            .on("2024-02-09", "NEUT 0.7 10^9/L")
            .on("2024-02-13", "NEUT 1.6 10^9/L")
            .history();

    @Test
    void countsDaysBelowByCarryingTheLastCountForward() {
        NeutrophilEpisode episode = NeutrophilEpisodes.withDefaults().summarize(course, FROM, TO);
        // Carried values: 01-29..01-31 1.2 (3 days); 02-01..02-03 0.8 (3); 02-04..02-06 0.3 (3);
        // 02-07..02-08 0.45 (2); 02-09..02-11 0.7 (3). Below 0.5: 3 + 2 = 5; below 1.0: 3+3+2+3 = 11.
        assertThat(episode.daysBelowSevere()).isEqualTo(5);
        assertThat(episode.daysBelowModerate()).isEqualTo(11);
        assertThat(episode.daysWithoutData()).isZero();
        assertThat(episode.before().orElseThrow().value().amount()).isEqualByComparingTo("1.2");
        assertThat(episode.nadir().orElseThrow().date()).isEqualTo(LocalDate.parse("2024-02-04"));
    }

    @Test
    void recoveryIsTheFirstCountAtOrAbovePointFiveAfterTheNadir() {
        NeutrophilEpisode episode = NeutrophilEpisodes.withDefaults().summarize(course, FROM, TO);
        // After the 02-04 nadir: 0.45 (below), then 0.7 on 02-09 >= 0.5: 11 days after 01-29.
        assertThat(episode.recovery()).isEqualTo(NeutrophilEpisode.Recovery.RECOVERED);
        assertThat(episode.recoveredOn()).contains(LocalDate.parse("2024-02-09"));
        assertThat(episode.daysToRecovery()).contains(11L);
    }

    @Test
    void consecutiveRecoveryLooksPastTheWindow() {
        // Two consecutive counts >= 0.5: 0.7 (02-09) and 1.6 (02-13), so recovery on 02-09 still.
        NeutrophilEpisode two =
                NeutrophilEpisodes.withDefaults().withRecoveryConsecutive(2).summarize(course, FROM, TO);
        assertThat(two.recoveredOn()).contains(LocalDate.parse("2024-02-09"));
        // Three are not available: not recovered in the data.
        NeutrophilEpisode three =
                NeutrophilEpisodes.withDefaults().withRecoveryConsecutive(3).summarize(course, FROM, TO);
        assertThat(three.recovery()).isEqualTo(NeutrophilEpisode.Recovery.NOT_RECOVERED);
        assertThat(three.daysToRecovery()).isEmpty();
    }

    @Test
    void recoveryIsNotApplicableWithoutACountBelowTheRecoveryLevel() {
        // Nadir exactly 0.5 is not below 0.5.
        LabHistory mild = labs().on("2024-02-01", "NEUT 0.5 10^9/L")
                .on("2024-02-05", "NEUT 0.9 10^9/L")
                .history();
        NeutrophilEpisode episode = NeutrophilEpisodes.withDefaults().summarize(mild, FROM, TO);
        assertThat(episode.recovery()).isEqualTo(NeutrophilEpisode.Recovery.NOT_APPLICABLE);
        assertThat(episode.daysBelowSevere()).isZero();
        // 01-29..01-31 have no count yet: 3 days without data; 02-01..02-11 below 1.0: 11 days.
        assertThat(episode.daysWithoutData()).isEqualTo(3);
        assertThat(episode.daysBelowModerate()).isEqualTo(11);
    }

    @Test
    void noCountInTheWindowLeavesNadirAndRecoveryUnknown() {
        LabHistory none = labs().on("2024-01-01", "NEUT 0.2 10^9/L").history();
        NeutrophilEpisode episode = NeutrophilEpisodes.withDefaults().summarize(none, FROM, TO);
        assertThat(episode.nadir()).isEmpty();
        assertThat(episode.recovery()).isEqualTo(NeutrophilEpisode.Recovery.UNKNOWN);
        // The carried 0.2 still counts each day of the window below both thresholds.
        assertThat(episode.daysBelowSevere()).isEqualTo(14);
    }
}
