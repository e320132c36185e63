package org.marrow.study.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marrow.study.validation.Entries.row;
import static org.marrow.study.validation.Entries.shown;
import static org.marrow.study.validation.SubjectValidationTest.verdict;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.study.AdverseEvent;
import org.marrow.study.Dose;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;
import org.marrow.study.EventType;
import org.marrow.study.HistoryEntry;
import org.marrow.study.LabRecord;
import org.marrow.study.MutationRecord;
import org.marrow.study.RecordType;
import org.marrow.study.StudyEvent;
import org.marrow.study.Subject;
import org.marrow.study.TransfusionRecord;

/** The records of a subject: labs, transfusions, doses, adverse events, events, screening history. */
class RecordValidationTest {
    private static final LocalDate TODAY = SubjectValidationTest.TODAY;
    private static final Subject S01 = StudyValidation.asOf(TODAY)
            .subject(row(RecordType.SUBJECTS, "S01|BJ|A|M|1990-05-12|68.5|172||2024-01-08|2024-01-10"))
            .orThrow();
    private static final Subject CANDIDATE = StudyValidation.asOf(TODAY)
            .subject(row(RecordType.SUBJECTS, "S02|BJ||F|1980-01-01|55|160|||"))
            .orThrow();
    private final StudyValidation validation = StudyValidation.asOf(TODAY);
    private final SubjectContext s01 = SubjectContext.of(S01);

    private Checked<LabRecord> lab(String values) {
        return validation.lab(row(RecordType.LABS, "S01|" + values), s01);
    }

    private Checked<TransfusionRecord> transfusion(String values) {
        return validation.transfusion(row(RecordType.TRANSFUSIONS, "S01|" + values), s01);
    }

    private Checked<Dose> dose(String values) {
        return validation.dose(row(RecordType.DOSES, "S01|" + values), s01);
    }

    private Checked<AdverseEvent> ae(String values) {
        return validation.adverseEvent(row(RecordType.ADVERSE_EVENTS, "S01|" + values), s01);
    }

    // labs

    @Test
    void aLabValueKeepsItsTextAndLimits() {
        LabRecord lab = lab("2024-01-03|NEUT|0.50|x10^9/L|1.8|7.5").orThrow();
        assertThat(lab.value().amount().toPlainString()).isEqualTo("0.50");
        assertThat(lab.unitText()).isEqualTo("x10^9/L");
        assertThat(lab.lowerLimitOfNormal()).contains(new BigDecimal("1.8"));
        assertThat(lab.test()).isEqualTo(LabTest.NEUT);
    }

