package org.marrow.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.study.Dose;
import org.marrow.study.DoseUnit;

/** Every kind of problem the reader reports, with its exact one-line message. */
class DatasetReaderTest {
    private static final String SUBJECTS =
            """
            subject_id,site,arm,sex,birth_date,weight_kg,height_cm,enrolled_on,first_dose_on
            S01,BJ,A,M,1990-05-12,68.5,172,2024-01-08,2024-01-10
            S02,BJ,,F,1980-01-01,55,160,,
            """;

    @TempDir
    Path dir;

    private Path folder(String... nameAndContent) throws IOException {
        for (int i = 0; i < nameAndContent.length; i += 2) {
            Files.writeString(dir.resolve(nameAndContent[i]), nameAndContent[i + 1], StandardCharsets.UTF_8);
        }
        return dir;
    }

    private List<String> problems(String... nameAndContent) throws IOException {
        return DatasetReader.inspect(folder(nameAndContent)).problems().stream()
                .map(DatasetProblem::toString)
                .map(s -> s.replace(dir.toString() + java.io.File.separator, ""))
                .toList();
    }

    private List<String> labProblems(String rows) throws IOException {
        return problems("subjects.csv", SUBJECTS, "labs.csv", "subject_id,date,test,value,unit,uln\n" + rows);
    }

    @Test
    void onlySubjectsIsRequired() throws IOException {
        DatasetReading reading = DatasetReader.inspect(folder("subjects.csv", SUBJECTS));
        assertThat(reading.problems()).isEmpty();
        assertThat(DatasetFile.filesOf(reading.dataset().orElseThrow())).containsExactly(DatasetFile.SUBJECTS);
    }

    @Test
    void missingSubjectsFileIsAnErrorListingItsColumns() throws IOException {
        assertThat(problems())
                .containsExactly("subjects.csv: no such file; a data set needs subjects.csv with the "
                        + "columns subject_id, site, arm (optional), sex, birth_date, weight_kg, height_cm, screened_on "
                        + "(optional), enrolled_on (optional), first_dose_on (optional)");
    }

    @Test
    void missingFolderIsOneError() {
        DatasetReading reading = DatasetReader.inspect(dir.resolve("nowhere"));
        assertThat(reading.problems())
                .extracting(DatasetProblem::toString)
                .containsExactly(dir.resolve("nowhere") + ": no such directory, expected a data set folder with "
                        + "subjects.csv");
    }

