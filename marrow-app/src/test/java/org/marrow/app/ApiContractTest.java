package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marrow.app.security.Role;
import org.marrow.app.study.Site;
import org.marrow.app.study.Study;
import tools.jackson.databind.JsonNode;

/**
 * The API says exactly what it takes: the OpenAPI document lists, for every request body, the fields the
 * endpoint accepts, with the names it accepts them by, and nothing else; every error body is {field, value,
 * message} without Java type names, SQL or server paths.
 */
class ApiContractTest extends ApiTest {

    /** Path variables of the document filled with records that exist, and who may write there. */
    private final class World {
        final Site site = site();
        final Study study = study();
        final String admin = user(Role.ADMIN);
        final String coord = user(Role.COORDINATOR, site);
        final String monitor = user(Role.MONITOR, site);
        final long subject = subject(coord, study, site, "S-" + unique("c"));
        final long lab = post(
                        coord,
                        "/api/subjects/" + subject + "/labs",
                        Map.of("date", "2024-01-03", "test", "PLAT", "value", 12, "unit", "10^9/L"))
                .get("id")
                .asLong();
        final long query = post(monitor, "/api/subjects/" + subject + "/queries", Map.of("question", "Checked?"))
                .get("id")
                .asLong();
        final long userId = get(coord, "/api/me").get("id").asLong();

        String path(String template) {
            return template.replace("{studyId}", Long.toString(study.id()))
                    .replace("{subjectId}", Long.toString(subject))
                    .replace("{queryId}", Long.toString(query))
                    .replace("{kind}", "labs")
                    .replace(
                            "{id}",
                            template.startsWith("/api/users")
                                    ? Long.toString(userId)
                                    : template.startsWith("/api/studies")
                                            ? Long.toString(study.id())
                                            : template.contains("{subjectId}")
                                                    ? Long.toString(lab)
                                                    : template.startsWith("/api/tokens")
                                                            ? "1"
                                                            : Long.toString(subject));
        }

        String caller(String template) {
            if (template.startsWith("/api/users")
                    || template.equals("/api/studies")
                    || template.equals("/api/sites")
                    || template.endsWith("/dataset")) {
                return admin;
            }
            if (template.endsWith("/queries") || template.endsWith("/close")) {
                return monitor;
            }
            return coord;
        }
    }

