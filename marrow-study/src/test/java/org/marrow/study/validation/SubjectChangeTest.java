package org.marrow.study.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marrow.study.validation.Entries.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.clinical.transfusion.BloodProduct;
import org.marrow.clinical.transfusion.Transfusion;
import org.marrow.study.HistoryEntry;
import org.marrow.study.RecordType;
import org.marrow.study.Subject;
import org.marrow.study.SubjectRecords;

/** A change of a subject's birth date against the records it already has. */
class SubjectChangeTest {
    private final StudyValidation validation = StudyValidation.asOf(SubjectValidationTest.TODAY);

    private Subject bornOn(String birth) {
        return validation
                .subject(row(RecordType.SUBJECTS, "S01|BJ|A|M|" + birth + "|68|172||2024-01-08|2024-01-10"))
                .orThrow();
    }

    // The earliest record: a screening history item of 2023-12-01.
    @ParameterizedTest
    @CsvSource({"2023-11-30, true", "2023-12-01, true", "2023-12-02, false"})
    void aBirthDateAfterAnExistingRecordIsRefused(String birth, boolean valid) {
        Subject before = bornOn("1990-05-12");
        SubjectRecords records = new SubjectRecords(
                before,
                List.of(),
                List.of(new Transfusion(LocalDate.of(2024, 1, 5), BloodProduct.RBC, 2)),
                List.of(),
                List.of(),
                List.of(),
                List.of(new HistoryEntry("S01", "ecog", "1", Optional.of(LocalDate.of(2023, 12, 1)), "")));
        List<Problem> problems = validation.subjectChange(bornOn(birth), records);
        assertThat(problems.isEmpty()).isEqualTo(valid);
        if (!valid) {
            assertThat(MessageRenderer.english().render(problems.get(0).message()))
                    .isEqualTo("a date on or before 2023-12-01, the date of the subject's earliest record (screening"
                            + " history item)");
        }
    }
}
