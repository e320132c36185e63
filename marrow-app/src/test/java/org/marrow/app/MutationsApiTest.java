package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marrow.app.security.Role;
import org.marrow.app.study.Study;
import org.marrow.dataset.DatasetReader;
import org.marrow.dataset.DatasetWriter;

/**
 * Somatic mutation test results (mutations.csv) in the database: imported and exported without loss,
 * audited, entered and refused through {@code /api/subjects/{id}/mutations} like any source record.
 */
class MutationsApiTest extends ApiTest {
    private static final String MUTATIONS = "subject_id,date,gene,variant,vaf_percent\n"
            + "SYN-001,2024-01-03,none,,\n"
            + "SYN-002,2024-01-05,DNMT3A,c.2645G>A p.R882H,4.2\n"
            + "SYN-002,2024-07-02,DNMT3A,c.2645G>A p.R882H,9.80\n";

    @TempDir
    Path tmp;

    private Path exampleWithMutations() throws Exception {
        Path dir = tmp.resolve("in");
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(ImportExportTest.example())) {
            for (Path f : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.writeString(dir.resolve("mutations.csv"), MUTATIONS);
        return dir;
    }

    private long auditRowsOf(String table) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE table_name = ?")
                .param(table)
                .query(Long.class)
                .single();
    }

    @Test
    void importedMutationsAreAuditedAndExportedBackWithoutLoss() throws Exception {
        String admin = user(Role.ADMIN);
        Study study = study();
        Path in = exampleWithMutations();
        long before = auditRowsOf("somatic_mutation");
        Response imported = post(admin, "/api/studies/" + study.id() + "/dataset", ImportExportTest.zip(in));
        assertThat(imported.status()).as("%s", imported.body()).isEqualTo(200);
        assertThat(auditRowsOf("somatic_mutation") - before).isEqualTo(3);

        Response exported = get(admin, "/api/studies/" + study.id() + "/dataset");
        Map<String, String> files = ImportExportTest.unzip(exported.bytes());
        Path canonical = tmp.resolve("canonical");
        DatasetWriter.write(DatasetReader.read(in), canonical);
        assertThat(files.get("mutations.csv")).isEqualTo(Files.readString(canonical.resolve("mutations.csv")));
        Path back = tmp.resolve("back");
        Files.createDirectories(back);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(back.resolve(f.getKey()), f.getValue());
        }
        assertThat(DatasetWriter.contentHash(DatasetReader.read(back)))
                .isEqualTo(DatasetWriter.contentHash(DatasetReader.read(in)));
    }

    @Test
    void aMutationIsEnteredThroughTheApiAndABadOneRefusedWithTheField() throws Exception {
        String admin = user(Role.ADMIN);
        Study study = study();
        assertThat(post(admin, "/api/studies/" + study.id() + "/dataset", ImportExportTest.zip(exampleWithMutations()))
                        .status())
                .isEqualTo(200);
        long subject = get(admin, "/api/studies/" + study.id() + "/subjects")
                .body()
                .get(0)
                .get("id")
                .asLong();
        String coordinator =
                user(Role.COORDINATOR, studies.siteByCode("SYNTH-BJ").orElseThrow());
        String path = "/api/subjects/" + subject + "/mutations";
        Map<String, Object> good = new LinkedHashMap<>();
        good.put("date", "2024-04-10");
        good.put("gene", "BCOR");
        good.put("variant", "c.1234del p.E412fs");
        good.put("vaf_percent", "3.5");
        good.put("reason", "month-3 NGS panel");
        Response created = post(coordinator, path, good);
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        assertThat(get(coordinator, path).body().toString()).contains("BCOR", "3.5");

        Map<String, Object> bad = new LinkedHashMap<>(good);
        bad.put("vaf_percent", "150");
        long auditBefore = auditRows();
        Response refused = post(coordinator, path, bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().toString()).contains("vaf_percent", "150");
        assertThat(auditRows()).isEqualTo(auditBefore);
    }
}
