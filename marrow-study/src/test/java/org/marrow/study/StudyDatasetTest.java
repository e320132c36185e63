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
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.Unit;
import org.marrow.clinical.renal.Sex;
import org.marrow.clinical.transfusion.BloodProduct;
import org.marrow.clinical.transfusion.Transfusion;

/** A data set groups its records by subject and keeps them in file order. */
class StudyDatasetTest {
    static final Subject S01 = new Subject(
            "S01",
            "BJ",
            Optional.of("A"),
            Sex.MALE,
            LocalDate.of(1990, 5, 12),
            new BigDecimal("68.5"),
            new BigDecimal("172"),
            Optional.of(LocalDate.of(2024, 1, 8)),
            Optional.of(LocalDate.of(2024, 1, 10)));
    static final Subject S02 = new Subject(
            "S02",
            "BJ",
            Optional.empty(),
            Sex.FEMALE,
            LocalDate.of(1980, 1, 1),
            new BigDecimal("55"),
            new BigDecimal("160"),
            Optional.empty(),
            Optional.empty());

    private static LabRecord lab(String subject, String date, LabTest test, String amount, Unit unit) {
        return LabRecord.of(subject, LocalDate.parse(date), LabValue.of(test, new BigDecimal(amount), unit));
    }

    static StudyDataset dataset() {
        return StudyDataset.of(
                List.of(S01, S02),
                List.of(
                        lab("S01", "2024-01-03", LabTest.HGB, "6.2", Unit.G_PER_DL),
                        lab("S01", "2024-01-03", LabTest.RETI, "0.4", Unit.PERCENT),
                        lab("S01", "2024-01-03", LabTest.RBC, "2.10", Unit.E12_PER_L),
                        lab("S02", "2024-02-01", LabTest.PLAT, "15", Unit.E9_PER_L)),
                List.of(new TransfusionRecord("S02", new Transfusion(LocalDate.of(2024, 1, 20), BloodProduct.PLT, 1))),
                List.of(new Dose(
                        "S01", LocalDate.of(2024, 1, 10), Drug.P_ATG, new BigDecimal("25"), DoseUnit.MG_PER_KG)),
                List.of(new AdverseEvent(
                        "S01", "Nausea", 1, LocalDate.of(2024, 1, 11), Optional.empty(), false, List.of(Drug.P_ATG))),
                List.of(new StudyEvent("S01", LocalDate.of(2024, 6, 1), EventType.RELAPSE, "")),
                List.of(new HistoryEntry("S02", "transfusions_recorded_from", "2023-12-01", Optional.empty(), "")),
                List.of(
                        new MutationRecord(
                                "S01",
                                LocalDate.of(2024, 1, 3),
                                Optional.of(new SomaticMutation("DNMT3A", "c.2645G>A p.R882H", new BigDecimal("4.5")))),
                        new MutationRecord("S02", LocalDate.of(2024, 2, 1), Optional.empty())),
                List.of(RecordType.EVENTS));
    }