    @Test
    void labProblemsUseTheClinicalRules() {
        assertThat(shown(lab("2024-01-03|HB|9.5|g/dL||")))
                .containsExactly("'test' has value 'HB', expected a test code: HGB, PLAT, NEUT, RETI, WBC, LYM, RBC,"
                        + " CREAT, ALT, AST, BILI, FERRITIN, CELLULARITY, PNH_CLONE, CSA_TROUGH, SRL_TROUGH, STFR");
        assertThat(shown(lab("2024-01-03|PLAT|15000|10^9/L||")))
                .containsExactly("'value' has value '15000': PLAT 15000 10^9/L is impossible; expected 0 to 5000"
                        + " 10^9/L (was it 15000 /uL?)");
        assertThat(shown(lab("2024-01-03|HGB|-3|g/L||")))
                .containsExactly("'value' has value '-3': HGB -3 g/L is impossible; expected 0 to 250 g/L");
        assertThat(shown(lab("2024-01-03|PNH_CLONE|120|%||")))
                .containsExactly("'value' has value '120': PNH_CLONE 120 % is impossible; expected 0 to 100 %");
        assertThat(shown(lab("2024-01-03|HGB|9.50|g/L||")))
                .containsExactly("warning: 'value' has value '9.50': HGB 9.50 g/L looks like g/dL (9.50 g/dL is"
                        + " plausible); plausible range 30 to 200 g/L");
        assertThat(shown(lab("2024-01-03|NEUT|150|10^9/L||")))
                .containsExactly("warning: 'value' has value '150': NEUT 150 10^9/L looks like /uL (150 /uL is"
                        + " plausible); plausible range 0 to 100 10^9/L");
        assertThat(shown(lab("2024-01-03|HGB|220|g/L||")))
                .containsExactly("warning: 'value' has value '220': HGB 220 g/L is implausible; plausible range 30 to"
                        + " 200 g/L");
        assertThat(shown(lab("2024-01-03|RETI|35|%||")))
                .containsExactly("warning: 'value' has value '35': RETI 35 % is implausible; expected at most 30 %");
        assertThat(shown(lab("2024-01-03|PLAT|15|g/dL||")))
                .containsExactly("'unit' has value 'g/dL', expected a unit of PLAT: 10^9/L, 10^3/uL, /uL");
        assertThat(shown(lab("2024-01-03|XX|15|cells||")))
                .containsExactly(
                        "'test' has value 'XX', expected a test code: HGB, PLAT, NEUT, RETI, WBC, LYM, RBC, CREAT,"
                                + " ALT, AST, BILI, FERRITIN, CELLULARITY, PNH_CLONE, CSA_TROUGH, SRL_TROUGH, STFR",
                        "'unit' has value 'cells', expected a unit: g/L, g/dL, 10^9/L, 10^3/uL, /uL, 10^12/L,"
                                + " 10^6/uL, %, umol/L, mg/dL, U/L, ng/mL, mg/L");
        assertThat(shown(lab("2024-01-03|HGB|9,5|g/dL||")))
                .containsExactly("'value' has value '9,5', expected a decimal number such as 9.5");
    }

    // Limits of normal: each > 0, the lower below the upper.
    @ParameterizedTest
    @CsvSource({
        "0, , false",
        "0.1, , true",
        ", 0, false",
        ", 0.1, true",
        "1.8, 1.8, false",
        "1.8, 1.81, true",
        "1.81, 1.8, false",
        "low, , false",
        ", -1, false"
    })
    void limitsOfNormalAreAboveZeroWithTheLowerBelowTheUpper(String lln, String uln, boolean valid) {
        Checked<LabRecord> checked =
                lab("2024-01-03|NEUT|1.2|10^9/L|" + (lln == null ? "" : lln) + "|" + (uln == null ? "" : uln));
        assertThat(checked.isValid()).isEqualTo(valid);
    }

    @Test
    void limitsOfNormalProblemsSayWhatIsExpected() {
        assertThat(shown(lab("2024-01-03|NEUT|1.2|10^9/L|2|1.8")))
                .containsExactly("'lln' has value '2', expected a lower limit of normal below the upper limit of"
                        + " normal (1.8)");
        assertThat(shown(lab("2024-01-03|CREAT|80|umol/L||-1")))
                .containsExactly("'uln' has value '-1', expected empty or the upper limit of normal, a decimal"
                        + " number > 0 in the row's unit");
        assertThat(shown(lab("2024-01-03|RETI|0.4|%||2")))
                .containsExactly("'uln' has value '2': the limits of normal cannot be used: RETI in % cannot be"
                        + " converted to 10^9/L without a red cell count");
        assertThat(shown(lab("2024-01-03|HGB|95|g/L||300")))
                .containsExactly("'uln' has value '300': HGB 300 g/L is impossible; expected 0 to 250 g/L");
    }

    // Dates of records: not before birth, not after today; after death doubtful.
    @ParameterizedTest
    @CsvSource({"1990-05-11, refused", "1990-05-12, plausible", "2025-06-30, plausible", "2025-07-01, refused"})
    void aRecordDateLiesBetweenBirthAndToday(String date, String verdict) {
        assertThat(verdict(lab(date + "|HGB|95|g/L||"))).isEqualTo(verdict);
        assertThat(verdict(transfusion(date + "|RBC|2"))).isEqualTo(verdict);
        assertThat(verdict(ae("Nausea|1|" + date + "||N|"))).isEqualTo(verdict);
        assertThat(verdict(validation.event(row(RecordType.EVENTS, "S01|" + date + "|RELAPSE|"), s01)))
                .isEqualTo(verdict);
        assertThat(verdict(validation.historyEntry(row(RecordType.SCREENING_HISTORY, "S01|ecog|1|" + date + "|"), s01)))
                .isEqualTo(verdict);
    }