    @Test
    void readThrowsWithEveryProblemOnePerLine() throws IOException {
        folder("subjects.csv", SUBJECTS.replace("68.5", "heavy").replace(",F,", ",X,"));
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetReader.read(dir));
        assertThat(e.problems()).hasSize(2);
        assertThat(e.getMessage().lines()).hasSize(2);
        assertThat(e.getMessage())
                .contains(
                        "subjects.csv:2:6: column 'weight_kg' has value 'heavy', expected a body "
                                + "weight in kg from 1 to 400",
                        "subjects.csv:3:4: column 'sex' has value 'X', expected M or F");
    }

    @Test
    void unknownColumnNamesTheAllowedColumns() throws IOException {
        assertThat(problems("subjects.csv", SUBJECTS, "events.csv", "subject_id,date,type,comment\n"))
                .containsExactly("events.csv:1:4: unknown column 'comment'; the allowed columns are subject_id, "
                        + "date, type, note (optional)");
    }

    @Test
    void missingColumnNamesTheAllowedColumns() throws IOException {
        assertThat(problems("subjects.csv", SUBJECTS, "transfusions.csv", "subject_id,date,units\nS01,2024-01-02,1\n"))
                .containsExactly("transfusions.csv:1: missing column 'product'; the allowed columns are "
                        + "subject_id, date, product, units");
    }

    @Test
    void duplicateHeaderColumnIsAnError() throws IOException {
        assertThat(problems("subjects.csv", SUBJECTS, "events.csv", "subject_id,date,type,date\n"))
                .containsExactly("events.csv:1:4: duplicate column 'date' in the header");
    }

    @Test
    void optionalColumnsMayBeLeftOut() throws IOException {
        assertThat(problems("subjects.csv", SUBJECTS, "events.csv", "type,date,subject_id\nHSCT,2024-05-01,S01\n"))
                .isEmpty();
    }

    @Test
    void lineWithTooManyFieldsIsMalformed() throws IOException {
        assertThat(problems("subjects.csv", SUBJECTS, "events.csv", "subject_id,date,type\n\nS01,2024-05-01,HSCT,x\n"))
                .containsExactly("events.csv:3: malformed line: 4 fields, expected 3 as in the header "
                        + "(subject_id,date,type)");
    }

    @Test
    void unterminatedQuoteIsMalformedCsv() throws IOException {
        assertThat(problems(
                        "subjects.csv", SUBJECTS, "events.csv", "subject_id,date,type,note\nS01,2024-05-01,HSCT,\"x\n"))
                .singleElement()
                .asString()
                .startsWith("events.csv: malformed CSV: ")
                .endsWith("expected RFC 4180 comma-separated values");
    }

    @Test
    void notUtf8IsAnError() throws IOException {
        folder("subjects.csv", SUBJECTS);
        Files.write(dir.resolve("events.csv"), new byte[] {'a', ',', (byte) 0xff, '\n'});
        assertThat(DatasetReader.inspect(dir).problems())
                .extracting(DatasetProblem::description)
                .containsExactly("not UTF-8 text; expected a UTF-8 encoded CSV file");
    }

    @Test
    void unknownFileIsAWarning() throws IOException {
        DatasetReading reading = DatasetReader.inspect(folder("subjects.csv", SUBJECTS, "lab.csv", "x\n"));
        assertThat(reading.isValid()).isTrue();
        assertThat(reading.warnings())
                .extracting(DatasetProblem::toString)
                .containsExactly(
                        dir.resolve("lab.csv")
                                + ": warning: not a data set file, ignored; the data set files are subjects.csv, labs.csv, "
                                + "transfusions.csv, doses.csv, adverse_events.csv, events.csv, screening_history.csv, mutations.csv");
    }

    @Test
    void byteOrderMarkAndCrLfAreAccepted() throws IOException {
        assertThat(problems("subjects.csv", "\uFEFF" + SUBJECTS.replace("\n", "\r\n")))
                .isEmpty();
    }

    // subjects.csv

    @Test
    void duplicateSubjectIdNamesTheFirstLine() throws IOException {
        assertThat(problems("subjects.csv", SUBJECTS + "S01,TJ,,M,1970-01-01,70,170,,\n"))
                .containsExactly(
                        "subjects.csv:4:1: column 'subject_id' has value 'S01', expected a unique subject_id (already on "
                                + "line 2)");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "S 01,BJ,A,M,1990-05-12,68.5,172,2024-01-08,2024-01-10|subjects.csv:2:1: column 'subject_id' has "
                        + "value 'S 01', expected an identifier of letters, digits, '.', '_' or '-', starting with a "
                        + "letter or digit",
                "S01,,A,M,1990-05-12,68.5,172,2024-01-08,2024-01-10|subjects.csv:2:2: column 'site' has value '', "
                        + "expected the site's name or number",
                "S01,BJ,A,male,1990-05-12,68.5,172,2024-01-08,2024-01-10|subjects.csv:2:4: column 'sex' has value "
                        + "'male', expected M or F",
                "S01,BJ,A,M,12/05/1990,68.5,172,2024-01-08,2024-01-10|subjects.csv:2:5: column 'birth_date' has "
                        + "value '12/05/1990', expected a date YYYY-MM-DD",
                "S01,BJ,A,M,1990-05-12,0,172,2024-01-08,2024-01-10|subjects.csv:2:6: column 'weight_kg' has value "
                        + "'0', expected a body weight in kg from 1 to 400",
                "S01,BJ,A,M,1990-05-12,68.5,1.72,2024-01-08,2024-01-10|subjects.csv:2:7: column "
                        + "'height_cm' has value '1.72', expected a height in cm from 30 to 300",
                "S01,BJ,A,M,1990-05-12,68.5,231,2024-01-08,2024-01-10|subjects.csv:2:7: warning: column "
                        + "'height_cm' has value '231': implausible height; plausible range 100 to 230 cm",
                "S01,BJ,A,M,1990-05-12,68.5,172,2024-01-08,2024-01-07|subjects.csv:2:9: column 'first_dose_on' has "
                        + "value '2024-01-07', expected a date on or after enrolled_on (2024-01-08)",
                "S01,BJ,A,M,1990-05-12,68.5,172,1990-05-11,|subjects.csv:2:8: column 'enrolled_on' has value "
                        + "'1990-05-11', expected a date after birth_date (1990-05-12)",
                "S01,BJ,,M,1990-05-12,68.5,172,2024-01-08,2024-01-10|subjects.csv:2:3: column 'arm' has value '', "
                        + "expected the arm of an enrolled subject (enrolled_on is 2024-01-08)",
                "S01,BJ,A,M,1990-05-12,68.5,172,,|subjects.csv:2:3: column 'arm' has value 'A', expected empty for "
                        + "a candidate not yet enrolled (enrolled_on is empty)",
                "S01,BJ,,M,1990-05-12,68.5,172,,2024-01-10|subjects.csv:2:9: column 'first_dose_on' has value "
                        + "'2024-01-10', expected empty for a candidate not yet enrolled (enrolled_on is empty)",
                "S01,BJ,A,M,1990-05-12,68.5,172,2024-1-8,|subjects.csv:2:8: column 'enrolled_on' has value "
                        + "'2024-1-8', expected a date YYYY-MM-DD or empty"
            })
    void badSubjectCellIsReportedWithItsLocationValueAndExpectation(String row, String problem) throws IOException {
        String header = "subject_id,site,arm,sex,birth_date,weight_kg,height_cm,enrolled_on,first_dose_on\n";
        assertThat(problems("subjects.csv", header + row + "\n")).containsExactly(problem);
    }

    // labs.csv

    @Test
    void unknownSubjectIdIsAnError() throws IOException {
        assertThat(labProblems("S99,2024-01-03,HGB,9.5,g/dL,\n"))
                .containsExactly(
                        "labs.csv:2:1: column 'subject_id' has value 'S99', expected a subject_id listed in subjects.csv");
    }

    @Test
    void labDateBeforeBirthIsAnError() throws IOException {
        assertThat(labProblems("S01,1990-05-11,HGB,9.5,g/dL,\n"))
                .containsExactly(
                        "labs.csv:2:2: column 'date' has value '1990-05-11', expected a date on or after the subject's "
                                + "birth_date (1990-05-12, subjects.csv line 2)");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "S01,2024-01-03,HB,9.5,g/dL,|labs.csv:2:3: column 'test' has value 'HB', expected a test code: HGB, "
                        + "PLAT, NEUT, RETI, WBC, LYM, RBC, CREAT, ALT, AST, BILI, FERRITIN, CELLULARITY, PNH_CLONE, "
                        + "CSA_TROUGH, SRL_TROUGH, STFR",
                "S01,2024-01-03,HGB,9,5,g/dL|labs.csv:2:5: column 'unit' has value '5', expected a unit of HGB: g/L, "
                        + "g/dL",
                "S01,2024-01-03,HGB,9.5e0,g/dL,|labs.csv:2:4: column 'value' has value '9.5e0', expected a decimal "
                        + "number such as 9.5",
                "S01,2024-01-03,PLAT,15,g/dL,|labs.csv:2:5: column 'unit' has value 'g/dL', expected a unit of PLAT: "
                        + "10^9/L, 10^3/uL, /uL",
                "S01,2024-01-03,NEUT,0.5,cells,|labs.csv:2:5: column 'unit' has value 'cells', expected a unit of "
                        + "NEUT: 10^9/L, 10^3/uL, /uL",
                "S01,2024-01-03,HGB,-3,g/L,|labs.csv:2:4: column 'value' has value '-3': HGB -3 g/L is impossible; "
                        + "expected 0 to 250 g/L",
                "S01,2024-01-03,PNH_CLONE,120,%,|labs.csv:2:4: column 'value' has value '120': PNH_CLONE 120 % is "
                        + "impossible; expected 0 to 100 %",
                "S01,2024-01-03,CREAT,80,umol/L,-1|labs.csv:2:6: column 'uln' has value '-1', expected empty or the "
                        + "upper limit of normal, a decimal number > 0 in the row's unit",
                "S01,2024-01-03,HGB,9.5,g/dL,high|labs.csv:2:6: column 'uln' has value 'high', expected empty or the "
                        + "upper limit of normal, a decimal number > 0 in the row's unit"
            })
    void badLabCellIsReportedWithItsLocationValueAndExpectation(String row, String problem) throws IOException {
        assertThat(labProblems(row + "\n")).contains(problem);
    }

    @Test
    void impossibleValueSuggestsTheLikelyUnit() throws IOException {
        assertThat(labProblems("S01,2024-01-03,PLAT,15000,10^9/L,\n"))
                .singleElement()
                .asString()
                .startsWith("labs.csv:2:4: column 'value' has value '15000': PLAT 15000 10^9/L is impossible; "
                        + "expected 0 to 5000 10^9/L (was it 15000 /uL?)");
    }

    @Test
    void likelyUnitMixUpIsAWarningNotAnError() throws IOException {
        DatasetReading reading = DatasetReader.inspect(folder(
                "subjects.csv", SUBJECTS, "labs.csv", "subject_id,date,test,value,unit\nS01,2024-01-03,HGB,9.5,g/L\n"));
        assertThat(reading.isValid()).isTrue();
        assertThat(reading.warnings())
                .extracting(DatasetProblem::description)
                .containsExactly(
                        "column 'value' has value '9.5': HGB 9.5 g/L looks like g/dL (9.5 g/dL is plausible); plausible "
                                + "range 30 to 200 g/L");
    }

    @Test
    void implausibleValueIsAWarning() throws IOException {
        assertThat(labProblems("S01,2024-01-03,NEUT,150,10^9/L,\n"))
                .singleElement()
                .asString()
                .startsWith("labs.csv:2:4: warning: column 'value' has value '150': NEUT 150 10^9/L ");
    }

    @Test
    void reticulocytePercentWithoutRedCellCountIsAWarning() throws IOException {
        assertThat(labProblems(
                        "S01,2024-01-03,RETI,0.4,%,\nS01,2024-01-03,RBC,2.1,10^12/L,\nS01,2024-01-04,RETI,0.5,%,\n"))
                .containsExactly("labs.csv:4: warning: RETI 0.5 % of S01 on 2024-01-04 has no red cell count (RBC) "
                        + "of the same date, so it cannot be converted to 10^9/L and the rules will not use it");
    }

    @Test
    void upperLimitForReticulocytePercentCannotBeUsed() throws IOException {
        assertThat(labProblems("S01,2024-01-03,RETI,0.4,%,2\nS01,2024-01-03,RBC,2.1,10^12/L,\n"))
                .singleElement()
                .asString()
                .startsWith("labs.csv:2:6: column 'uln' has value '2': the limits of normal cannot be used: ");
    }

    @Test
    void limitsOfNormalMustBeOrdered() throws IOException {
        assertThat(problems(
                        "subjects.csv",
                        SUBJECTS,
                        "labs.csv",
                        "subject_id,date,test,value,unit,lln,uln\n"
                                + "S01,2024-01-03,NEUT,1.2,10^9/L,2,1.8\nS01,2024-01-04,NEUT,1.2,10^9/L,low,\n"))
                .containsExactly(
                        "labs.csv:2:6: column 'lln' has value '2', expected a lower limit of normal below the upper "
                                + "limit of normal (1.8)",
                        "labs.csv:3:6: column 'lln' has value 'low', expected empty or the lower limit of normal, a "
                                + "decimal number > 0 in the row's unit");
    }

    @Test
    void sameTestTwiceOnOneDateIsAWarning() throws IOException {
        assertThat(labProblems("S01,2024-01-03,HGB,9.5,g/dL,\nS01,2024-01-03,HGB,95,g/L,\n"))
                .containsExactly(
                        "labs.csv:3:3: warning: column 'test' has value 'HGB': HGB given twice for S01 on 2024-01-03 (also "
                                + "line 2); the rules use the later line");
    }

    @Test
    void labAfterDeathIsAWarning() throws IOException {
        assertThat(problems(
                        "subjects.csv", SUBJECTS,
                        "events.csv", "subject_id,date,type\nS01,2024-03-01,DEATH\n",
                        "labs.csv", "subject_id,date,test,value,unit\nS01,2024-03-02,HGB,9.5,g/dL\n"))
                .containsExactly("labs.csv:2:2: warning: column 'date' has value '2024-03-02': after the subject's "
                        + "death on 2024-03-01 (events.csv line 2)");
    }

    // transfusions.csv, doses.csv

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "S01,2024-01-03,FFP,1|transfusions.csv:2:3: column 'product' has value 'FFP', expected RBC or PLT",
                "S01,2024-01-03,RBC,0|transfusions.csv:2:4: column 'units' has value '0', expected a whole number of "
                        + "units from 1 to 99",
                "S01,2024-01-03,rbc,1.5|transfusions.csv:2:3: column 'product' has value 'rbc', expected RBC or PLT",
                "S01,2024-01-03,PLT,12|transfusions.csv:2:4: warning: column 'units' has value '12': implausible "
                        + "number of units on one day; plausible 1 to 10"
            })
    void badTransfusionCellIsReported(String row, String problem) throws IOException {
        List<String> found =
                problems("subjects.csv", SUBJECTS, "transfusions.csv", "subject_id,date,product,units\n" + row + "\n");
        assertThat(found).contains(problem);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "S01,2024-01-10,atg,25,mg/kg|doses.csv:2:3: column 'drug' has value 'atg', expected a drug id: "
                        + "p-atg, csa, hetrombopag, cyclophosphamide, romiplostim, sirolimus, g-csf, posaconazole",
                "S01,2024-01-10,hetrombopag,15,ug|doses.csv:2:5: column 'unit' has value 'ug', expected a unit of "
                        + "hetrombopag: mg",
                "S01,2024-01-10,csa,0,mg|doses.csv:2:4: column 'dose' has value '0', expected a dose > 0 such as 150",
                "S01,2024-01-09,csa,150,mg|doses.csv:2:2: warning: column 'date' has value '2024-01-09': before the "
                        + "subject's first_dose_on (2024-01-10)",
                "S02,2024-01-10,csa,150,mg|doses.csv:2:2: warning: column 'date' has value '2024-01-10': a dose for "
                        + "a subject not enrolled (enrolled_on is empty in subjects.csv line 3)"
            })
    void badDoseCellIsReported(String row, String problem) throws IOException {
        assertThat(problems("subjects.csv", SUBJECTS, "doses.csv", "subject_id,date,drug,dose,unit\n" + row + "\n"))
                .containsExactly(problem);
    }

    @Test
    void romiplostimMayBeRecordedInMicrograms() throws IOException {
        DatasetReading reading = DatasetReader.inspect(
                folder(
                        "subjects.csv",
                        SUBJECTS,
                        "doses.csv",
                        "subject_id,date,drug,dose,unit\nS01,2024-01-10,romiplostim,700,ug\nS01,2024-01-17,romiplostim,10,ug/kg\n"));
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.dataset().orElseThrow().doses())
                .extracting(Dose::unit)
                .containsExactly(DoseUnit.UG, DoseUnit.UG_PER_KG);
    }

    // adverse_events.csv, events.csv, screening_history.csv

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "S01,Anemia,6,2024-01-12,,N,|adverse_events.csv:2:3: column 'grade' has value '6', expected a CTCAE "
                        + "grade from 1 to 5",
                "S01,,2,2024-01-12,,N,|adverse_events.csv:2:2: column 'term' has value '', expected the adverse "
                        + "event term, e.g. Febrile neutropenia",
                "S01,Rash maculo-papular,2,2024-01-12,2024-01-11,N,|adverse_events.csv:2:5: column 'end_date' has value "
                        + "'2024-01-11', expected empty (ongoing) or a date on or after start_date (2024-01-12)",
                "S01,Rash maculo-papular,2,2024-01-12,,yes,|adverse_events.csv:2:6: column 'serious' has value 'yes', expected Y or N",
                "S01,Rash maculo-papular,2,2024-01-12,,N,csa;ATG|adverse_events.csv:2:7: column 'related_to' has value 'csa;ATG', "
                        + "expected empty or drug ids separated by ';': p-atg, csa, hetrombopag, cyclophosphamide, "
                        + "romiplostim, sirolimus, g-csf, posaconazole"
            })
    void badAdverseEventCellIsReported(String row, String problem) throws IOException {
        assertThat(problems(
                        "subjects.csv",
                        SUBJECTS,
                        "adverse_events.csv",
                        "subject_id,term,grade,start_date,end_date,serious,related_to\n" + row + "\n"))
                .containsExactly(problem);
    }

    @Test
    void eventTypeMustBeKnownAndDeathUnique() throws IOException {
        assertThat(problems(
                        "subjects.csv",
                        SUBJECTS,
                        "events.csv",
                        "subject_id,date,type\nS01,2024-03-01,DEATH\nS01,2024-03-02,DEATH\nS01,2024-03-02,dead\n"))
                .containsExactly(
                        "events.csv:3:3: column 'type' has value 'DEATH', expected at most one DEATH per subject "
                                + "(already on line 2)",
                        "events.csv:4:3: column 'type' has value 'dead', expected one of HSCT, DEATH, RELAPSE, "
                                + "CLONAL_EVOLUTION, WITHDRAWN, LOST_TO_FOLLOW_UP");
    }

    @Test
    void screeningHistoryItemsAreCheckedByKind() throws IOException {
        assertThat(
                        problems(
                                "subjects.csv",
                                SUBJECTS,
                                "screening_history.csv",
                                """
                        subject_id,item,value,date,note
                        S01,active_infection,maybe,,
                        S01,prior_ist_months,3,,
                        S01,ecog,5,,
                        S01,prior_tpo_ra_weeks,4,2023-12-01,
                        S01,prior_tpo_ra_weeks,5,2023-12-01,
                        S01,x_hbv_status,,,
                        S02,x_hbv_status,negative,,
                        S02,prior_ist_response,partial,,
                        """))
                .containsExactly(
                        "screening_history.csv:2:3: column 'value' has value 'maybe', expected yes or no for "
                                + "active_infection",
                        "screening_history.csv:3:2: column 'item' has value 'prior_ist_months', expected one of "
                                + "prior_ist_weeks, prior_csa_weeks, prior_tpo_ra_weeks, prior_ist_response, "
                                + "csa_intolerant, prior_sirolimus, prior_hsct, prior_chemo_radiotherapy, "
                                + "active_infection, uncontrolled_infection, inherited_bmf, hemolytic_pnh, "
                                + "clonal_disease, karyotype, marrow_fibrosis_grade, ecog, pregnant_or_breastfeeding, "
                                + "transfusions_recorded_from, aa_onset_on, or a custom item starting with x_",
                        "screening_history.csv:4:3: column 'value' has value '5', expected an integer from 0 to 4 "
                                + "for ecog",
                        "screening_history.csv:6:2: column 'item' has value 'prior_tpo_ra_weeks', expected each item "
                                + "at most once per subject (already on line 5)",
                        "screening_history.csv:7:3: column 'value' has value '', expected a non-empty value for "
                                + "x_hbv_status",
                        "screening_history.csv:9:3: column 'value' has value 'partial', expected one of NR, PR, CR, "
                                + "RELAPSE for prior_ist_response");
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnceInFileOrder() throws IOException {
        List<String> found = problems(
                "subjects.csv", SUBJECTS + "S01,TJ,,M,1970-01-01,70,170,,\n",
                "labs.csv", "subject_id,date,test,value,unit\nS03,2024-01-03,HGB,9.5,g/dL\nS01,2024-01-03,HGB,x,g/dL\n",
                "transfusions.csv", "subject_id,date,product,units\nS01,1980-01-01,RBC,1\n",
                "events.csv", "subject_id,date,type\nS01,2024-03-01,DIED\n");
        assertThat(found)
                .containsExactly(
                        "subjects.csv:4:1: column 'subject_id' has value 'S01', expected a unique subject_id (already on line 2)",
                        "labs.csv:2:1: column 'subject_id' has value 'S03', expected a subject_id listed in subjects.csv",
                        "labs.csv:3:4: column 'value' has value 'x', expected a decimal number such as 9.5",
                        "transfusions.csv:2:2: column 'date' has value '1980-01-01', expected a date on or after the "
                                + "subject's birth_date (1990-05-12, subjects.csv line 2)",
                        "events.csv:2:3: column 'type' has value 'DIED', expected one of HSCT, DEATH, RELAPSE, "
                                + "CLONAL_EVOLUTION, WITHDRAWN, LOST_TO_FOLLOW_UP");
    }

    @Test
    void everyEntryRuleOfTheStudyValidationApplies() throws IOException {
        assertThat(problems(
                        "subjects.csv",
                        "subject_id,site,arm,sex,birth_date,weight_kg,height_cm,screened_on,enrolled_on,first_dose_on\n"
                                + "S01,BJ,A,M,0000-01-01,68.5,172,2024-01-09,2024-01-08,2024-01-10\n"
                                + "S02,BJ,,F,1980-01-01,55,160,,,\n",
                        "adverse_events.csv",
                        "subject_id,term,grade,start_date,serious\nS02,Febrile neutropenia,2,2024-01-05,N\n",
                        "doses.csv",
                        "subject_id,date,drug,dose,unit\nS02,9999-12-31,csa,150000,mg\n"))
                .containsExactly(
                        "subjects.csv:2:5: column 'birth_date' has value '0000-01-01', expected a date on or after "
                                + "1900-01-01",
                        "subjects.csv:2:9: column 'enrolled_on' has value '2024-01-08', expected a date on or after "
                                + "screened_on (2024-01-09)",
                        "doses.csv:2:2: column 'date' has value '9999-12-31', expected a date not after today ("
                                + java.time.LocalDate.now() + ")",
                        "doses.csv:2:4: column 'dose' has value '150000', expected a dose of csa in mg above 0 and at "
                                + "most 2000",
                        "adverse_events.csv:2:3: column 'grade' has value '2', expected a grade CTCAE v5.0 defines for "
                                + "Febrile neutropenia: 3, 4, 5");
    }

    @Test
    void theScreeningDateIsReadWhenGiven() throws IOException {
        DatasetReading reading = DatasetReader.inspect(folder(
                "subjects.csv",
                "subject_id,site,sex,birth_date,weight_kg,height_cm,screened_on\nS01,BJ,M,1990-05-12,68,172,"
                        + "2024-01-02\n"));
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.dataset().orElseThrow().subjects().get(0).screenedOn())
                .contains(java.time.LocalDate.of(2024, 1, 2));
    }
}
