package org.marrow.cli.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.cli.CliRun;
import org.marrow.cli.Marrow;

/**
 * {@code marrow classify} on the synthetic data sets of the test resources. Expected categories
 * follow from the rules of marrow-clinical as cited in each test; the data sets' README.txt files
 * describe them.
 */
class ClassifyCommandTest {

    static String dataset(String name) {
        try {
            return Path.of(ClassifyCommandTest.class
                            .getResource(name + "/subjects.csv")
                            .toURI())
                    .getParent()
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode assessment(CliRun run, String subject, String date) {
        for (JsonNode a : run.json().get("assessments")) {
            if (a.get("subject_id").asText().equals(subject)
                    && a.get("date").asText().equals(date)) {
                return a;
            }
        }
        throw new AssertionError("no assessment of " + subject + " on " + date + " in " + run.out());
    }

    private static String response(CliRun run, String subject, String date) {
        JsonNode response = assessment(run, subject, date).get("response");
        return response.isNull() ? "null" : response.asText();
    }

    // Follow-up 2024-04-10 against document 000's five tiers: CR HGB > 100 g/L, NEUT > 1.0, PLAT > 100;
    // VGPR PLAT > 80; GPR HGB > 80, PLAT > 50; PR no longer SAA and transfusion independent; NR otherwise.
    @ParameterizedTest
    @CsvSource({
        "CR1, CR", // 120 g/L, 1.5, 150
        "VG1, VGPR", // 110 g/L, 1.5, 90
        "GP1, GPR", // 90 g/L, 1.2, 60
        "PR1, PR", // 75 g/L, 0.8, 35: no low count, no transfusion since 2024-01-05
        "NR1, NR", // RBC transfusion on 2024-04-01, within the 8-week look-back
        "UK1, null", // no NEUT on 2024-04-10: CR undetermined, never a default category
        "NS1, PR" // non-severe (cellularity 35 %), transfusion independent, NEUT 0.9 not > 1.0
    })
    void fiveTierGivesEachCategory(String subject, String expected) {
        CliRun run = CliRun.of("classify", dataset("categories"), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(response(run, subject, "2024-04-10")).isEqualTo(expected);
    }

    // standard (NIH-style): CR as five-tier; SAA at baseline: PR = no longer meeting SAA count criteria and
    // transfusion independent; NSAA at baseline: PR by a HGB rise > 30 g/L (80 -> 115) among others.
    @ParameterizedTest
    @CsvSource({"CR1, CR", "VG1, PR", "GP1, PR", "PR1, PR", "NR1, NR", "UK1, null", "NS1, PR"})
    void standardCriteria(String subject, String expected) {
        CliRun run = CliRun.of("classify", dataset("categories"), "--criteria", "standard", "--json");
        assertThat(run.json().get("criteria").asText()).isEqualTo("standard");
        assertThat(response(run, subject, "2024-04-10")).isEqualTo(expected);
    }

    // lineage (Olnes et al. 2012): PLAT rise >= 20 above baseline 10, or HGB rise >= 15 g/L from < 90 g/L.
    // NR1: PLAT +2, HGB +2, NEUT 0.3 -> 0.4 (not doubled, rise < 0.5), RBC units 2 -> 2.
    @ParameterizedTest
    @CsvSource({"CR1, CR", "VG1, PR", "PR1, PR", "NR1, NR", "NS1, PR"})
    void lineageCriteria(String subject, String expected) {
        CliRun run = CliRun.of("classify", dataset("categories"), "--criteria", "lineage", "--json");
        assertThat(response(run, subject, "2024-04-10")).isEqualTo(expected);
    }

    @Test
    void baselineDateHasSeverityGradesAndNoResponse() {
        CliRun run = CliRun.of("classify", dataset("categories"), "--json");
        JsonNode cr1 = assessment(run, "CR1", "2024-01-08");
        // cellularity 10 % and RETI 10, PLAT 10, NEUT 0.3 all low; NEUT >= 0.2 so not VSAA (document 000)
        assertThat(cr1.get("severity").asText()).isEqualTo("SAA");
        assertThat(cr1.get("transfusion_dependent").asBoolean()).isTrue();
        assertThat(cr1.get("response").isNull()).isTrue();
        // first dose 2024-01-10: the day before is day 0, two days before day -1 (SubjectSchedule.studyDay)
        assertThat(cr1.get("study_day").asInt()).isEqualTo(-1);
        // CTCAE v5.0: NEUT 0.3 < 0.5 grade 4; PLAT 10 < 25 grade 4; HGB 70 < 80 g/L grade 3
        assertThat(cr1.get("ctcae").toString()).isEqualTo("{\"NEUT\":4,\"PLAT\":4,\"HGB\":3}");
        assertThat(cr1.get("reasons").toString()).contains("response not assessed: on or before the first dose");
        // VG1: NEUT 0.1 < 0.2
        assertThat(assessment(run, "VG1", "2024-01-08").get("severity").asText())
                .isEqualTo("VSAA");
        // NS1: cellularity 35 % >= 25 %
        assertThat(assessment(run, "NS1", "2024-01-08").get("severity").asText())
                .isEqualTo("NSAA");
        // UK1 on follow-up: RETI and NEUT missing leave the two-of-three count criterion open
        assertThat(assessment(run, "UK1", "2024-04-10").get("severity").isNull())
                .isTrue();
    }

    @Test
    void candidateNeverTreatedHasNoResponseAndNoStudyDay() {
        CliRun run = CliRun.of("classify", dataset("categories"), "--json");
        JsonNode ca1 = assessment(run, "CA1", "2024-03-01");
        assertThat(ca1.get("severity").asText()).isEqualTo("SAA");
        assertThat(ca1.get("response").isNull()).isTrue();
        assertThat(ca1.get("study_day").isNull()).isTrue();
        assertThat(ca1.get("reasons").toString()).contains("response not assessed: no first_dose_on (not treated)");
    }

    @Test
    void exampleDatasetFollowsEachSubjectsCourse() {
        CliRun run = CliRun.of("classify", dataset("example"), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.json().get("dataset_sha256").asText()).hasSize(64);
        JsonNode s1 = assessment(run, "SYN-001", "2024-01-10");
        // RETI 0.5 % x RBC 2.35 = 11.75 x10^9/L; NEUT 0.15 < 0.2: VSAA
        assertThat(s1.get("severity").asText()).isEqualTo("VSAA");
        assertThat(assessment(run, "SYN-001", "2024-02-07").get("severity").asText())
                .isEqualTo("SAA");
        assertThat(response(run, "SYN-001", "2024-02-07")).isEqualTo("NR");
        assertThat(response(run, "SYN-001", "2024-04-10")).isEqualTo("PR");
        assertThat(response(run, "SYN-001", "2024-07-10")).isEqualTo("CR");
        // with the laboratory's LLN: NEUT 1.9 >= 1.8 grade 0; PLAT 105 < 150 and >= 75 grade 1; WBC 4.1 >= 3.5
        // grade 0; HGB 112 g/L < 130 and >= 100 grade 1 (CTCAE v5.0)
        assertThat(assessment(run, "SYN-001", "2024-07-10").get("ctcae").toString())
                .isEqualTo("{\"NEUT\":0,\"PLAT\":1,\"WBC\":0,\"HGB\":1}");
        // creatinine 135 umol/L > 1.5 x baseline 68 (grade 2), only <= 1.5 x ULN 106 (grade 1): CTCAE v5.0 grade 2
        assertThat(assessment(run, "SYN-001", "2024-04-10")
                        .get("ctcae")
                        .get("CREAT")
                        .asInt())
                .isEqualTo(2);
        assertThat(response(run, "SYN-002", "2024-05-06")).isEqualTo("NR");
        assertThat(response(run, "SYN-002", "2024-08-05")).isEqualTo("GPR");
        // ALT 130 U/L > 3 x ULN 40 and <= 5 x ULN: grade 2
        assertThat(assessment(run, "SYN-002", "2024-05-06")
                        .get("ctcae")
                        .get("ALT")
                        .asInt())
                .isEqualTo(2);
        JsonNode s3 = assessment(run, "SYN-003", "2024-03-12");
        assertThat(s3.get("severity_label").asText()).isEqualTo("NTD-NSAA");
        assertThat(s3.get("transfusion_dependent").asBoolean()).isFalse();
        assertThat(response(run, "SYN-004", "2024-04-01")).isEqualTo("NR");
    }

    @Test
    void tableIsTheDefault() {
        CliRun run = CliRun.of("classify", dataset("categories"));
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow())
                .startsWith("subject_id  date        day  severity  transfusion_dependent  response  ctcae");
        assertThat(run.out()).contains("VG1         2024-04-10   92  NTD-NSAA  no                     VGPR");
    }

    @Test
    void csvHasOneRowPerSubjectAndDate() {
        CliRun run = CliRun.of("classify", dataset("categories"), "--csv");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow())
                .isEqualTo("subject_id,date,study_day,severity,severity_label,transfusion_dependent,rbc_dependent,"
                        + "plt_dependent,response,ctcae_NEUT,ctcae_PLAT,ctcae_WBC,ctcae_HGB,ctcae_CREAT,ctcae_ALT,"
                        + "ctcae_AST,ctcae_BILI,reasons");
        // 7 treated subjects x 2 dates + 1 candidate x 1 date
        assertThat(run.out().lines().filter(l -> l.matches("^[A-Z]{2}[0-9],2024-.*")))
                .hasSize(15);
        assertThat(run.out()).contains("\nGP1,2024-04-10,92,NSAA,NTD-NSAA,false,false,false,GPR,2,2,NA,2,NA,NA,NA,NA,");
    }

    @Test
    void datasetWithErrorsListsEveryProblemAndNothingElse() {
        CliRun run = CliRun.of("classify", dataset("errors"), "--json");
        String dir = dataset("errors");
        assertThat(run.exitCode()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList())
                .containsExactly(
                        dir + "/subjects.csv:3:1: column 'subject_id' has value 'E1', expected a unique subject_id "
                                + "(already on line 2)",
                        dir + "/subjects.csv:3:4: column 'sex' has value 'X', expected M or F",
                        dir + "/labs.csv:2:4: warning: column 'value' has value '9.5': HGB 9.5 g/L looks like g/dL "
                                + "(9.5 g/dL is plausible); plausible range 30 to 200 g/L",
                        dir + "/labs.csv:3:4: column 'value' has value '-4': PLAT -4 10^9/L is impossible; expected "
                                + "0 to 5000 10^9/L",
                        dir + "/labs.csv:4:1: column 'subject_id' has value 'E2', expected a subject_id listed in "
                                + "subjects.csv",
                        dir + "/labs.csv:5:2: column 'date' has value '1979-12-31', expected a date on or after the "
                                + "subject's birth_date (1980-01-01, subjects.csv line 2)");
    }

    @Test
    void missingFolderIsOneLine() {
        CliRun run = CliRun.of("classify", "no/such/folder");
        assertThat(run.exitCode()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(run.err().strip())
                .isEqualTo("no/such/folder: no such directory, expected a data set folder with subjects.csv");
    }

    @Test
    void unknownCriteriaSetIsOneLine() {
        CliRun run = CliRun.of("classify", dataset("categories"), "--criteria", "nih");
        assertThat(run.exitCode()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("--criteria: 'nih' is not recognised; expected five-tier, standard or lineage");
    }

    @Test
    void jsonAndCsvTogetherIsOneLine() {
        CliRun run = CliRun.of("classify", dataset("categories"), "--json", "--csv");
        assertThat(run.exitCode()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("--json and --csv were both given; expected at most one output format");
    }
}