    @Test
    void aDateBeforeBirthNamesTheBirthDateAndWhereItIsRecorded() {
        SubjectContext at = s01.recordedAt(Message.of("study.date"));
        Checked<LabRecord> checked = validation.lab(row(RecordType.LABS, "S01|1990-05-11|HGB|95|g/L||"), at);
        assertThat(checked.problems().get(0).message())
                .isEqualTo(
                        Message.of("study.date.beforeBirth.at", LocalDate.of(1990, 5, 12), Message.of("study.date")));
        assertThat(shown(lab("1990-05-11|HGB|95|g/L||")))
                .containsExactly("'date' has value '1990-05-11', expected a date on or after the subject's birth_date"
                        + " (1990-05-12)");
    }

    @Test
    void recordsAfterDeathAreDoubtful() {
        SubjectContext dead = s01.withDeath(LocalDate.of(2024, 3, 1), Optional.empty());
        Checked<LabRecord> lab = validation.lab(row(RecordType.LABS, "S01|2024-03-02|HGB|95|g/L||"), dead);
        assertThat(lab.isValid()).isTrue();
        assertThat(shown(lab))
                .containsExactly("warning: 'date' has value '2024-03-02': after the subject's death on 2024-03-01");
        assertThat(validation
                        .lab(row(RecordType.LABS, "S01|2024-03-01|HGB|95|g/L||"), dead)
                        .problems())
                .isEmpty();
        SubjectContext deadAt = s01.withDeath(LocalDate.of(2024, 3, 1), Optional.of(Message.of("study.date")));
        assertThat(validation
                        .adverseEvent(row(RecordType.ADVERSE_EVENTS, "S01|Nausea|1|2024-03-02||N|"), deadAt)
                        .doubts())
                .extracting(Problem::message)
                .containsExactly(
                        Message.of("study.date.afterDeath.at", LocalDate.of(2024, 3, 1), Message.of("study.date")));
    }

    // transfusions: Limits.TRANSFUSION_UNITS 1-99, PLAUSIBLE 1-10.
    @ParameterizedTest
    @CsvSource({
        "0, refused",
        "1, plausible",
        "10, plausible",
        "11, doubtful",
        "99, doubtful",
        "100, refused",
        "2147483648, refused",
        "99999999999999999999, refused",
        "1.5, refused",
        "-1, refused",
        "x, refused"
    })
    void transfusionUnitsAreWholeNumbersWithinTheirLimits(String units, String verdict) {
        assertThat(verdict(transfusion("2024-01-05|RBC|" + units))).isEqualTo(verdict);
    }

    @Test
    void transfusionProblemsNameTheExpectation() {
        assertThat(shown(transfusion("2024-01-05|FFP|2147483648")))
                .containsExactly(
                        "'product' has value 'FFP', expected RBC or PLT",
                        "'units' has value '2147483648', expected a whole number of units from 1 to 99");
        assertThat(shown(transfusion("2024-01-05|PLT|12")))
                .containsExactly("warning: 'units' has value '12': implausible number of units on one day; plausible"
                        + " 1 to 10");
    }

