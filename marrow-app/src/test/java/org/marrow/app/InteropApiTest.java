package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.marrow.app.security.Role;
import org.marrow.app.study.Site;
import org.marrow.app.study.Study;
import tools.jackson.databind.JsonNode;

/**
 * A study in each standard from the API, every download in the export log and the audit trail; a hospital's FHIR
 * Bundle of lab results into a subject's labs: stored in canonical units and audited with the reason given,
 * duplicates left out, a Bundle with an error or an unconfirmed doubt storing nothing.
 */
class InteropApiTest extends ApiTest {

    private static List<String> names(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    @Test
    void everyFormatDownloadsAsAZipRecordedInTheExportLog() throws Exception {
        Site site = site();
        Study study = study();
        String coord = user(Role.COORDINATOR, site);
        String statistician = user(Role.STATISTICIAN, site);
        long subject = subject(coord, study, site, "EX-1");
        assertThat(post(
                                coord,
                                "/api/subjects/" + subject + "/labs",
                                Map.of("date", "2024-01-03", "test", "HGB", "value", 7.9, "unit", "g/dL"))
                        .status())
                .isEqualTo(201);
        Map<String, String> keyFiles = Map.of(
                "r", "marrow.R",
                "sas", "marrow.sas",
                "spss", "marrow.sps",
                "stata", "marrow.do",
                "odm", "odm.xml",
                "sdtm", "sdtm/define.xml",
                "fhir", "fhir-bundle.json");
        List<String> formats = List.of("r", "sas", "spss", "stata", "odm", "sdtm", "fhir");
        for (String format : formats) {
            Response r = get(statistician, "/api/studies/" + study.id() + "/export/" + format);
            assertThat(r.status()).as(format + " %s", r.body()).isEqualTo(200);
            assertThat(names(r.bytes())).as(format).contains(keyFiles.get(format));
        }
        assertThat(jdbc.sql("SELECT what FROM data_export WHERE study_id = ? AND actor = ? ORDER BY id")
                        .params(study.id(), statistician)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "EXPORT_R",
                        "EXPORT_SAS",
                        "EXPORT_SPSS",
                        "EXPORT_STATA",
                        "EXPORT_ODM",
                        "EXPORT_SDTM",
                        "EXPORT_FHIR");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE table_name = 'data_export' AND actor = ?")
                        .param(statistician)
                        .query(Long.class)
                        .single())
                .isEqualTo(formats.size());

        Response unknown = get(statistician, "/api/studies/" + study.id() + "/export/xpt");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.get("field").asString()).isEqualTo("format");
    }

    private static final String BUNDLE =
            """
            {"resourceType": "Bundle", "type": "collection", "entry": [
              {"resource": {"resourceType": "Observation", "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": "718-7"}]},
                "effectiveDateTime": "2024-02-01T07:30:00+08:00",
                "valueQuantity": {"value": 8.2, "unit": "g/dL", "system": "http://unitsofmeasure.org", "code": "g/dL"}}},
              {"resource": {"resourceType": "Observation", "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": "777-3"}]},
                "effectiveDateTime": "2024-02-01",
                "valueQuantity": {"value": 15000, "unit": "/uL", "code": "/uL"}}}
            ]}
            """;

    /** Posts a Bundle as FHIR's JSON media type. */
    private Response postFhir(String user, String path, String bundle) {
        try {
            HttpResponse<byte[]> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .header("Authorization", "Bearer " + token(user))
                                    .header("Content-Type", "application/fhir+json")
                                    .POST(HttpRequest.BodyPublishers.ofString(bundle))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = r.body().length > 0
                            && r.headers().firstValue("Content-Type").orElse("").contains("json")
                    ? json.readTree(r.body())
                    : null;
            return new Response(r.statusCode(), body, r.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFhirBundleAddsLabsInCanonicalUnitsAuditedWithTheReasonAndOnlyOnce() {
        Site site = site();
        Study study = study();
        String coord = user(Role.COORDINATOR, site);
        String monitor = user(Role.MONITOR, site);
        long subject = subject(coord, study, site, "FH-1");
        String path = "/api/subjects/" + subject + "/labs/fhir";

        assertThat(postFhir(monitor, path, BUNDLE).status()).isEqualTo(403);

        long auditBefore = auditRows();
        Response bad = postFhir(coord, path, BUNDLE.replace("\"value\": 8.2", "\"value\": -8.2"));
        assertThat(bad.status()).as("%s", bad.body()).isEqualTo(400);
        assertThat(bad.body().toString()).contains("entry[0]", "-8.2");
        Response doubtful = postFhir(coord, path, BUNDLE.replace("\"value\": 8.2", "\"value\": 22"));
        assertThat(doubtful.status()).as("%s", doubtful.body()).isEqualTo(400);
        assertThat(doubtful.body().toString()).contains("accept_implausible");
        assertThat(auditRows()).isEqualTo(auditBefore);
        assertThat(get(coord, "/api/subjects/" + subject + "/labs").body()).isEmpty();

        Response added = postFhir(coord, path + "?reason=LIS%20interface", BUNDLE);
        assertThat(added.status()).as("%s", added.body()).isEqualTo(200);
        assertThat(added.get("added").asInt()).isEqualTo(2);
        assertThat(added.get("duplicates").asInt()).isZero();
        var labs = get(coord, "/api/subjects/" + subject + "/labs").body();
        assertThat(labs).hasSize(2);
        assertThat(labs.get(0).get("test").asString()).isEqualTo("HGB");
        assertThat(labs.get(0).get("value").decimalValue()).isEqualByComparingTo("82");
        assertThat(labs.get(0).get("unit").asString()).isEqualTo("g/L");
        assertThat(labs.get(1).get("value").decimalValue()).isEqualByComparingTo("15");
        assertThat(jdbc.sql("SELECT reason FROM audit_log WHERE table_name = 'lab' AND seq > ("
                                + "SELECT max(seq) - 2 FROM audit_log) ORDER BY seq")
                        .query(String.class)
                        .list())
                .containsExactly("LIS interface", "LIS interface");

        Response again = postFhir(coord, path, BUNDLE);
        assertThat(again.status()).as("%s", again.body()).isEqualTo(200);
        assertThat(again.get("added").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(2);
        assertThat(get(coord, "/api/subjects/" + subject + "/labs").body()).hasSize(2);
    }
}
