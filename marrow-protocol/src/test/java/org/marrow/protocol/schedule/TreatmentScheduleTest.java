package org.marrow.protocol.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marrow.protocol.English.en;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.marrow.clinical.renal.Sex;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.study.Drug;
import org.marrow.study.Subject;

/** Schedules of the bundled protocols for a 68.5 kg subject (the data set example's SYN-001). */
class TreatmentScheduleTest {
    static final ProtocolRegistry REGISTRY = ProtocolRegistry.bundled();
    static final LocalDate DAY1 = LocalDate.of(2024, 1, 10);

    static Subject subject(String arm, Optional<LocalDate> firstDose) {
        return new Subject(
                "SYN-001",
                "site",
                Optional.of(arm),
                Sex.MALE,
                LocalDate.of(1990, 5, 12),
                new BigDecimal("68.5"),
                new BigDecimal("172"),
                Optional.of(LocalDate.of(2024, 1, 8)),
                firstDose);
    }

    static SubjectSchedule schedule(String protocol, String arm) {
        return TreatmentSchedule.of(REGISTRY.load(protocol)).forSubject(subject(arm, Optional.of(DAY1)));
    }

    static List<ScheduledDose> of(SubjectSchedule schedule, Drug drug) {
        return schedule.doses().stream().filter(d -> d.drug() == drug).toList();
    }