    // doses: DoseLimits.defaults(), e.g. csa at most 2000 mg.
    @ParameterizedTest
    @CsvSource({
        "csa, 2000, mg, true",
        "csa, 2000.01, mg, false",
        "csa, 150000, mg, false",
        "csa, 20, mg/kg, true",
        "csa, 20.1, mg/kg, false",
        "p-atg, 25, mg/kg, true",
        "p-atg, 50.1, mg/kg, false",
        "hetrombopag, 15, mg, true",
        "hetrombopag, 50.01, mg, false",
        "romiplostim, 20, ug/kg, true",
        "romiplostim, 40.1, ug/kg, false",
        "sirolimus, 3, mg, true",
        "sirolimus, 40.1, mg, false",
        "cyclophosphamide, 20, mg/kg, true",
        "cyclophosphamide, 60.1, mg/kg, false",
        "g-csf, 300, ug, true",
        "posaconazole, 1600.1, mg, false",
        "csa, 0, mg, false",
        "csa, 0.001, mg, true",
        "csa, 1e308, mg, false"
    })
    void dosesLieWithinThePlausibleRangeOfTheirDrugAndUnit(String drug, String amount, String unit, boolean valid) {
        assertThat(dose("2024-01-10|" + drug + "|" + amount + "|" + unit).isValid())
                .isEqualTo(valid);
    }

    @Test
    void anImplausibleDoseNamesTheRange() {
        assertThat(shown(dose("2024-01-10|csa|150000|mg")))
                .containsExactly("'dose' has value '150000', expected a dose of csa in mg above 0 and at most 2000");
        assertThat(shown(dose("2024-01-10|csa|0|mg")))
                .containsExactly("'dose' has value '0', expected a dose > 0 such as 150");
        assertThat(shown(dose("2024-01-10|hetrombopag|15|ug")))
                .containsExactly("'unit' has value 'ug', expected a unit of hetrombopag: mg");
        assertThat(shown(dose("2024-01-10|atg|25|kg")))
                .containsExactly(
                        "'drug' has value 'atg', expected a drug id: p-atg, csa, hetrombopag, cyclophosphamide,"
                                + " romiplostim, sirolimus, g-csf, posaconazole",
                        "'unit' has value 'kg', expected a dose unit: mg, ug, mg/kg, ug/kg");
    }

    // A protocol narrows the defaults: sirolimus CsA 25-150 mg every 12 h (document 004).
    @ParameterizedTest
    @CsvSource({"24.9, false", "25, true", "150, true", "150.1, false"})
    void aProtocolMayNarrowTheDoseRange(String amount, boolean valid) {
        StudyValidation narrowed = validation.narrowedBy(DoseLimits.of(List.of(
                new DoseRange(Drug.CSA, DoseUnit.MG, Optional.of(new BigDecimal("25")), new BigDecimal("150")))));
        Checked<Dose> checked = narrowed.dose(row(RecordType.DOSES, "S01|2024-01-10|csa|" + amount + "|mg"), s01);
        assertThat(checked.isValid()).isEqualTo(valid);
        if (!valid) {
            assertThat(shown(checked))
                    .containsExactly(
                            "'dose' has value '" + amount + "', expected a dose of csa in" + " mg from 25 to 150");
        }
        assertThat(narrowed.doseLimits().range(Drug.CSA, DoseUnit.MG_PER_KG))
                .isEqualTo(DoseLimits.defaults().range(Drug.CSA, DoseUnit.MG_PER_KG));
    }

    @Test
    void dosesBeforeTheFirstDoseOrWithoutEnrolmentAreDoubtful() {
        assertThat(shown(dose("2024-01-09|csa|150|mg")))
                .containsExactly(
                        "warning: 'date' has value '2024-01-09': before the subject's first_dose_on" + " (2024-01-10)");
        Checked<Dose> candidate =
                validation.dose(row(RecordType.DOSES, "S02|2024-01-10|csa|150|mg"), SubjectContext.of(CANDIDATE));
        assertThat(shown(candidate))
                .containsExactly("warning: 'date' has value '2024-01-10': a dose for a subject not enrolled"
                        + " (enrolled_on is empty)");
        assertThat(validation
                        .dose(
                                row(RecordType.DOSES, "S02|2024-01-10|csa|150|mg"),
                                SubjectContext.of(CANDIDATE).recordedAt(Message.of("study.date")))
                        .doubts())
                .extracting(Problem::message)
                .containsExactly(Message.of("study.dose.notEnrolled.at", Message.of("study.date")));
    }