    @Test
    void everyPropertyTheDocumentListsIsAcceptedAndAnUnlistedOneRefused() {
        World w = new World();
        JsonNode doc = callWith(null, "GET", "/api/openapi", null).body();
        int bodies = 0;
        int properties = 0;
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                JsonNode schema = op.getValue()
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema");
                if (schema.isMissingNode()) {
                    continue;
                }
                JsonNode resolved = resolve(doc, schema);
                assertThat(resolved.path("additionalProperties").asBoolean(true))
                        .as("%s %s is closed", op.getKey(), path.getKey())
                        .isFalse();
                String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                String url = w.path(path.getKey());
                String caller = w.caller(path.getKey());
                bodies++;
                for (Iterator<String> names =
                                resolved.path("properties").propertyNames().iterator();
                        names.hasNext(); ) {
                    String name = names.next();
                    assertThat(name).as("snake_case").matches("[a-z0-9_]+");
                    properties++;
                    Response r = call(caller, method, url, Map.of(name, "x"));
                    assertThat(notAField(r, name))
                            .as("%s %s: listed field %s refused as unknown: %s", method, url, name, r.body())
                            .isFalse();
                }
                Map<String, Object> unlisted = new LinkedHashMap<>();
                unlisted.put("zz_not_a_field", 1);
                Response r = call(caller, method, url, unlisted);
                assertThat(r.status()).as("%s %s: %s", method, url, r.body()).isEqualTo(400);
                assertThat(r.get("field").asString()).isEqualTo("zz_not_a_field");
            }
        }
        assertThat(bodies).isGreaterThan(15);
        assertThat(properties).isGreaterThan(60);
    }

    private static boolean notAField(Response r, String name) {
        return r.status() == 400
                && r.body() != null
                && name.equals(r.get("field").asString(""))
                && r.get("message").asString("").matches("(?s).*(not accepted here|no field of this name).*");
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            String ref = s.get("$ref").asString();
            s = doc.at(ref.substring(1));
        }
        return s;
    }

    @Test
    void aCamelCaseFieldFromAGeneratedClientIsRefusedNotIgnored() {
        World w = new World();
        JsonNode subject = get(w.coord, "/api/subjects/" + w.subject).body();
        Map<String, Object> edit = new LinkedHashMap<>();
        edit.put("subject_code", subject.get("subject_code").asString());
        edit.put("site_id", w.site.id());
        edit.put("sex", "F");
        edit.put("birth_date", "1980-01-01");
        edit.put("weight_kg", 60);
        edit.put("height_cm", 165);
        edit.put("withdrawnOn", "2024-02-01");
        edit.put("version", 0);
        edit.put("reason", "withdrawal recorded");
        Response r = put(w.coord, "/api/subjects/" + w.subject, edit);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.get("field").asString()).isEqualTo("withdrawnOn");
        assertThat(r.get("message").asString()).contains("withdrawn_on");
        assertThat(get(w.coord, "/api/subjects/" + w.subject).get("version").asInt())
                .isZero();
    }

    @Test
    void errorBodiesNameTheFieldAndShowNoTypeNamesSqlOrPaths() {
        World w = new World();
        List<Response> answers = new ArrayList<>();
        String labs = "/api/subjects/" + w.subject + "/labs";
        Response nul = put(
                w.coord,
                labs + "/" + w.lab,
                Map.of(
                        "date",
                        "2024-01-03",
                        "test",
                        "PLAT",
                        "value",
                        13,
                        "unit",
                        "10^9/L",
                        "version",
                        0,
                        "reason",
                        "typo\u0000fixed"));
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.get("field").asString()).isEqualTo("reason");
        answers.add(nul);
        Response units = post(
                w.coord,
                "/api/subjects/" + w.subject + "/transfusions",
                Map.of("date", "2024-01-03", "product", "RBC", "units", 2147483648L));
        assertThat(units.status()).isEqualTo(400);
        assertThat(units.get("field").asString()).isEqualTo("units");
        answers.add(units);
        Response fraction = post(
                w.coord,
                "/api/studies/" + w.study.id() + "/subjects",
                "{\"subject_code\":\"F-1\",\"site_id\":1.5,\"sex\":\"F\",\"birth_date\":\"1980-01-01\","
                        + "\"weight_kg\":60,\"height_cm\":165}");
        assertThat(fraction.status()).isEqualTo(400);
        assertThat(fraction.get("field").asString()).isEqualTo("site_id");
        answers.add(fraction);
        Response badId = get(w.coord, "/api/subjects/abc");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.get("field").asString()).isEqualTo("id");
        answers.add(badId);
        Response missing = get(w.coord, "/api/subjects/987654321");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.get("field").asString()).isEqualTo("id");
        answers.add(missing);
        Response notJson = post(w.coord, labs, "{\"date\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.get("field").asString()).isEqualTo("body");
        answers.add(notJson);
        Response zip = callWith(
                "Bearer " + token(w.admin),
                "POST",
                "/api/studies/" + w.study.id() + "/dataset",
                zipOf("subjects.csv", "subject_id,site\nX,\n"));
        assertThat(zip.status()).isEqualTo(400);
        answers.add(zip);
        for (Response r : answers) {
            String text = r.body().toString();
            assertThat(r.body().has("field")).isTrue();
            assertThat(r.body().has("value")).isTrue();
            assertThat(r.body().has("message")).isTrue();
            assertThat(text)
                    .doesNotContainPattern(
                            "java\\.|tools\\.jackson|\\bLong\\b|\\bInteger\\b|BigDecimal|ERROR:|SQL|/tmp/"
                                    + "|marrow-import|Exception");
        }
    }

    private static byte[] zipOf(String name, String content) {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
                out.putNextEntry(new java.util.zip.ZipEntry(name));
                out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
