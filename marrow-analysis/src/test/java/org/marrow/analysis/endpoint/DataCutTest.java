package org.marrow.analysis.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marrow.analysis.Synthetic.DAY1;
import static org.marrow.analysis.Synthetic.day;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marrow.analysis.Synthetic;
import org.marrow.clinical.transfusion.BloodProduct;
import org.marrow.study.HistoryEntry;
import org.marrow.study.MutationRecord;
import org.marrow.study.SomaticMutation;
import org.marrow.study.StudyDataset;
import org.marrow.study.Subject;

/** A data set as it stood at a cut-off (document 003's interim report "as of July 31, 2025"). */
class DataCutTest {
    private static final LocalDate CUT = day(DAY1, 60);

    private static Subject subject(StudyDataset d, String id) {
        return d.subjects().stream()
                .filter(s -> s.subjectId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void recordsAfterTheCutOffAreDroppedAndThoseOfItsDayKept() {
        StudyDataset cut = DataCut.asOf(
                new Synthetic()
                        .treated("A", "ctx-ist", DAY1)
                        .complete("A", CUT)
                        .complete("A", CUT.plusDays(1))
                        .transfusion("A", CUT, BloodProduct.RBC)
                        .transfusion("A", CUT.plusDays(1), BloodProduct.RBC)
                        .event("A", CUT.plusDays(1), org.marrow.study.EventType.DEATH)
                        .build(),
                CUT);
        assertThat(cut.labs()).allMatch(l -> !l.date().isAfter(CUT));
        assertThat(cut.labs().stream().filter(l -> l.date().equals(CUT))).hasSize(3);
        assertThat(cut.transfusions()).hasSize(1);
        assertThat(cut.events()).isEmpty();
    }

    @Test
    void somaticMutationResultsAfterTheCutOffAreDroppedAndThoseOfItsDayKept() {
        StudyDataset d = new Synthetic().treated("A", "ctx-ist", DAY1).build();
        StudyDataset withMutations = StudyDataset.of(
                d.subjects(),
                d.labs(),
                d.transfusions(),
                d.doses(),
                d.adverseEvents(),
                d.events(),
                d.screeningHistory(),
                List.of(
                        new MutationRecord(
                                "A",
                                CUT,
                                Optional.of(new SomaticMutation(
                                        "DNMT3A", "c.2645G>A p.R882H", new java.math.BigDecimal("7.8")))),
                        new MutationRecord("A", CUT.plusDays(1), Optional.empty())),
                d.recordTypes());
        assertThat(DataCut.asOf(withMutations, CUT).mutations())
                .extracting(MutationRecord::date)
                .containsExactly(CUT);
    }

    @Test
    void anAdverseEventOpenAtTheCutOffIsOngoing() {
        StudyDataset cut = DataCut.asOf(
                new Synthetic()
                        .treated("A", "ctx-ist", DAY1)
                        .adverseEvent("A", "Nausea", 1, CUT.minusDays(2), CUT.plusDays(3), false)
                        .adverseEvent("A", "Rash", 1, CUT.minusDays(9), CUT.minusDays(8), false)
                        .adverseEvent("A", "Fever", 1, CUT.plusDays(1), null, false)
                        .build(),
                CUT);
        assertThat(cut.adverseEvents()).hasSize(2);
        assertThat(cut.adverseEvents().get(0).endDate()).isEmpty();
        assertThat(cut.adverseEvents().get(1).endDate()).contains(CUT.minusDays(8));
    }

    @Test
    void subjectsEnrolledOrTreatedAfterTheCutOffAreNotYet() {
        LocalDate laterDay1 = CUT.plusDays(1);
        StudyDataset cut = DataCut.asOf(
                new Synthetic()
                        .treated("EARLY", "ctx-ist", DAY1)
                        .treated("TREATED-LATER", "ctx-ist", CUT.plusDays(1))
                        .treated("ENROLLED-LATER", "ctx-ist", CUT.plusDays(5))
                        .lab("ENROLLED-LATER", CUT.minusDays(1), org.marrow.clinical.quantity.LabTest.HGB, "90", "g/L")
                        .treated("UNSEEN", "ctx-ist", CUT.plusDays(30))
                        .history(new HistoryEntry("EARLY", "prior_ist_weeks", "0", Optional.empty(), ""))
                        .build(),
                CUT);
        assertThat(cut.subjects())
                .extracting(Subject::subjectId)
                .containsExactly("EARLY", "TREATED-LATER", "ENROLLED-LATER");
        // Enrolled on CUT - 1, first dose after the cut-off: enrolled, not treated.
        assertThat(subject(cut, "TREATED-LATER").enrolledOn()).contains(laterDay1.minusDays(2));
        assertThat(subject(cut, "TREATED-LATER").firstDoseOn()).isEmpty();
        // Enrolled after the cut-off but with a lab before it: a candidate, without arm or dates.
        assertThat(subject(cut, "ENROLLED-LATER").enrolledOn()).isEmpty();
        assertThat(subject(cut, "ENROLLED-LATER").arm()).isEmpty();
        assertThat(subject(cut, "EARLY").firstDoseOn()).contains(DAY1);
        assertThat(cut.screeningHistory()).hasSize(1);
        assertThat(cut.labs()).noneMatch(l -> l.subjectId().equals("UNSEEN"));
    }

    @Test
    void aCutOffNeedsADataSetAndADate() {
        StudyDataset data = new Synthetic().build();
        assertThatThrownBy(() -> DataCut.asOf(null, CUT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataCut.asOf(data, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