    // adverse events: a CTCAE v5.0 term and a grade it defines.
    @ParameterizedTest
    @CsvSource({
        "Febrile neutropenia, 2, false",
        "Febrile neutropenia, 3, true",
        "Upper respiratory infection, 1, false",
        "Upper respiratory infection, 2, true",
        "Alopecia, 2, true",
        "Alopecia, 3, false",
        "Death NOS, 4, false",
        "Death NOS, 5, true",
        "Anemia, 0, false",
        "Anemia, 1, true",
        "Anemia, 5, true",
        "Anemia, 6, false",
        "Gingival hyperplasia, 1, true",
        "'Gastrointestinal disorders - Other, specify: gum overgrowth', 2, true",
        "Rash, 1, false",
        "febrile neutropenia, 3, false"
    })
    void anAdverseEventHasACtcaeTermAndAGradeItDefines(String term, String grade, boolean valid) {
        assertThat(ae(term + "|" + grade + "|2024-02-12||N|").isValid()).isEqualTo(valid);
    }

    @Test
    void adverseEventProblemsNameTheTermAndItsGrades() {
        assertThat(shown(ae("Febrile neutropenia|2|2024-02-12||N|")))
                .containsExactly("'grade' has value '2', expected a grade CTCAE v5.0 defines for Febrile neutropenia:"
                        + " 3, 4, 5");
        assertThat(shown(ae("febrile neutropenia|3|2024-02-12||N|")))
                .containsExactly("'term' has value 'febrile neutropenia', expected the CTCAE v5.0 term 'Febrile"
                        + " neutropenia'");
        assertThat(shown(ae("Rash|1|2024-02-12|2024-02-11|yes|csa;ATG")))
                .containsExactly(
                        "'term' has value 'Rash', expected a CTCAE v5.0 term such as Febrile neutropenia, or a system"
                                + " organ class's 'Other, specify' term followed by ': ' and the event in your words",
                        "'end_date' has value '2024-02-11', expected empty (ongoing) or a date on or after start_date"
                                + " (2024-02-12)",
                        "'serious' has value 'yes', expected Y or N",
                        "'related_to' has value 'csa;ATG', expected empty or drug ids separated by ';': p-atg, csa,"
                                + " hetrombopag, cyclophosphamide, romiplostim, sirolimus, g-csf, posaconazole");
        assertThat(shown(ae("|9|2024-02-12||N|")))
                .containsExactly(
                        "'term' has value '', expected the adverse event term, e.g. Febrile neutropenia",
                        "'grade' has value '9', expected a CTCAE grade from 1 to 5");
    }

    // TextLimit.TERM: 200 characters (an Other, specify term with the investigator's words).
    @ParameterizedTest
    @CsvSource({"200, true", "201, false"})
    void anAdverseEventTermHasAtMost200Characters(int length, boolean valid) {
        String prefix = "Gastrointestinal disorders - Other, specify: ";
        String term = prefix + "g".repeat(length - prefix.length());
        assertThat(ae(term + "|2|2024-02-12||N|").isValid()).isEqualTo(valid);
    }

    @Test
    void anAdverseEventKeepsWhatWasRecorded() {
        AdverseEvent e = ae("Febrile neutropenia|3|2024-02-12|2024-02-19|Y|cyclophosphamide;p-atg")
                .orThrow();
        assertThat(e.relatedTo()).containsExactly(Drug.CYCLOPHOSPHAMIDE, Drug.P_ATG);
        assertThat(e.serious()).isTrue();
        assertThat(e.ctcaeTerm().orElseThrow().meddraCode()).isEqualTo("10016288");
    }

    // events

