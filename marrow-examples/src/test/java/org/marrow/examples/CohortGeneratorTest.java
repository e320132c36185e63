package org.marrow.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marrow.clinical.renal.Sex;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.clinical.severity.Severity;
import org.marrow.dataset.DatasetFile;
import org.marrow.dataset.DatasetReader;
import org.marrow.dataset.DatasetReading;
import org.marrow.dataset.DatasetWriter;
import org.marrow.study.StudyDataset;

class CohortGeneratorTest {

    private static void assertSameFiles(Path a, Path b) throws IOException {
        for (DatasetFile file : DatasetFile.values()) {
            // An optional file (mutations.csv) is in both folders or in neither.
            assertThat(Files.exists(a.resolve(file.fileName())))
                    .as(file.fileName())
                    .isEqualTo(Files.exists(b.resolve(file.fileName())));
            if (Files.exists(a.resolve(file.fileName()))) {
                assertThat(Files.readString(a.resolve(file.fileName())))
                        .as(file.fileName())
                        .isEqualTo(Files.readString(b.resolve(file.fileName())));
            }
        }
    }

    @Test
    void committedExampleIsTheGeneratorsOutputForTheExampleSeed(@TempDir Path dir) throws IOException {
        CohortGenerator.withSeed(CtxIstCohort.EXAMPLE_SEED).write(CtxIstCohort.document000(), dir);
        assertSameFiles(dir, CtxIstExample.folder());
    }

    @Test
    void sameSeedGivesIdenticalFilesAndAnotherSeedOtherValues(@TempDir Path dir) throws IOException {
        CohortGenerator.withSeed(7).write(CtxIstCohort.document000(), dir.resolve("a"));
        CohortGenerator.withSeed(7).write(CtxIstCohort.document000(), dir.resolve("b"));
        CohortGenerator.withSeed(8).write(CtxIstCohort.document000(), dir.resolve("c"));
        assertSameFiles(dir.resolve("a"), dir.resolve("b"));
        assertThat(Files.readString(dir.resolve("c/labs.csv")))
                .isNotEqualTo(Files.readString(dir.resolve("a/labs.csv")));
    }

    @Test
    void anySeedMeetsThePublishedCounts(@TempDir Path dir) {
        // The plan, not the seed, fixes the categories: another seed gives the same month-3 counts.
        CohortGenerator.withSeed(12345).write(CtxIstCohort.document000(), dir);
        List<CtxIstExample.Assessed> treated = CtxIstExample.assess(DatasetReader.read(dir));
        assertThat(treated.stream().filter(a -> a.month3().orElseThrow().isResponse()))
                .hasSize(28);
        assertThat(treated.stream()
                        .filter(a ->
                                a.month6().map(ResponseCategory::isSuperior).orElse(false)))
                .hasSize(26);
    }

    @Test
    void filesAreInTheCanonicalFormOfDatasetWriter(@TempDir Path dir) throws IOException {
        StudyDataset example = DatasetReader.read(CtxIstExample.folder());
        DatasetWriter.write(example, dir);
        assertSameFiles(dir, CtxIstExample.folder());
    }

    @Test
    void registryCohortIsReproducibleAndReadsWithoutProblems(@TempDir Path dir) throws IOException {
        CohortGenerator.withSeed(3).write(CtxIstCohort.registry(60, 3), dir.resolve("a"));
        CohortGenerator.withSeed(3).write(CtxIstCohort.registry(60, 3), dir.resolve("b"));
        assertSameFiles(dir.resolve("a"), dir.resolve("b"));
        DatasetReading reading = DatasetReader.inspect(dir.resolve("a"));
        assertThat(reading.problems()).isEmpty();
        List<CtxIstExample.Assessed> treated =
                CtxIstExample.assess(reading.dataset().orElseThrow());
        assertThat(treated).hasSize(60).allSatisfy(a -> assertThat(a.month3()).isPresent());
    }

    @Test
    void registryPlansFollowTheirTemplates() {
        List<PatientPlan> plans = CtxIstCohort.registry(500, 11).patients();
        assertThat(plans).hasSize(500);
        assertThat(plans.get(0).subjectId()).isEqualTo("REG-00001");
        long vsaa =
                plans.stream().filter(p -> p.severity() == Severity.VERY_SEVERE).count();
        // 13/43 = 0.302 of 500 is 151; a binomial draw stays well within +-45 (about 4.5 SD).
        assertThat(vsaa).isBetween(106L, 196L);
    }

    @Test
    void planRejectsAResponseBeforeDay57() {
        assertThatThrownBy(() -> plan(List.of(
                        new PatientPlan.Phase(1, ResponseCategory.NR), new PatientPlan.Phase(50, ResponseCategory.PR))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("day 57");
    }

    @Test
    void planRejectsAPhaseOffTheVisitDays() {
        assertThatThrownBy(() -> plan(List.of(
                        new PatientPlan.Phase(1, ResponseCategory.NR), new PatientPlan.Phase(91, ResponseCategory.PR))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("visit day");
    }

    @Test
    void planGivesItsCategoriesAtMonthThreeAndSix() {
        PatientPlan p = plan(List.of(
                new PatientPlan.Phase(1, ResponseCategory.NR),
                new PatientPlan.Phase(71, ResponseCategory.PR),
                new PatientPlan.Phase(120, ResponseCategory.CR)));
        assertThat(p.month3()).isEqualTo(ResponseCategory.PR);
        assertThat(p.month6()).contains(ResponseCategory.CR);
    }

    private static PatientPlan plan(List<PatientPlan.Phase> course) {
        return new PatientPlan(
                "X-1",
                Severity.SEVERE,
                Sex.FEMALE,
                40,
                course,
                4,
                new PatientPlan.NeutropeniaPlan(0, 0, 0, false),
                180,
                Optional.empty(),
                OptionalInt.empty(),
                List.of(),
                false,
                1);
    }

    @Test
    void commandRejectsABadSizeWithOneLine(@TempDir Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GenerateDataset.run(
                new String[] {"registry", "zero", dir.toString()},
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("generate: SIZE: 'zero' is not valid; expected a number of subjects from 1 to 1000000"
                        + System.lineSeparator());
    }

    @Test
    void commandWritesARegistry(@TempDir Path dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = GenerateDataset.run(
                new String[] {"registry", "5", dir.toString(), "--seed", "9"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()));
        assertThat(code).isEqualTo(0);
        assertThat(DatasetReader.read(dir).subjects()).hasSize(5);
    }
}
