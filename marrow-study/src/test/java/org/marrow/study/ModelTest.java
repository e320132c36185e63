package org.marrow.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.Unit;
import org.marrow.clinical.quantity.UnitMismatchException;
import org.marrow.clinical.renal.Sex;

/** The invariants of each record, which hold whatever path built it. */
class ModelTest {
    private static final LocalDate BIRTH = LocalDate.of(1990, 5, 12);

    private static Subject subject(String screened, String enrolled, String firstDose, String arm) {
        return new Subject(
                "S01",
                "BJ",
                Optional.ofNullable(arm),
                Sex.MALE,
                BIRTH,
                BigDecimal.TEN,
                BigDecimal.TEN,
                Optional.ofNullable(screened).map(LocalDate::parse),
                Optional.ofNullable(enrolled).map(LocalDate::parse),
                Optional.ofNullable(firstDose).map(LocalDate::parse));
    }

    @ParameterizedTest
    @CsvSource({
        "1990-05-12, , , , Screening date",
        "2024-01-05, 2024-01-04, , A, before the screening date",
        ", 1990-05-12, , A, after the birth date",
        ", 2024-01-08, 2024-01-07, A, First dose date",
        ", , 2024-01-07, , no enrolment date",
        ", 2024-01-08, , , must have an arm",
        ", , , A, no enrolment date"
    })
    void aSubjectsDatesAreInOrder(String screened, String enrolled, String firstDose, String arm, String message) {
        assertThatThrownBy(() -> subject(screened, enrolled, firstDose, arm)).hasMessageContaining(message);
    }

