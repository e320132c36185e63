package org.marrow.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.Unit;
import org.marrow.clinical.renal.Sex;
import org.marrow.clinical.transfusion.BloodProduct;
import org.marrow.clinical.transfusion.Transfusion;
import org.marrow.study.validation.Checked;
import org.marrow.study.validation.Entry;
import org.marrow.study.validation.StudyValidation;
import org.marrow.study.validation.SubjectContext;

class RecordEntriesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 1, 1);
    private static final Subject SUBJECT = new Subject(
            "S-1",
            "SITE",
            Optional.of("arm"),
            Sex.FEMALE,
            LocalDate.of(1990, 1, 2),
            new BigDecimal("61.50"),
            new BigDecimal("165"),
            Optional.of(LocalDate.of(2024, 1, 1)),
            Optional.of(LocalDate.of(2024, 1, 3)),
            Optional.of(LocalDate.of(2024, 1, 4)));

    private static <T> T readBack(Checked<T> checked) {
        assertThat(checked.problems()).isEmpty();
        return checked.orThrow();
    }

    @Test
    void everyKindOfRecordReadBackByTheStudyValidationIsTheSameRecord() {
        StudyValidation validation = StudyValidation.asOf(TODAY);
        SubjectContext context = SubjectContext.of(SUBJECT);
        LabRecord lab = new LabRecord(
                "S-1",
                LocalDate.of(2024, 1, 5),
                LabValue.of(LabTest.HGB, new BigDecimal("9.50"), Unit.G_PER_DL),
                "g/dL",
                Optional.of(new BigDecimal("12.0")),
                Optional.empty());
        TransfusionRecord transfusion =
                new TransfusionRecord("S-1", new Transfusion(LocalDate.of(2024, 1, 6), BloodProduct.PLT, 2));
        Dose dose = new Dose("S-1", LocalDate.of(2024, 1, 4), Drug.CSA, new BigDecimal("150"), DoseUnit.MG);
        AdverseEvent ae = new AdverseEvent(
                "S-1",
                "Febrile neutropenia",
                3,
                LocalDate.of(2024, 1, 7),
                Optional.empty(),
                true,
                List.of(Drug.P_ATG, Drug.CSA));
        StudyEvent event = new StudyEvent("S-1", LocalDate.of(2024, 2, 1), EventType.RELAPSE, "a, \"note\"");
        HistoryEntry history = new HistoryEntry("S-1", "ecog", "1", Optional.empty(), "");

        assertThat(readBack(validation.subject(RecordEntries.of(SUBJECT)))).isEqualTo(SUBJECT);
        assertThat(readBack(validation.lab(RecordEntries.of(lab), context))).isEqualTo(lab);
        assertThat(readBack(validation.transfusion(RecordEntries.of(transfusion), context)))
                .isEqualTo(transfusion);
        assertThat(readBack(validation.dose(RecordEntries.of(dose), context))).isEqualTo(dose);
        assertThat(readBack(validation.adverseEvent(RecordEntries.of(ae), context)))
                .isEqualTo(ae);
        assertThat(readBack(validation.event(RecordEntries.of(event), context))).isEqualTo(event);
        assertThat(readBack(validation.historyEntry(RecordEntries.of(history), context)))
                .isEqualTo(history);

        Entry entry = RecordEntries.of(ae);
        assertThat(entry.text(RecordField.SERIOUS)).isEqualTo("Y");
        assertThat(entry.text(RecordField.RELATED_TO)).isEqualTo("p-atg;csa");
        assertThat(entry.text(RecordField.END_DATE)).isEmpty();
        assertThat(RecordEntries.of(lab).text(RecordField.VALUE)).isEqualTo("9.50");
        assertThat(RecordEntries.of(SUBJECT).text(RecordField.SEX)).isEqualTo("F");
    }

    @Test
    void entriesOfADataSetFollowItsOrderAndAPartIsCappedAtTheEnd() {
        Dose first = new Dose("S-1", LocalDate.of(2024, 1, 4), Drug.CSA, new BigDecimal("150"), DoseUnit.MG);
        Dose second = new Dose("S-1", LocalDate.of(2024, 1, 5), Drug.CSA, new BigDecimal("175"), DoseUnit.MG);
        StudyDataset dataset = StudyDataset.of(
                List.of(SUBJECT),
                List.of(),
                List.of(),
                List.of(first, second),
                List.of(),
                List.of(),
                List.of(),
                EnumSet.noneOf(RecordType.class));
        for (RecordType type : RecordType.values()) {
            int count = RecordEntries.of(dataset, type).size();
            assertThat(count).isEqualTo(type == RecordType.DOSES ? 2 : type == RecordType.SUBJECTS ? 1 : 0);
        }
        assertThat(RecordEntries.of(dataset, RecordType.DOSES, 1, 10))
                .singleElement()
                .extracting(e -> e.text(RecordField.DOSE))
                .isEqualTo("175");
    }
}
