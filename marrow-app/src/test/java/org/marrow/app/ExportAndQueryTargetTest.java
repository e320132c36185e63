package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.marrow.app.security.Role;
import org.marrow.app.study.Site;
import org.marrow.app.study.Study;

/**
 * Exports: the data set form lossless and re-imported exactly, the spreadsheet form with formulas neutralised,
 * each download audited. Queries: only on a source-data record of the subject, only on a field of its type.
 */
class ExportAndQueryTargetTest extends ApiTest {

    private static Map<String, String> files(byte[] zip) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void formulaTextGoesOutNeutralisedForSpreadsheetsAndExactlyInTheDataSetWhichReimportsExactly() throws Exception {
        Site site = site();
        Study study = study();
        String coord = user(Role.COORDINATOR, site);
        String admin = user(Role.ADMIN);
        long subject = subject(coord, study, site, "XL-1");
        // A note is free text: the one kind of cell a formula can hide in (adverse-event terms come from
        // the CTCAE v5.0 list).
        Response event = post(
                coord,
                "/api/subjects/" + subject + "/events",
                Map.of("date", "2024-01-03", "type", "RELAPSE", "note", "=HYPERLINK(\"http://evil\")"));
        assertThat(event.status()).as("%s", event.body()).isEqualTo(201);
        long auditBefore = auditRows();

        byte[] dataset = get(admin, "/api/studies/" + study.id() + "/dataset").bytes();
        assertThat(files(dataset).get("events.csv")).contains("\"=HYPERLINK(\"\"http://evil\"\")\"");
        byte[] sheet = get(admin, "/api/studies/" + study.id() + "/dataset?form=spreadsheet")
                .bytes();
        assertThat(files(sheet).get("events.csv")).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(get(admin, "/api/studies/" + study.id() + "/dataset?form=xlsx")
                        .get("field")
                        .asString())
                .isEqualTo("form");

        assertThat(jdbc.sql("SELECT what FROM data_export WHERE study_id = ? AND actor = ? ORDER BY id")
                        .params(study.id(), admin)
                        .query(String.class)
                        .list())
                .containsExactly("DATASET", "DATASET_FOR_SPREADSHEET");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE table_name = 'data_export' AND actor = ?")
                        .param(admin)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(auditRows()).isEqualTo(auditBefore + 2);

        Study copy = study();
        Response imported =
                callWith("Bearer " + token(admin), "POST", "/api/studies/" + copy.id() + "/dataset", dataset);
        assertThat(imported.status()).as("%s", imported.body()).isEqualTo(200);
        assertThat(files(get(admin, "/api/studies/" + copy.id() + "/dataset").bytes()))
                .isEqualTo(files(dataset));
    }

    @Test
    void aQueryNamesOnlyARecordOfThisSubjectAndAFieldOfItsType() {
        Site site = site();
        Study study = study();
        String coord = user(Role.COORDINATOR, site);
        String monitor = user(Role.MONITOR, site);
        long subject = subject(coord, study, site, "Q-1");
        long other = subject(coord, study, site, "Q-2");
        long lab = post(
                        coord,
                        "/api/subjects/" + subject + "/labs",
                        Map.of("date", "2024-01-03", "test", "PLAT", "value", 12, "unit", "10^9/L"))
                .get("id")
                .asLong();
        long othersLab = post(
                        coord,
                        "/api/subjects/" + other + "/labs",
                        Map.of("date", "2024-01-03", "test", "PLAT", "value", 15, "unit", "10^9/L"))
                .get("id")
                .asLong();
        String queries = "/api/subjects/" + subject + "/queries";
        long before =
                jdbc.sql("SELECT count(*) FROM data_query").query(Long.class).single();

        Response users = post(
                monitor,
                queries,
                Map.of("record_table", "app_user", "record_id", 1, "field", "password_hash", "question", "?"));
        assertThat(users.status()).isEqualTo(400);
        assertThat(users.get("field").asString()).isEqualTo("record_table");
        Response elsewhere = post(
                monitor,
                queries,
                Map.of("record_table", "lab", "record_id", othersLab, "field", "value", "question", "?"));
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.get("field").asString()).isEqualTo("record_id");
        Response wrongField = post(
                monitor,
                queries,
                Map.of("record_table", "lab", "record_id", lab, "field", "password_hash", "question", "?"));
        assertThat(wrongField.status()).isEqualTo(400);
        assertThat(wrongField.get("field").asString()).isEqualTo("field");
        Response subjectField = post(monitor, queries, Map.of("field", "value", "question", "?"));
        assertThat(subjectField.status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM data_query").query(Long.class).single())
                .isEqualTo(before);

        assertThat(post(
                                monitor,
                                queries,
                                Map.of("record_table", "lab", "record_id", lab, "field", "value", "question", "Hb?"))
                        .status())
                .isEqualTo(201);
        assertThat(post(monitor, queries, Map.of("field", "birth_date", "question", "Date of birth checked?"))
                        .status())
                .isEqualTo(201);
        assertThat(post(
                                monitor,
                                queries,
                                Map.of("record_table", "subject", "field", "weight_kg", "question", "Weight?"))
                        .status())
                .isEqualTo(201);
    }
}