    @Test
    void aSubjectKnowsItsAgeAndEnrolment() {
        Subject s = subject("2024-01-02", "2024-01-08", "2024-01-10", "A");
        assertThat(s.isEnrolled()).isTrue();
        assertThat(s.ageOn(LocalDate.of(2024, 5, 11))).isEqualTo(33);
        assertThat(s.ageOn(LocalDate.of(2024, 5, 12))).isEqualTo(34);
        assertThatThrownBy(() -> s.ageOn(LocalDate.of(1990, 5, 11))).hasMessageContaining("birth date");
        assertThatThrownBy(() -> new Subject(
                        " ",
                        "BJ",
                        Optional.empty(),
                        Sex.MALE,
                        BIRTH,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        Optional.empty(),
                        Optional.empty()))
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> new Subject(
                        "S",
                        "BJ",
                        Optional.empty(),
                        Sex.MALE,
                        BIRTH,
                        BigDecimal.ZERO,
                        BigDecimal.ONE,
                        Optional.empty(),
                        Optional.empty()))
                .hasMessageContaining("> 0");
    }

    @Test
    void aLabRecordsUnitTextDenotesItsUnitAndItsLimitsAreOrdered() {
        LabValue neut = LabValue.of(LabTest.NEUT, new BigDecimal("1.2"), Unit.E9_PER_L);
        LocalDate day = LocalDate.of(2024, 1, 3);
        LabRecord r = new LabRecord("S01", day, neut, "x10^9/L", Optional.of(new BigDecimal("1.8")), Optional.empty());
        assertThat(r.referenceRange().lower()).isPresent();
        assertThat(r.result().date()).isEqualTo(day);
        assertThatThrownBy(() -> new LabRecord("S01", day, neut, "g/L", Optional.empty(), Optional.empty()))
                .hasMessageContaining("does not denote");
        assertThatThrownBy(() -> new LabRecord(
                        "S01", day, neut, "10^9/L", Optional.of(BigDecimal.TEN), Optional.of(BigDecimal.ONE)))
                .hasMessageContaining("Lower limit of normal");
        LabRecord reti = new LabRecord(
                "S01",
                day,
                LabValue.of(LabTest.RETI, new BigDecimal("0.4"), Unit.PERCENT),
                "%",
                Optional.empty(),
                Optional.of(BigDecimal.ONE));
        assertThatThrownBy(reti::referenceRange).isInstanceOf(UnitMismatchException.class);
    }

    @Test
    void doseAndAdverseEventInvariants() {
        LocalDate day = LocalDate.of(2024, 1, 10);
        assertThatThrownBy(() -> new Dose("S01", day, Drug.CSA, BigDecimal.ZERO, DoseUnit.MG))
                .hasMessageContaining("> 0");
        assertThatThrownBy(() -> new Dose("S01", day, Drug.HETROMBOPAG, BigDecimal.TEN, DoseUnit.UG))
                .hasMessageContaining("cannot be recorded in ug");
        assertThatThrownBy(() -> new AdverseEvent("S01", " ", 1, day, Optional.empty(), false, List.of()))
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> new AdverseEvent("S01", "Nausea", 6, day, Optional.empty(), false, List.of()))
                .hasMessageContaining("(6)");
        assertThatThrownBy(() ->
                        new AdverseEvent("S01", "Nausea", 1, day, Optional.of(day.minusDays(1)), false, List.of()))
                .hasMessageContaining("end date");
        assertThat(new AdverseEvent("S01", "Rash", 1, day, Optional.empty(), false, List.of()).ctcaeTerm())
                .isEmpty();
        assertThat(new StudyEvent("S01", day, EventType.HSCT, "").type()).isEqualTo(EventType.HSCT);
        assertThat(EventType.byName("HSCT")).contains(EventType.HSCT);
        assertThat(EventType.byName("hsct")).isEmpty();
        assertThat(new Withdrawal(day, "moved").reason()).isEqualTo("moved");
    }

    @Test
    void drugsAndDoseUnitsAreFoundByTheirIdsAndSymbols() {
        assertThat(Drug.byId("csa")).contains(Drug.CSA);
        assertThat(Drug.byId("CSA")).isEmpty();
        assertThat(Drug.fromId("p-atg").label()).isEqualTo("Porcine anti-thymocyte globulin");
        assertThatThrownBy(() -> Drug.fromId("atg")).hasMessageContaining("p-atg, csa");
        assertThat(Drug.ROMIPLOSTIM.units()).contains(DoseUnit.UG_PER_KG);
        assertThat(Drug.CSA).hasToString("csa");
        assertThat(DoseUnit.parse(" µg ")).isEqualTo(DoseUnit.UG);
        assertThat(DoseUnit.parse("mcg/kg")).isEqualTo(DoseUnit.UG_PER_KG);
        assertThatThrownBy(() -> DoseUnit.parse("g")).hasMessageContaining("mg, ug, mg/kg, ug/kg");
        assertThatThrownBy(() -> DoseUnit.parse(null)).hasMessageContaining("'null'");
        assertThat(DoseUnit.bySymbol("MG")).isEmpty();
        assertThat(DoseUnit.MG_PER_KG.perKg()).isTrue();
        assertThat(DoseUnit.UG).hasToString("ug");
        assertThat(DoseUnit.UG.milligrams()).isEqualByComparingTo("0.001");
        // 10 ug/kg x 70 kg = 0.7 mg
        assertThat(DoseUnit.UG_PER_KG.toMilligrams(BigDecimal.TEN, new BigDecimal("70")))
                .isEqualByComparingTo("0.7");
        assertThat(DoseUnit.MG.toMilligrams(new BigDecimal("15"), BigDecimal.ONE))
                .isEqualByComparingTo("15");
        assertThatThrownBy(() -> DoseUnit.MG.toMilligrams(BigDecimal.ONE, BigDecimal.ZERO))
                .hasMessageContaining("> 0");
    }

    @Test
    void historyEntriesAreTypedByTheirItem() {
        HistoryEntry ecog = new HistoryEntry("S01", "ecog", "1", Optional.empty(), "");
        assertThat(ecog.number()).isEqualByComparingTo("1");
        assertThat(ecog.knownItem()).contains(HistoryItem.ECOG);
        assertThatThrownBy(ecog::isYes).isInstanceOf(IllegalStateException.class);
        HistoryEntry infection = new HistoryEntry("S01", "active_infection", "yes", Optional.empty(), "");
        assertThat(infection.isYes()).isTrue();
        assertThatThrownBy(infection::number).isInstanceOf(IllegalStateException.class);
        HistoryEntry from = new HistoryEntry("S01", "transfusions_recorded_from", "2023-12-01", Optional.empty(), "");
        assertThat(from.dateValue()).isEqualTo("2023-12-01");
        assertThatThrownBy(ecog::dateValue).isInstanceOf(IllegalStateException.class);
        HistoryEntry custom = new HistoryEntry("S01", "x_hbv", "negative", Optional.empty(), "");
        assertThat(custom.knownItem()).isEmpty();
        assertThatThrownBy(() -> new HistoryEntry("S01", "prior_ist_months", "3", Optional.empty(), ""))
                .hasMessageContaining("not recognised");
        assertThatThrownBy(() -> new HistoryEntry("S01", "ecog", "5", Optional.empty(), ""))
                .hasMessageContaining("an integer from 0 to 4");
        assertThatThrownBy(() -> new HistoryEntry("S01", "x_hbv", " ", Optional.empty(), ""))
                .hasMessageContaining("must have a value");
    }

    @ParameterizedTest
    @CsvSource({
        "YES_NO, active_infection, yes or no",
        "WEEKS, prior_ist_weeks, 'a number of weeks >= 0, such as 12 or 2.5'",
        "INTEGER, ecog, an integer from 0 to 4",
        "CHOICE, prior_ist_response, 'one of NR, PR, CR, RELAPSE'",
        "DATE, transfusions_recorded_from, a date YYYY-MM-DD",
        "TEXT, karyotype, a non-empty text"
    })
    void historyItemsSayWhatTheyTake(HistoryItem.Kind kind, String code, String expectation) {
        HistoryItem item = HistoryItem.byCode(code).orElseThrow();
        assertThat(item.kind()).isEqualTo(kind);
        assertThat(item.expectation()).isEqualTo(expectation);
    }

    @Test
    void historyItemsAcceptValuesOfTheirKind() {
        assertThat(HistoryItem.ECOG.accepts("4")).isTrue();
        assertThat(HistoryItem.ECOG.accepts("04")).isFalse();
        assertThat(HistoryItem.ECOG.accepts("99999999999")).isFalse();
        assertThat(HistoryItem.PRIOR_IST_WEEKS.accepts("2.5")).isTrue();
        assertThat(HistoryItem.PRIOR_IST_WEEKS.accepts("-1")).isFalse();
        assertThat(HistoryItem.TRANSFUSIONS_RECORDED_FROM.accepts("2023-02-30")).isFalse();
        assertThat(HistoryItem.PRIOR_IST_RESPONSE.choices()).containsExactly("NR", "PR", "CR", "RELAPSE");
        assertThat(HistoryItem.codes()).startsWith("prior_ist_weeks, prior_csa_weeks");
    }

    @Test
    void everyRecordTypeNamesItsFieldsOnce() {
        for (RecordType type : RecordType.values()) {
            assertThat(type.fields()).doesNotHaveDuplicates().startsWith(RecordField.SUBJECT_ID);
        }
        assertThat(RecordType.SUBJECTS.isOptional(RecordField.SCREENED_ON)).isTrue();
        assertThat(RecordType.SUBJECTS.isOptional(RecordField.BIRTH_DATE)).isFalse();
        assertThat(RecordField.BIRTH_DATE).hasToString("birth_date");
    }
}
