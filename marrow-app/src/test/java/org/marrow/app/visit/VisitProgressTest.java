package org.marrow.app.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.Unit;
import org.marrow.clinical.renal.Sex;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.study.EventType;
import org.marrow.study.LabRecord;
import org.marrow.study.StudyEvent;
import org.marrow.study.Subject;

/**
 * A visit's state on a day, at each edge of its window: the ctx-ist protocol's month-3 visit targets day 92
 * with a window of days 78 to 106 (its visits section); with day 1 on 2024-01-01 that is 2024-03-18 to
 * 2024-04-15.
 */
class VisitProgressTest {
    private static final Protocol CTX_IST = ProtocolRegistry.bundled().load("ctx-ist");
    private static final LocalDate DAY1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate WINDOW_START = LocalDate.of(2024, 3, 18);
    private static final LocalDate WINDOW_END = LocalDate.of(2024, 4, 15);

    private static Subject subject(boolean treated) {
        return new Subject(
                "S-1",
                "SITE",
                Optional.of("ctx-ist"),
                Sex.FEMALE,
                LocalDate.of(1980, 1, 1),
                new BigDecimal("60"),
                new BigDecimal("165"),
                Optional.of(DAY1.minusDays(10)),
                Optional.of(DAY1),
                treated ? Optional.of(DAY1) : Optional.empty());
    }

    private static List<LabRecord> counts(LocalDate on, LabTest... tests) {
        List<LabRecord> labs = new ArrayList<>();
        for (LabTest t : tests) {
            labs.add(new LabRecord(
                    "S-1",
                    on,
                    LabValue.of(t, new BigDecimal("90"), t == LabTest.HGB ? Unit.G_PER_L : Unit.E9_PER_L),
                    t == LabTest.HGB ? "g/L" : "10^9/L",
                    Optional.empty(),
                    Optional.empty()));
        }
        return labs;
    }

    private static VisitProgress.Cell month3(
            List<LabRecord> labs,
            List<StudyEvent> events,
            LocalDate withdrawn,
            List<LocalDate> queried,
            LocalDate today) {
        return VisitProgress.of(CTX_IST, subject(true), withdrawn, labs, events, queried, today).cells().stream()
                .filter(c -> c.visit().name().equals("month-3"))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
        // the day of the counts, relative to the window: just before, at its start, at its end, just after
        "2024-03-17, OVERDUE",
        "2024-03-18, DONE",
        "2024-04-15, DONE",
        "2024-04-16, OVERDUE"
    })
    void countsCountOnlyInsideTheWindow(LocalDate on, VisitProgress.State expected) {
        List<LabRecord> labs = counts(on, LabTest.HGB, LabTest.PLAT, LabTest.NEUT);
        assertThat(month3(labs, List.of(), null, List.of(), LocalDate.of(2025, 1, 1))
                        .state())
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        // today relative to the window without any count: the day before it opens, the day it opens, the day it
        // closes, the day after
        "2024-03-17, UPCOMING",
        "2024-03-18, DUE",
        "2024-04-15, DUE",
        "2024-04-16, OVERDUE"
    })
    void withoutCountsAVisitIsUpcomingThenDueThenOverdue(LocalDate today, VisitProgress.State expected) {
        assertThat(month3(List.of(), List.of(), null, List.of(), today).state()).isEqualTo(expected);
    }

    @Test
    void someButNotAllCountsIsMissingData() {
        VisitProgress.Cell c =
                month3(counts(WINDOW_START, LabTest.HGB, LabTest.PLAT), List.of(), null, List.of(), WINDOW_END);
        assertThat(c.state()).isEqualTo(VisitProgress.State.MISSING_DATA);
        assertThat(c.recorded()).contains(WINDOW_START);
    }

    @ParameterizedTest
    @CsvSource({
        // the day the subject left follow-up: the day before the window opens, the day it opens
        "2024-03-17, NOT_EXPECTED",
        "2024-03-18, OVERDUE"
    })
    void aSubjectWhoLeftBeforeTheWindowIsNotExpected(LocalDate left, VisitProgress.State expected) {
        LocalDate today = LocalDate.of(2025, 1, 1);
        assertThat(month3(List.of(), List.of(), left, List.of(), today).state()).isEqualTo(expected);
        assertThat(month3(List.of(), List.of(new StudyEvent("S-1", left, EventType.DEATH, "")), null, List.of(), today)
                        .state())
                .isEqualTo(expected);
    }

    @Test
    void anOpenQueryOnARecordInTheWindowIsFlagged() {
        List<LabRecord> labs = counts(WINDOW_START, LabTest.HGB, LabTest.PLAT, LabTest.NEUT);
        assertThat(month3(labs, List.of(), null, List.of(WINDOW_END), WINDOW_END)
                        .openQuery())
                .isTrue();
        assertThat(month3(labs, List.of(), null, List.of(WINDOW_END.plusDays(1)), WINDOW_END)
                        .openQuery())
                .isFalse();
    }

    @Test
    void theNextVisitIsTheOverdueOneFirstThenTheDueOneThenTheUpcomingOne() {
        VisitProgress.Row row =
                VisitProgress.of(CTX_IST, subject(true), null, List.of(), List.of(), List.of(), WINDOW_START);
        assertThat(row.next().orElseThrow().state()).isEqualTo(VisitProgress.State.OVERDUE);
        assertThat(row.next().orElseThrow().visit().name()).isEqualTo("screening");
        List<LabRecord> all = new ArrayList<>();
        for (LocalDate d : List.of(LocalDate.of(2023, 12, 25), DAY1, DAY1.plusDays(28), DAY1.plusDays(42))) {
            all.addAll(counts(d, LabTest.HGB, LabTest.PLAT, LabTest.NEUT));
        }
        row = VisitProgress.of(CTX_IST, subject(true), null, all, List.of(), List.of(), WINDOW_START);
        assertThat(row.next().orElseThrow().visit().name()).isEqualTo("month-3");
        assertThat(row.next().orElseThrow().state()).isEqualTo(VisitProgress.State.DUE);
    }

    @Test
    void aSubjectNotTreatedOrNotEnrolledHasNoSchedule() {
        assertThat(VisitProgress.of(CTX_IST, subject(false), null, List.of(), List.of(), List.of(), WINDOW_START)
                        .unscheduled())
                .isEqualTo("grid.noFirstDose");
        Subject candidate = new Subject(
                "S-2",
                "SITE",
                Optional.empty(),
                Sex.MALE,
                LocalDate.of(1980, 1, 1),
                new BigDecimal("60"),
                new BigDecimal("165"),
                Optional.of(DAY1),
                Optional.empty(),
                Optional.empty());
        VisitProgress.Row row = VisitProgress.of(CTX_IST, candidate, null, List.of(), List.of(), List.of(), DAY1);
        assertThat(row.unscheduled()).isEqualTo("grid.noArm");
        assertThat(row.cells()).isEmpty();
        assertThat(row.next()).isEmpty();
    }
}