    @Test
    void mutationResultsBelongToTheirSubjects() {
        StudyDataset d = dataset();
        assertThat(d.mutations()).hasSize(2);
        assertThat(d.recordsOf("S01").mutations()).singleElement().satisfies(m -> {
            assertThat(m.detected()).isTrue();
            assertThat(m.mutation().orElseThrow().gene()).isEqualTo("DNMT3A");
        });
        assertThat(d.recordsOf("S02").mutations()).singleElement().satisfies(m -> assertThat(m.detected())
                .isFalse());
        assertThat(d.toString()).endsWith(", 2 mutation test results]");
        assertThat(d).isEqualTo(dataset()).hasSameHashCodeAs(dataset());
        assertThatThrownBy(() -> StudyDataset.of(
                        List.of(S02),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(new MutationRecord("S01", LocalDate.of(2024, 1, 3), Optional.empty())),
                        List.of()))
                .hasMessageContaining("mutation test result refers to subject 'S01'");
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "DNMT3A|c.2645G>A|0.01|ok",
                "DNMT3A|c.2645G>A|100|ok",
                "DNMT3A|c.2645G>A|0|VAF",
                "DNMT3A|c.2645G>A|100.01|VAF",
                "DNMT3A|' '|5|variant",
                "dnmt3a|c.1A>T|5|Gene",
                "C9orf72|c.1A>T|5|ok",
                "HLA-A|c.1A>T|5|ok",
                "ABCDEFGHIJKLMNOPQRSTU|c.1A>T|5|Gene"
            })
    void aSomaticMutationIsAGeneAVariantAndAVafAbove0AtMost100(
            String gene, String variant, String vaf, String problem) {
        if (problem.equals("ok")) {
            assertThat(new SomaticMutation(gene, variant, new BigDecimal(vaf)).gene())
                    .isEqualTo(gene);
        } else {
            assertThatThrownBy(() -> new SomaticMutation(gene, variant, new BigDecimal(vaf)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(problem);
        }
    }

    @Test
    void recordsAreGroupedBySubjectInFileOrder() {
        StudyDataset d = dataset();
        SubjectRecords s01 = d.recordsOf("S01");
        assertThat(s01.labs()).extracting(LabRecord::test).containsExactly(LabTest.HGB, LabTest.RETI, LabTest.RBC);
        assertThat(s01.doses()).hasSize(1);
        assertThat(s01.adverseEvents()).hasSize(1);
        assertThat(s01.events(EventType.RELAPSE)).hasSize(1);
        assertThat(s01.events(EventType.DEATH)).isEmpty();
        assertThat(d.recordsOf("S02").transfusions()).hasSize(1);
        assertThat(d.bySubject()).extracting(r -> r.subject().subjectId()).containsExactly("S01", "S02");
        assertThat(d.subject("S02")).contains(S02);
        assertThat(d.subject("S99")).isEmpty();
        assertThatThrownBy(() -> d.recordsOf("S99")).hasMessageContaining("'S99'");
    }

    @Test
    void recordTypesAreThoseWithRecordsAndThoseDeclared() {
        StudyDataset d = dataset();
        assertThat(d.recordTypes()).containsExactly(RecordType.values());
        StudyDataset bare = StudyDataset.of(
                List.of(S02), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(bare.recordTypes()).containsExactly(RecordType.SUBJECTS);
    }

    @Test
    void aRecordOfAnUnknownSubjectOrADuplicateSubjectIsRefused() {
        assertThatThrownBy(() -> StudyDataset.of(
                        List.of(S01, S01), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()))
                .hasMessageContaining("used twice");
        assertThatThrownBy(() -> StudyDataset.of(
                        List.of(S02),
                        List.of(lab("S01", "2024-01-03", LabTest.HGB, "6.2", Unit.G_PER_DL)),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()))
                .hasMessageContaining("'S01'");
    }

    @Test
    void equalDataSetsAreEqualAndDescribeTheirSize() {
        assertThat(dataset()).isEqualTo(dataset()).hasSameHashCodeAs(dataset());
        assertThat(dataset())
                .isNotEqualTo(StudyDataset.of(
                        List.of(S02), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
        assertThat(dataset().toString()).startsWith("StudyDataset[2 subjects, 4 lab records, 1 transfusions");
    }

    @Test
    void labHistoryConvertsReticulocytesWithTheRedCellCountOfTheSameDay() {
        LabResult reti = dataset()
                .recordsOf("S01")
                .labHistory()
                .latest(LabTest.RETI, LocalDate.of(2024, 1, 3))
                .orElseThrow();
        // 0.4 % x 2.10 x10^12/L x 10 = 8.4 x10^9/L
        assertThat(reti.value().amount()).isEqualByComparingTo("8.4");
    }

    @Test
    void transfusionsAreCompleteFromTheHistoryItemTheEnrolmentOrTheFirstRecord() {
        StudyDataset d = dataset();
        // enrolled 2024-01-08 minus 56 days
        assertThat(d.recordsOf("S01").transfusionsRecordedFrom()).isEqualTo("2023-11-13");
        assertThat(d.recordsOf("S02").transfusionsRecordedFrom()).isEqualTo("2023-12-01");
        assertThat(d.recordsOf("S02").transfusionHistory().transfusions()).hasSize(1);
        SubjectRecords noHistory = new SubjectRecords(
                S02, d.recordsOf("S02").labs(), List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(noHistory.transfusionsRecordedFrom()).isEqualTo("2024-02-01");
        SubjectRecords nothing =
                new SubjectRecords(S02, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(nothing.transfusionsRecordedFrom()).isEqualTo(S02.birthDate());
    }
}
