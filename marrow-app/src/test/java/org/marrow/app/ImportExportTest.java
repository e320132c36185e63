package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marrow.app.security.Role;
import org.marrow.app.study.Study;
import org.marrow.dataset.DatasetReader;
import org.marrow.dataset.DatasetWriter;
import tools.jackson.databind.JsonNode;

/** A whole study in and out as a data set folder, and the assessments derived from it. */
class ImportExportTest extends ApiTest {
    @TempDir
    Path tmp;

    static Path example() throws URISyntaxException {
        return Path.of(ImportExportTest.class
                        .getResource("example/subjects.csv")
                        .toURI())
                .getParent();
    }

    static byte[] zip(Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes);
                Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry("dataset/" + f.getFileName()));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void importThenExportGivesTheDataSetBackFileForFile() throws Exception {
        String admin = user(Role.ADMIN);
        Study study = study();
        Response imported = post(admin, "/api/studies/" + study.id() + "/dataset", zip(example()));
        assertThat(imported.status()).as("%s", imported.body()).isEqualTo(200);
        assertThat(imported.get("subjects").asInt()).isEqualTo(4);

        Response exported = get(admin, "/api/studies/" + study.id() + "/dataset");
        assertThat(exported.status()).isEqualTo(200);
        Map<String, String> files = unzip(exported.bytes());

        // The canonical form of the example, as the data set module writes it.
        Path canonical = tmp.resolve("canonical");
        DatasetWriter.write(DatasetReader.read(example()), canonical);
        Map<String, String> expected = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(canonical)) {
            for (Path f : list.sorted().toList()) {
                expected.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        assertThat(files).containsExactlyInAnyOrderEntriesOf(expected);

        Path back = tmp.resolve("back");
        Files.createDirectories(back);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(back.resolve(f.getKey()), f.getValue());
        }
        assertThat(DatasetWriter.contentHash(DatasetReader.read(back)))
                .isEqualTo(DatasetWriter.contentHash(DatasetReader.read(example())));
        assertThat(imported.get("content_hash").asString())
                .isEqualTo(DatasetWriter.contentHash(DatasetReader.read(example())));
    }

    @Test
    void dataSetWithAnErrorIsRefusedWholeWithEveryProblem() throws Exception {
        String admin = user(Role.ADMIN);
        Study study = study();
        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        try (Stream<Path> list = Files.list(example())) {
            for (Path f : list.toList()) {
                Files.copy(f, bad.resolve(f.getFileName()));
            }
        }
        Path labs = bad.resolve("labs.csv");
        Files.writeString(
                labs,
                Files.readString(labs) + "SYN-001,2024-07-11,PLAT,-5,10^9/L,\nSYN-009,2024-07-11,PLAT,5,10^9/L,\n");
        long auditBefore = auditRows();
        Response r = post(admin, "/api/studies/" + study.id() + "/dataset", zip(bad));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.get("problems").size()).isGreaterThanOrEqualTo(2);
        assertThat(get(admin, "/api/studies/" + study.id() + "/subjects").body().size())
                .isZero();
        assertThat(auditRows()).isEqualTo(auditBefore);
    }

    @Test
    void assessmentIsDerivedFromTheImportedSourceData() throws Exception {
        String admin = user(Role.ADMIN);
        Study study = study();
        assertThat(post(admin, "/api/studies/" + study.id() + "/dataset", zip(example()))
                        .status())
                .isEqualTo(200);
        JsonNode subjects =
                get(admin, "/api/studies/" + study.id() + "/subjects").body();
        long syn001 = subjects.get(0).get("id").asLong();
        assertThat(subjects.get(0).get("subject_code").asString()).isEqualTo("SYN-001");
        Response a = get(admin, "/api/subjects/" + syn001 + "/assessment");
        assertThat(a.status()).as("%s", a.body()).isEqualTo(200);
        Map<String, JsonNode> byDate = new LinkedHashMap<>();
        a.get("visits").forEach(v -> byDate.put(v.get("date").asString(), v));
        // Example README: SYN-001 is VSAA at screening, PR at month 3, CR at month 6 (five-tier criteria).
        assertThat(byDate.get("2024-01-03").get("severity").asString()).isEqualTo("VSAA");
        assertThat(byDate.get("2024-04-10").get("response").asString()).isEqualTo("PR");
        assertThat(byDate.get("2024-07-10").get("response").asString()).isEqualTo("CR");
        assertThat(a.get("grades").size()).isPositive();
    }

    @Test
    void queryWorkflowRaiseAnswerClose() throws Exception {
        String admin = user(Role.ADMIN);
        Study study = study();
        assertThat(post(admin, "/api/studies/" + study.id() + "/dataset", zip(example()))
                        .status())
                .isEqualTo(200);
        var site = studies.siteByCode("SYNTH-BJ").orElseThrow();
        String monitor = user(Role.MONITOR, site);
        String coord = user(Role.COORDINATOR, site);
        long subject = get(monitor, "/api/studies/" + study.id() + "/subjects")
                .body()
                .get(0)
                .get("id")
                .asLong();
        String queries = "/api/subjects/" + subject + "/queries";
        long lab = get(monitor, "/api/subjects/" + subject + "/labs")
                .body()
                .get(0)
                .get("id")
                .asLong();
        Response raised = post(
                monitor,
                queries,
                Map.of(
                        "record_table",
                        "lab",
                        "record_id",
                        lab,
                        "field",
                        "value",
                        "question",
                        "Hb 6.2 g/dL confirmed?"));
        assertThat(raised.status()).isEqualTo(201);
        long q = raised.get("id").asLong();
        assertThat(post(monitor, queries + "/" + q + "/close", Map.of("version", 0))
                        .status())
                .isEqualTo(409);
        Response answered =
                post(coord, queries + "/" + q + "/answer", Map.of("version", 0, "answer", "Yes, source checked"));
        assertThat(answered.get("status").asString()).isEqualTo("ANSWERED");
        Response closed = post(monitor, queries + "/" + q + "/close", Map.of("version", 1));
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closed_by").asString()).isEqualTo(monitor);
    }

    @Test
    void openApiDocumentIsServed() {
        Response r = get(null, "/api/openapi");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.get("paths").has("/api/subjects/{subjectId}/{kind}")).isTrue();
    }
}
