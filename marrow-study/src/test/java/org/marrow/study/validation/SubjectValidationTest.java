package org.marrow.study.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marrow.study.validation.Entries.row;
import static org.marrow.study.validation.Entries.shown;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.clinical.message.Message;
import org.marrow.study.RecordField;
import org.marrow.study.RecordType;
import org.marrow.study.Subject;
import org.marrow.study.Withdrawal;

/** A subject's fields, each limit at, just below and just above its threshold. */
class SubjectValidationTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private final StudyValidation validation = StudyValidation.asOf(TODAY);

    private Checked<Subject> subject(String values) {
        return validation.subject(row(RecordType.SUBJECTS, values));
    }

    @Test
    void aValidSubjectIsBuiltWithEveryField() {
        Subject s = subject("S01|BJ|A|M|1990-05-12|68.5|172|2024-01-02|2024-01-08|2024-01-10")
                .orThrow();
        assertThat(s.subjectId()).isEqualTo("S01");
        assertThat(s.screenedOn()).contains(LocalDate.of(2024, 1, 2));
        assertThat(s.firstDoseOn()).contains(LocalDate.of(2024, 1, 10));
        assertThat(s.weightKg()).isEqualByComparingTo("68.5");
        Subject candidate = subject("S02|BJ||F|1980-01-01|55|160|||").orThrow();
        assertThat(candidate.isEnrolled()).isFalse();
        assertThat(candidate.screenedOn()).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnceAndNoSubjectIsBuilt() {
        Checked<Subject> checked = subject("S 01||A|X|1890-01-01|0|1e-7|||2024-01-10");
        assertThat(checked.isValid()).isFalse();
        assertThat(checked.problems())
                .extracting(Problem::field)
                .containsExactly(
                        RecordField.SUBJECT_ID,
                        RecordField.SITE,
                        RecordField.SEX,
                        RecordField.BIRTH_DATE,
                        RecordField.WEIGHT_KG,
                        RecordField.HEIGHT_CM,
                        RecordField.ARM,
                        RecordField.FIRST_DOSE_ON);
        assertThat(shown(checked))
                .containsExactly(
                        "'subject_id' has value 'S 01', expected an identifier of letters, digits, '.', '_' or '-',"
                                + " starting with a letter or digit",
                        "'site' has value '', expected the site's name or number",
                        "'sex' has value 'X', expected M or F",
                        "'birth_date' has value '1890-01-01', expected a date on or after 1900-01-01",
                        "'weight_kg' has value '0', expected a body weight in kg from 1 to 400",
                        "'height_cm' has value '1e-7', expected a height in cm from 30 to 300",
                        "'arm' has value 'A', expected empty for a candidate not yet enrolled (enrolled_on is"
                                + " empty)",
                        "'first_dose_on' has value '2024-01-10', expected empty for a candidate not yet enrolled"
                                + " (enrolled_on is empty)");
    }

    // Limits.WEIGHT_KG 1-400 (refused outside), PLAUSIBLE_WEIGHT_KG 25-200 (doubtful outside).
    @ParameterizedTest
    @CsvSource({
        "0.99, refused",
        "1, doubtful",
        "24.99, doubtful",
        "25, plausible",
        "200, plausible",
        "200.01, doubtful",
        "400, doubtful",
        "400.01, refused",
        "-70, refused",
        "1e2, refused",
        "070, refused"
    })
    void weightIsRefusedOutsideItsLimitsAndDoubtfulOutsideThePlausibleRange(String weight, String verdict) {
        Checked<Subject> checked = subject("S01|BJ||M|1990-05-12|" + weight + "|172|||");
        assertThat(verdict(checked)).isEqualTo(verdict);
    }

    // Limits.HEIGHT_CM 30-300, PLAUSIBLE_HEIGHT_CM 100-230.
    @ParameterizedTest
    @CsvSource({
        "29.9, refused",
        "30, doubtful",
        "99.9, doubtful",
        "100, plausible",
        "230, plausible",
        "230.1, doubtful",
        "300, doubtful",
        "300.1, refused",
        "1.72, refused"
    })
    void heightIsRefusedOutsideItsLimitsAndDoubtfulOutsideThePlausibleRange(String height, String verdict) {
        assertThat(verdict(subject("S01|BJ||M|1990-05-12|68|" + height + "|||")))
                .isEqualTo(verdict);
    }

    static String verdict(Checked<?> checked) {
        if (!checked.isValid()) {
            return "refused";
        }
        return checked.problems().isEmpty() ? "plausible" : "doubtful";
    }

    @Test
    void implausibleMeasuresNameTheirPlausibleRange() {
        assertThat(shown(subject("S01|BJ||M|1990-05-12|210|231|||")))
                .containsExactly(
                        "warning: 'weight_kg' has value '210': implausible body weight; plausible range 25 to 200 kg",
                        "warning: 'height_cm' has value '231': implausible height; plausible range 100 to 230 cm");
    }

    // Every date from 1900-01-01 (Limits.EARLIEST_DATE) to today, none after.
    @ParameterizedTest
    @CsvSource({
        "1899-12-31, false",
        "1900-01-01, true",
        "2025-06-30, true",
        "2025-07-01, false",
        "0000-01-01, false",
        "-0001-01-01, false",
        "9999-12-31, false",
        "1990-02-30, false",
        "1990-5-12, false"
    })
    void birthDateLiesBetween1900AndToday(String birth, boolean valid) {
        assertThat(subject("S01|BJ||M|" + birth + "|68|172|||").isValid()).isEqualTo(valid);
    }

    @Test
    void aFutureDateNamesToday() {
        assertThat(shown(subject("S01|BJ||M|2026-01-01|68|172|||")))
                .containsExactly("'birth_date' has value '2026-01-01', expected a date not after today (2025-06-30)");
    }

    // birth < screening <= enrolment <= first dose.
    @ParameterizedTest
    @CsvSource({
        "2000-01-01, 2000-01-01, , , screened_on",
        "2000-01-01, 2000-01-02, , , ",
        "2000-01-01, 2024-01-02, 2024-01-01, 2024-01-03, enrolled_on",
        "2000-01-01, 2024-01-02, 2024-01-02, 2024-01-02, ",
        "2000-01-01, 2024-01-02, 2024-01-03, 2024-01-02, first_dose_on",
        "2000-01-01, , 2000-01-01, , enrolled_on",
        "2000-01-01, , 2000-01-02, , "
    })
    void datesFollowBirthScreeningEnrolmentAndFirstDose(
            String birth, String screened, String enrolled, String firstDose, String fieldAtFault) {
        String arm = enrolled == null ? "" : "A";
        Checked<Subject> checked = subject(
                "S01|BJ|" + arm + "|M|" + birth + "|68|172|" + nz(screened) + "|" + nz(enrolled) + "|" + nz(firstDose));
        assertThat(checked.problems())
                .extracting(p -> p.field().fieldName())
                .containsExactlyElementsOf(fieldAtFault == null ? List.of() : List.of(fieldAtFault));
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    @Test
    void dateOrderProblemsNameTheDateTheyFollow() {
        assertThat(shown(subject("S01|BJ|A|M|1990-05-12|68|172|2024-01-05|2024-01-04|2024-01-03")))
                .containsExactly(
                        "'enrolled_on' has value '2024-01-04', expected a date on or after screened_on (2024-01-05)",
                        "'first_dose_on' has value '2024-01-03', expected a date on or after enrolled_on"
                                + " (2024-01-04)");
        assertThat(shown(subject("S01|BJ|A|M|1990-05-12|68|172||1990-05-11|")))
                .containsExactly("'enrolled_on' has value '1990-05-11', expected a date after birth_date (1990-05-12)");
        assertThat(shown(subject("S01|BJ||M|1990-05-12|68|172||2024-01-08|")))
                .containsExactly(
                        "'arm' has value '', expected the arm of an enrolled subject (enrolled_on is" + " 2024-01-08)");
    }

    // TextLimit.NAME: 64 characters.
    @ParameterizedTest
    @CsvSource({"63, true", "64, true", "65, false"})
    void namesHaveAtMost64Characters(int length, boolean valid) {
        String name = "S".repeat(length);
        assertThat(subject(name + "|BJ||M|1990-05-12|68|172|||").isValid()).isEqualTo(valid);
        assertThat(subject("S01|" + name + "||M|1990-05-12|68|172|||").isValid())
                .isEqualTo(valid);
        assertThat(subject("S01|BJ|" + name + "|M|1990-05-12|68|172||2024-01-08|")
                        .isValid())
                .isEqualTo(valid);
    }

    @Test
    void aTooLongNameStatesTheLimit() {
        assertThat(shown(subject("S01|" + "x".repeat(65) + "||M|1990-05-12|68|172|||")))
                .containsExactly("'site' has value '" + "x".repeat(65) + "', expected a text of at most 64 characters");
    }

    @Test
    void theContextOfASubjectWithErrorsKeepsWhatCouldBeRead() {
        RecordReader reader = validation.reader();
        SubjectContext context = reader.subjectContext(
                row(RecordType.SUBJECTS, "S01||A|X|1990-05-12|0|172||2024-01-08|bad"),
                Optional.of(Message.of("study.date", "x")));
        assertThat(context.subjectId()).contains("S01");
        assertThat(context.birthDate()).contains(LocalDate.of(1990, 5, 12));
        assertThat(context.enrolledOn()).contains(LocalDate.of(2024, 1, 8));
        assertThat(context.firstDoseOn()).isEmpty();
        assertThat(context.source()).isPresent();
        assertThat(reader.subjectContext(row(RecordType.SUBJECTS, "S 1||||||||| "), Optional.empty())
                        .subjectId())
                .isEmpty();
    }

    // A withdrawal needs an enrolment and comes on or after it.
    @ParameterizedTest
    @CsvSource({
        ", 2024-02-01, , false",
        "2024-01-08, 2024-01-07, , false",
        "2024-01-08, 2024-01-08, , true",
        "2024-01-08, 2025-07-01, , false",
        "2024-01-08, , moved away, true"
    })
    void aWithdrawalNeedsAnEnrolment(String enrolled, String withdrawn, String reason, boolean valid) {
        Problems problems = new Problems();
        Optional<Withdrawal> w = validation
                .reader()
                .withdrawal(
                        Entries.fields(
                                RecordField.WITHDRAWN_ON, nz(withdrawn), RecordField.WITHDRAWAL_REASON, nz(reason)),
                        Optional.ofNullable(enrolled).map(LocalDate::parse),
                        problems);
        assertThat(problems.hasErrors()).isEqualTo(!valid);
        assertThat(w.isPresent()).isEqualTo(valid && withdrawn != null);
    }

    // TextLimit.NOTE: 2000 characters for a withdrawal reason.
    @ParameterizedTest
    @CsvSource({"1999, true", "2000, true", "2001, false"})
    void aWithdrawalReasonHasAtMost2000Characters(int length, boolean valid) {
        Problems problems = new Problems();
        validation
                .reader()
                .withdrawal(
                        Entries.fields(
                                RecordField.WITHDRAWN_ON,
                                "2024-02-01",
                                RecordField.WITHDRAWAL_REASON,
                                "r".repeat(length)),
                        Optional.of(LocalDate.of(2024, 1, 8)),
                        problems);
        assertThat(problems.hasErrors()).isEqualTo(!valid);
    }

    @Test
    void aWithdrawalWithoutEnrolmentSaysWhy() {
        Problems problems = new Problems();
        validation
                .reader()
                .withdrawal(Entries.fields(RecordField.WITHDRAWN_ON, "2024-02-01"), Optional.empty(), problems);
        assertThat(problems.list())
                .extracting(Entries::shown)
                .containsExactly("'withdrawn_on' has value '2024-02-01', expected empty: only an enrolled subject can"
                        + " be withdrawn (enrolled_on is empty)");
    }
}