    @Test
    void aSubjectDiesOnce() {
        SubjectContext dead = s01.withDeath(LocalDate.of(2024, 3, 1), Optional.empty());
        assertThat(shown(validation.event(row(RecordType.EVENTS, "S01|2024-03-02|DEATH|"), dead)))
                .containsExactly("'type' has value 'DEATH', expected at most one DEATH per subject (one is recorded on"
                        + " 2024-03-01)");
        assertThat(validation
                        .event(row(RecordType.EVENTS, "S01|2024-03-02|HSCT|"), dead)
                        .isValid())
                .isTrue();
        assertThat(shown(validation.event(row(RecordType.EVENTS, "S01|2024-03-02|dead|"), s01)))
                .containsExactly("'type' has value 'dead', expected one of HSCT, DEATH, RELAPSE, CLONAL_EVOLUTION,"
                        + " WITHDRAWN, LOST_TO_FOLLOW_UP");
        StudyEvent death = validation
                .event(row(RecordType.EVENTS, "S01|2024-03-02|DEATH|accident"), s01)
                .orThrow();
        assertThat(death.type()).isEqualTo(EventType.DEATH);
        assertThat(death.note()).isEqualTo("accident");
    }

    // TextLimit.NOTE: 2000 characters.
    @ParameterizedTest
    @CsvSource({"2000, true", "2001, false"})
    void aNoteHasAtMost2000Characters(int length, boolean valid) {
        String note = "n".repeat(length);
        assertThat(validation
                        .event(row(RecordType.EVENTS, "S01|2024-03-02|HSCT|" + note), s01)
                        .isValid())
                .isEqualTo(valid);
        assertThat(validation
                        .historyEntry(row(RecordType.SCREENING_HISTORY, "S01|ecog|1||" + note), s01)
                        .isValid())
                .isEqualTo(valid);
    }

    // screening history

    @Test
    void screeningHistoryValuesAreCheckedByTheirItemsKind() {
        assertThat(List.of(
                                "active_infection|maybe||",
                                "prior_ist_months|3||",
                                "ecog|5||",
                                "prior_tpo_ra_weeks|x||",
                                "prior_ist_response|partial||",
                                "transfusions_recorded_from|2023||",
                                "karyotype|||",
                                "x_hbv_status|||")
                        .stream()
                        .flatMap(r ->
                                shown(validation.historyEntry(row(RecordType.SCREENING_HISTORY, "S01|" + r), s01))
                                        .stream())
                        .toList())
                .containsExactly(
                        "'value' has value 'maybe', expected yes or no for active_infection",
                        "'item' has value 'prior_ist_months', expected one of prior_ist_weeks, prior_csa_weeks,"
                                + " prior_tpo_ra_weeks, prior_ist_response, csa_intolerant, prior_sirolimus, prior_hsct,"
                                + " prior_chemo_radiotherapy, active_infection, uncontrolled_infection, inherited_bmf,"
                                + " hemolytic_pnh, clonal_disease, karyotype, marrow_fibrosis_grade, ecog,"
                                + " pregnant_or_breastfeeding, transfusions_recorded_from, aa_onset_on, or a custom item starting"
                                + " with x_",
                        "'value' has value '5', expected an integer from 0 to 4 for ecog",
                        "'value' has value 'x', expected a number of weeks >= 0, such as 12 or 2.5 for"
                                + " prior_tpo_ra_weeks",
                        "'value' has value 'partial', expected one of NR, PR, CR, RELAPSE for prior_ist_response",
                        "'value' has value '2023', expected a date YYYY-MM-DD for transfusions_recorded_from",
                        "'value' has value '', expected a non-empty text for karyotype",
                        "'value' has value '', expected a non-empty value for x_hbv_status");
    }

    // TextLimit.VALUE: 200 characters.
    @ParameterizedTest
    @CsvSource({"200, true", "201, false"})
    void aScreeningHistoryValueHasAtMost200Characters(int length, boolean valid) {
        Checked<HistoryEntry> checked = validation.historyEntry(
                row(RecordType.SCREENING_HISTORY, "S01|x_note|" + "v".repeat(length) + "||"), s01);
        assertThat(checked.isValid()).isEqualTo(valid);
    }

