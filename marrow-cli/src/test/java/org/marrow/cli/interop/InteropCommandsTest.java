package org.marrow.cli.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.cli.CliRun;
import org.marrow.cli.Marrow;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.Unit;
import org.marrow.dataset.DatasetReader;
import org.marrow.dataset.DatasetWriter;
import org.marrow.study.LabRecord;
import org.marrow.study.StudyDataset;

/**
 * {@code marrow export} writes examples/ctx-ist in every format; {@code marrow import odm} reads the ODM export back
 * to the same data set; {@code marrow import fhir} adds a hospital's lab results to a subject in canonical units,
 * leaves duplicates out, and refuses a Bundle with errors without changing the folder; users' mistakes are clear
 * messages with exit code 2.
 */
class InteropCommandsTest {
    @TempDir
    Path tmp;

    static Path example() {
        Path fromModule = Path.of("..", "examples", "ctx-ist");
        return Files.isDirectory(fromModule) ? fromModule : Path.of("examples", "ctx-ist");
    }

    @ParameterizedTest
    @CsvSource({
        "r, marrow.R",
        "sas, marrow.sas",
        "spss, marrow.sps",
        "stata, marrow.do",
        "odm, odm.xml",
        "sdtm, sdtm/define.xml",
        "fhir, fhir-bundle.json"
    })
    void exportWritesEachFormatsFilesIntoTheFolder(String format, String keyFile) throws IOException {
        Path out = tmp.resolve(format);
        CliRun run = CliRun.of(
                "export", "--format", format, "--protocol", "ctx-ist", example().toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith(format + " export of 45 subjects").contains(keyFile);
        assertThat(Files.size(out.resolve(keyFile))).isPositive();
    }

    @Test
    void anUnknownFormatIsAOneLineErrorNamingTheFormats() {
        CliRun run = CliRun.of(
                "export", "--format", "xpt", "--protocol", "ctx-ist", example().toString(), "--out", tmp.toString());
        assertThat(run.exitCode()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--format", "xpt", "r, sas, spss, stata, odm, sdtm, fhir");
        assertThat(run.err()).doesNotContain("Exception", "at org.");
    }

    @Test
    void anOutputPathThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        CliRun run = CliRun.of(
                "export", "--format", "odm", "--protocol", "ctx-ist", example().toString(), "--out", file.toString());
        assertThat(run.exitCode()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(run.err()).contains("--out", "is a file", "expected a directory");
    }

    @Test
    void theOdmExportImportsBackToTheSameDataSet() {
        Path out = tmp.resolve("odm");
        assertThat(CliRun.of(
                                "export",
                                "--format",
                                "odm",
                                "--protocol",
                                "ctx-ist",
                                example().toString(),
                                "--out",
                                out.toString())
                        .exitCode())
                .isZero();
        Path back = tmp.resolve("back");
        CliRun run = CliRun.of("import", "odm", out.resolve("odm.xml").toString(), "--out", back.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(DatasetWriter.contentHash(DatasetReader.read(back)))
                .isEqualTo(DatasetWriter.contentHash(DatasetReader.read(example())));
    }

    @Test
    void importingOdmIntoAFolderWithFilesIsRefused() throws IOException {
        Files.writeString(tmp.resolve("odm.xml"), "<ODM/>");
        CliRun run = CliRun.of("import", "odm", tmp.resolve("odm.xml").toString(), "--out", tmp.toString());
        assertThat(run.exitCode()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(run.err()).contains("--out", "expected a new data set folder");
    }

    private static final String HOSPITAL =
            """
            {"resourceType": "Bundle", "type": "collection", "entry": [
              {"resource": {"resourceType": "Observation", "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": "718-7"}]},
                "effectiveDateTime": "2024-12-02T08:10:00+08:00",
                "valueQuantity": {"value": 9.1, "unit": "g/dL", "system": "http://unitsofmeasure.org", "code": "g/dL"}}},
              {"resource": {"resourceType": "Observation", "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": "777-3"}]},
                "effectiveDateTime": "2024-12-02",
                "valueQuantity": {"value": 42000, "unit": "/uL", "code": "/uL"}}}
            ]}
            """;

    private Path copyOfExample() {
        Path dir = tmp.resolve("data");
        DatasetWriter.write(DatasetReader.read(example()), dir);
        return dir;
    }

    @Test
    void importFhirAddsTheLabsInCanonicalUnitsAndASecondImportAddsNothing() throws IOException {
        Path dir = copyOfExample();
        Path bundle = Files.writeString(tmp.resolve("lis.json"), HOSPITAL, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("import", "fhir", bundle.toString(), dir.toString(), "--subject", "CTX-003");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 lab values added to CTX-003");
        StudyDataset after = DatasetReader.read(dir);
        List<LabRecord> added = after.recordsOf("CTX-003").labs().stream()
                .filter(l -> l.date().toString().equals("2024-12-02"))
                .toList();
        assertThat(added).hasSize(2);
        assertThat(added.get(0).test()).isEqualTo(LabTest.HGB);
        assertThat(added.get(0).value().unit()).isEqualTo(Unit.G_PER_L);
        assertThat(added.get(0).value().amount()).isEqualByComparingTo(new BigDecimal("91"));
        assertThat(added.get(1).test()).isEqualTo(LabTest.PLAT);
        assertThat(added.get(1).value().amount()).isEqualByComparingTo(new BigDecimal("42"));
        String hash = DatasetWriter.contentHash(after);

        CliRun again = CliRun.of("import", "fhir", bundle.toString(), dir.toString(), "--subject", "CTX-003");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 lab values added", "2 already recorded");
        assertThat(again.err()).contains("lis.json entry[0]", "already recorded");
        assertThat(DatasetWriter.contentHash(DatasetReader.read(dir))).isEqualTo(hash);
    }

    @Test
    void aBundleWithAnErrorChangesNothingAndNamesTheEntryFieldAndValue() throws IOException {
        Path dir = copyOfExample();
        String hash = DatasetWriter.contentHash(DatasetReader.read(dir));
        Path bundle = Files.writeString(
                tmp.resolve("lis.json"), HOSPITAL.replace("\"value\": 9.1", "\"value\": -9.1"), StandardCharsets.UTF_8);
        CliRun run = CliRun.of("import", "fhir", bundle.toString(), dir.toString(), "--subject", "CTX-003");
        assertThat(run.exitCode()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(run.err()).contains("lis.json entry[0]", "value", "-9.1");
        assertThat(run.err()).doesNotContain("Exception", "at org.");
        assertThat(DatasetWriter.contentHash(DatasetReader.read(dir))).isEqualTo(hash);
    }

    @Test
    void aDoubtfulValueNeedsConfirmation() throws IOException {
        Path dir = copyOfExample();
        Path bundle = Files.writeString(
                tmp.resolve("lis.json"), HOSPITAL.replace("\"value\": 9.1", "\"value\": 22"), StandardCharsets.UTF_8);
        CliRun refused = CliRun.of("import", "fhir", bundle.toString(), dir.toString(), "--subject", "CTX-003");
        assertThat(refused.exitCode()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(refused.err()).contains("--accept-implausible");
        CliRun confirmed = CliRun.of(
                "import", "fhir", bundle.toString(), dir.toString(), "--subject", "CTX-003", "--accept-implausible");
        assertThat(confirmed.exitCode()).as(confirmed.err()).isZero();
        assertThat(confirmed.out()).contains("2 lab values added");
    }

    @Test
    void anUnknownSubjectIsAOneLineError() throws IOException {
        Path bundle = Files.writeString(tmp.resolve("lis.json"), HOSPITAL, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("import", "fhir", bundle.toString(), example().toString(), "--subject", "NOPE");
        assertThat(run.exitCode()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(run.err()).contains("NOPE");
    }
}
