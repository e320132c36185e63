package org.marrow.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.marrow.clinical.labs.LabHistory;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.Unit;
import org.marrow.study.Drug;
import org.marrow.study.EventType;
import org.marrow.study.HistoryItem;
import org.marrow.study.LabRecord;
import org.marrow.study.StudyDataset;
import org.marrow.study.StudyEvent;
import org.marrow.study.Subject;
import org.marrow.study.SubjectRecords;

/** The synthetic example data set of the test resources (see its README.txt). */
class ExampleDatasetTest {

    static Path example() {
        try {
            return Path.of(ExampleDatasetTest.class
                            .getResource("example/subjects.csv")
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void exampleReadsWithoutAnyProblem() {
        DatasetReading reading = DatasetReader.inspect(example());
        assertThat(reading.problems()).isEmpty();
        StudyDataset dataset = reading.dataset().orElseThrow();
        assertThat(dataset.subjects())
                .extracting(Subject::subjectId)
                .containsExactly("SYN-001", "SYN-002", "SYN-003", "SYN-004");
        assertThat(DatasetFile.filesOf(dataset))
                .containsExactly(java.util.EnumSet.range(DatasetFile.SUBJECTS, DatasetFile.SCREENING_HISTORY)
                        .toArray(DatasetFile[]::new));
        assertThat(dataset.labs()).hasSize(83);
        assertThat(dataset.transfusions()).hasSize(15);
        assertThat(dataset.doses()).hasSize(20);
        assertThat(dataset.adverseEvents()).hasSize(5);
        assertThat(dataset.events()).hasSize(1);
        assertThat(dataset.screeningHistory()).hasSize(12);
    }

    @Test
    void candidateHasNoArmAndNoDates() {
        Subject candidate = DatasetReader.read(example()).subject("SYN-003").orElseThrow();
        assertThat(candidate.isEnrolled()).isFalse();
        assertThat(candidate.arm()).isEmpty();
        assertThat(candidate.firstDoseOn()).isEmpty();
        assertThat(candidate.ageOn(LocalDate.parse("2024-03-12"))).isEqualTo(22);
    }

    @Test
    void labValuesKeepTheirTextAndUnitSpelling() {
        StudyDataset dataset = DatasetReader.read(example());
        LabRecord rbc = dataset.recordsOf("SYN-001").labs().stream()
                .filter(l -> l.test() == LabTest.RBC)
                .findFirst()
                .orElseThrow();
        assertThat(rbc.value().amount().toPlainString()).isEqualTo("2.10");
        LabRecord reti = dataset.recordsOf("SYN-004").labs().stream()
                .filter(l -> l.test() == LabTest.RETI)
                .findFirst()
                .orElseThrow();
        assertThat(reti.unitText()).isEqualTo("x10^9/L");
        assertThat(reti.value().unit()).isEqualTo(Unit.E9_PER_L);
    }

    @Test
    void labHistoryConvertsReticulocytePercentWithTheSameDayRedCellCount() {
        LabHistory labs = DatasetReader.read(example()).recordsOf("SYN-001").labHistory();
        LabResult reti =
                labs.latest(LabTest.RETI, LocalDate.parse("2024-01-03")).orElseThrow();
        // 0.4 % x 2.10 x10^12/L x 10 = 8.4 x10^9/L (LabValue.reticulocytesAbsolute)
        assertThat(reti.value().amount()).isEqualByComparingTo(new BigDecimal("8.4"));
        LabResult hgb = labs.latest(LabTest.HGB, LocalDate.parse("2024-01-03")).orElseThrow();
        // 6.2 g/dL = 62 g/L
        assertThat(hgb.value().amount()).isEqualByComparingTo("62");
    }

    @Test
    void transfusionsAreCompleteFromEightWeeksBeforeEnrolmentUnlessTheHistorySaysOtherwise() {
        StudyDataset dataset = DatasetReader.read(example());
        // enrolled 2024-01-08, minus 56 days
        assertThat(dataset.recordsOf("SYN-001").transfusionsRecordedFrom()).isEqualTo("2023-11-13");
        // screening history item transfusions_recorded_from
        assertThat(dataset.recordsOf("SYN-003").transfusionsRecordedFrom()).isEqualTo("2023-12-01");
        assertThat(dataset.recordsOf("SYN-001").transfusionHistory().transfusions())
                .hasSize(5);
    }

    @Test
    void screeningHistoryValuesAreTyped() {
        SubjectRecords s1 = DatasetReader.read(example()).recordsOf("SYN-001");
        assertThat(s1.history(HistoryItem.ACTIVE_INFECTION).orElseThrow().isYes())
                .isFalse();
        assertThat(s1.history(HistoryItem.ECOG).orElseThrow().number()).isEqualByComparingTo("1");
        assertThat(s1.history(HistoryItem.KARYOTYPE).orElseThrow().value()).isEqualTo("46,XY");
        assertThat(s1.history(HistoryItem.PRIOR_HSCT)).isEmpty();
    }

    @Test
    void deathIsAnEventOfItsSubject() {
        SubjectRecords s4 = DatasetReader.read(example()).recordsOf("SYN-004");
        assertThat(s4.events(EventType.DEATH))
                .extracting(StudyEvent::date)
                .containsExactly(LocalDate.parse("2024-06-20"));
        assertThat(s4.adverseEvents().get(0).relatedTo()).containsExactly(Drug.CYCLOPHOSPHAMIDE, Drug.P_ATG);
    }
}