    // somatic mutations

    private Checked<MutationRecord> mutation(String values) {
        return validation.mutation(row(RecordType.MUTATIONS, "S01|" + values), s01);
    }

    @Test
    void aMutationResultIsAGeneWithVariantAndVafOrNoneDetected() {
        MutationRecord found =
                mutation("2024-01-12|DNMT3A|c.2645G>A p.R882H|4.5").orThrow();
        assertThat(found.mutation().orElseThrow().vafPercent()).isEqualByComparingTo("4.5");
        assertThat(found.date()).isEqualTo(LocalDate.of(2024, 1, 12));
        MutationRecord none = mutation("2024-01-12|none||").orThrow();
        assertThat(none.detected()).isFalse();
    }

    @Test
    void everyProblemOfAMutationResultIsReported() {
        assertThat(shown(mutation("2024-13-01|DNMT 3A||0")))
                .containsExactly(
                        "'date' has value '2024-13-01', expected a date YYYY-MM-DD",
                        "'gene' has value 'DNMT 3A', expected a gene symbol such as DNMT3A, or none when no mutation"
                                + " was detected",
                        "'variant' has value '', expected the variant as reported, e.g. c.2645G>A p.R882H",
                        "'vaf_percent' has value '0', expected a variant allele frequency in % above 0 and at most"
                                + " 100, such as 4.5");
        assertThat(shown(mutation("2024-01-12|none|c.1A>T|5")))
                .containsExactly(
                        "'variant' has value 'c.1A>T', expected empty when the gene is none (no mutation detected)",
                        "'vaf_percent' has value '5', expected empty when the gene is none (no mutation detected)");
        assertThat(shown(mutation("1980-01-01|TET2|c.1A>T|x")))
                .containsExactly(
                        "'date' has value '1980-01-01', expected a date on or after the subject's birth_date"
                                + " (1990-05-12)",
                        "'vaf_percent' has value 'x', expected a variant allele frequency in % above 0 and at most"
                                + " 100, such as 4.5");
    }

    @ParameterizedTest(name = "VAF {0} %: {1}")
    @CsvSource({"0, refused", "0.01, plausible", "100, plausible", "100.01, refused", "-1, refused"})
    void theVafIsAbove0AndAtMost100(String vaf, String verdict) {
        assertThat(verdict(mutation("2024-01-12|ASXL1|c.1934dupG|" + vaf))).isEqualTo(verdict);
    }

    @Test
    void aMutationResultAfterDeathIsDoubtful() {
        SubjectContext dead = s01.withDeath(LocalDate.of(2024, 2, 1), Optional.empty());
        Checked<MutationRecord> after =
                validation.mutation(row(RecordType.MUTATIONS, "S01|2024-02-02|PIGA|c.1A>T|2"), dead);
        assertThat(verdict(after)).isEqualTo("doubtful");
    }

    @Test
    void aRecordOfAnUnknownSubjectIsCheckedButNotBuilt() {
        Problems problems = new Problems();
        assertThat(validation
                        .reader()
                        .lab(row(RecordType.LABS, "S99|2024-01-03|HGB|95|g/L||"), SubjectContext.unknown(), problems))
                .isEmpty();
        assertThat(problems.isEmpty()).isTrue();
        assertThat(validation
                        .reader()
                        .lab(row(RecordType.LABS, "S99|2024-01-03|HGB|x|g/L||"), SubjectContext.unknown(), problems))
                .isEmpty();
        assertThat(problems.hasErrors()).isTrue();
        assertThatThrownBy(() ->
                        validation.lab(row(RecordType.LABS, "S99|2024-01-03|HGB|95|g/L||"), SubjectContext.unknown()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefusedEntryThrowsWithEveryProblem() {
        assertThatThrownBy(() -> transfusion("2024-01-05|FFP|0").orThrow())
                .isInstanceOf(InvalidEntryException.class)
                .satisfies(
                        e -> assertThat(((InvalidEntryException) e).problems()).hasSize(2));
    }
}