    @Test
    void patgTwentyFiveMilligramsPerKgOnDaysOneToFive() {
        // Document 000 l.155-156: 25 mg/kg/day x 68.5 kg = 1712.5 mg, days 1-5.
        List<ScheduledDose> atg = of(schedule("ctx-ist", "ctx-ist"), Drug.P_ATG);
        assertThat(atg).extracting(ScheduledDose::studyDay).containsExactly(1, 2, 3, 4, 5);
        assertThat(atg).allSatisfy(d -> assertThat(d.amount())
                .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("1712.5")));
        assertThat(atg.get(0).date()).isEqualTo(DAY1);
        assertThat(atg.get(4).date()).isEqualTo(LocalDate.of(2024, 1, 14));
    }

    @Test
    void cyclophosphamideTwentyMilligramsPerKgOnDays29To30And43To44() {
        // Document 000 l.158-159: 20 mg/kg/day x 68.5 kg = 1370 mg (as in the example doses.csv).
        List<ScheduledDose> ctx = of(schedule("ctx-ist", "ctx-ist"), Drug.CYCLOPHOSPHAMIDE);
        assertThat(ctx).extracting(ScheduledDose::studyDay).containsExactly(29, 30, 43, 44);
        assertThat(ctx)
                .extracting(ScheduledDose::date)
                .containsExactly(
                        LocalDate.of(2024, 2, 7),
                        LocalDate.of(2024, 2, 8),
                        LocalDate.of(2024, 2, 21),
                        LocalDate.of(2024, 2, 22));
        assertThat(ctx.get(0).amount()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("1370"));
    }

    @Test
    void cyclosporineRangeSplitTwiceDailyAndRoundedToTwentyFiveMilligrams() {
        // 3-5 mg/kg/day x 68.5 = 205.5-342.5 mg/day; q12h 102.75-171.25 -> nearest 25 mg: 100-175.
        SubjectSchedule schedule = schedule("ctx-ist", "ctx-ist");
        List<ScheduledDose> csa = of(schedule, Drug.CSA);
        ScheduledDose first = csa.get(0);
        assertThat(first.amount()).isEmpty();
        assertThat(first.amountMin()).isEqualByComparingTo("100");
        assertThat(first.amountMax()).isEqualByComparingTo("175");
        assertThat(csa.get(1).administration()).isEqualTo(2);
        // Open-ended ("maintained throughout"): capped at the last visit, month-6 on day 183.
        assertThat(schedule.lastDay()).isEqualTo(183);
        assertThat(csa.get(csa.size() - 1).studyDay()).isEqualTo(183);
        assertThat(csa).hasSize(2 * 183);
        assertThat(en(schedule.notes())).anyMatch(n -> n.contains("csa is open-ended"));
    }

    @Test
    void romiplostimWeeklyFirstDoseFixedLaterDosesByTheRule() {
        // Document 003: 10 ug/kg weekly x 68.5 kg = 0.685 mg; later 10-20 ug/kg = 0.685-1.37 mg.
        List<ScheduledDose> romi = of(schedule("romiplostim-csa", "romiplostim-csa"), Drug.ROMIPLOSTIM);
        assertThat(romi)
                .extracting(ScheduledDose::studyDay)
                .startsWith(1, 8, 15)
                .endsWith(176);
        assertThat(romi).hasSize(26);
        assertThat(romi.get(0).amount()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("0.685"));
        assertThat(romi.get(1).amount()).isEmpty();
        assertThat(romi.get(1).amountMax()).isEqualByComparingTo("1.37");
        assertThat(romi.get(1).doseRules()).containsExactly("romiplostim-escalation");
    }

    @Test
    void visitsWithWindowsAsDays() {
        SubjectSchedule schedule = schedule("ctx-ist", "ctx-ist");
        ScheduledVisit month3 = schedule.visits().stream()
                .filter(v -> v.name().equals("month-3"))
                .findFirst()
                .orElseThrow();
        // Day 92 = day 1 + 91 days; window days 78-106.
        assertThat(month3.targetDate()).isEqualTo(DAY1.plusDays(91));
        assertThat(month3.windowStartDate()).isEqualTo(DAY1.plusDays(77));
        assertThat(month3.windowEndDate()).isEqualTo(DAY1.plusDays(105));
    }

    @Test
    void aSiteArmLabelFallsBackToTheOnlyTreatedArm() {
        SubjectSchedule schedule = schedule("ctx-ist", "IST+CTX");
        assertThat(schedule.arm()).isEqualTo("ctx-ist");
        assertThat(en(schedule.notes())).anyMatch(n -> n.contains("'IST+CTX'"));
    }

    @Test
    void refusesAnUnknownArmOfARandomizedProtocol() {
        assertThatThrownBy(() -> schedule("sirolimus-csa", "IST+CTX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'IST+CTX'")
                .hasMessageContaining("expected one of sirolimus, sirolimus-csa");
    }

    @Test
    void refusesASubjectWithoutFirstDose() {
        assertThatThrownBy(() ->
                        TreatmentSchedule.of(REGISTRY.load("ctx-ist")).forSubject(subject("ctx-ist", Optional.empty())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no first_dose_on");
    }

    @Test
    void iCalendarStructure() {
        String ics = ICalendar.of(schedule("ctx-ist", "ctx-ist"), Instant.parse("2024-01-02T03:04:05Z"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        int begins = count(unfolded, "BEGIN:VEVENT\r\n");
        assertThat(begins).isEqualTo(count(unfolded, "END:VEVENT\r\n"));
        // 5 p-ATG + 183 CsA + 182 hetrombopag + 4 CTX dosing days, 6 visits.
        assertThat(begins).isEqualTo(5 + 183 + 182 + 4 + 6);
        assertThat(unfolded).contains("UID:SYN-001.ctx-ist-1.0.p-atg.day1@marrow\r\n");
        assertThat(unfolded).contains("DTSTAMP:20240102T030405Z\r\n");
        assertThat(unfolded).contains("DTSTART;VALUE=DATE:20240110\r\nDTEND;VALUE=DATE:20240111\r\n");
        assertThat(unfolded).contains("SUMMARY:Day 29: Cyclophosphamide 1370 mg iv\r\n");
        // Visit window month-3: days 78-106 -> 2024-03-27 to 2024-04-24 (DTEND exclusive).
        assertThat(unfolded)
                .contains("UID:SYN-001.ctx-ist-1.0.visit.month-3@marrow\r\nDTSTAMP:20240102T030405Z\r\n"
                        + "DTSTART;VALUE=DATE:20240327\r\nDTEND;VALUE=DATE:20240425\r\n");
        // Commas in text are escaped.
        assertThat(unfolded).contains("target day 92\\, 2024-04-10");
        List<String> uids = Pattern.compile("UID:([^\r]*)\r\n")
                .matcher(unfolded)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(uids).doesNotHaveDuplicates().hasSize(begins);
        // Stable: a second rendering gives the same UIDs.
        assertThat(ICalendar.of(schedule("ctx-ist", "ctx-ist"), Instant.EPOCH).replace("\r\n ", ""))
                .contains(uids.get(0), uids.get(uids.size() - 1));
    }

    @Test
    void foldsAtSeventyFiveOctetsWithoutSplittingCharacters() {
        String line = "DESCRIPTION:" + "\u00b5g ".repeat(40);
        String folded = ICalendar.fold(line);
        for (String part : folded.split("\r\n")) {
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
        assertThat(ICalendar.text("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
