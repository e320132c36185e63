package org.marrow.protocol.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectScheduleTest {
    private static final LocalDate FIRST_DOSE = LocalDate.of(2024, 3, 1);

    @ParameterizedTest(name = "{0} is study day {1}")
    @CsvSource({
        // day 1 is the first dose; day 0 the day before (the protocol format's screening windows end
        // on day 0); the days around the boundary and across a leap day and a year
        "2024-03-01, 1",
        "2024-03-02, 2",
        "2024-02-29, 0",
        "2024-02-28, -1",
        "2024-02-02, -27",
        "2024-05-30, 91",
        "2025-03-01, 366",
    })
    void studyDayCountsDaysSinceTheFirstDosePlusOne(LocalDate date, long day) {
        assertThat(SubjectSchedule.studyDay(FIRST_DOSE, date)).isEqualTo(day);
        assertThat(SubjectSchedule.dateOf(FIRST_DOSE, (int) day)).isEqualTo(date);
    }
}
