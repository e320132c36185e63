package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marrow.app.security.Role;
import org.marrow.app.study.Site;
import org.marrow.app.study.Study;
import tools.jackson.databind.JsonNode;

/**
 * Every entry path of the API checks a record by the one study validation: every problem at once, each
 * with its field, value and message, in the request's language; nothing stored.
 */
class ValidationApiTest extends ApiTest {
    Study study;
    Site site;
    String coord;

    @TempDir
    Path tmp;

    @BeforeEach
    void setUp() {
        study = study();
        site = site();
        coord = user(Role.COORDINATOR, site);
    }

    private Map<String, Object> subjectBody(String code) {
        Map<String, Object> s = new HashMap<>();
        s.put("subject_code", code);
        s.put("site_id", site.id());
        s.put("sex", "F");
        s.put("birth_date", "1980-01-01");
        s.put("weight_kg", 60);
        s.put("height_cm", 165);
        return s;
    }

    private static List<String> fields(Response r) {
        return r.body()
                .get("problems")
                .valueStream()
                .map(p -> p.get("field").asString())
                .toList();
    }

    @Test
    void aSubjectWithManyBadValuesIsRefusedWithEveryProblemAndNothingIsStored() {
        Map<String, Object> s = subjectBody("S 1");
        s.put("birth_date", "0000-01-01");
        s.put("weight_kg", 1.0E308);
        s.put("height_cm", 1.0E-7);
        s.put("screened_on", "9999-12-31");
        s.put("withdrawn_on", "2024-01-01");
        s.put("withdrawal_reason", "x".repeat(2001));
        long audit = auditRows();
        Response r = post(coord, "/api/studies/" + study.id() + "/subjects", s);
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r))
                .containsExactly(
                        "subject_code",
                        "birth_date",
                        "weight_kg",
                        "height_cm",
                        "screened_on",
                        "withdrawn_on",
                        "withdrawal_reason");
        JsonNode weight = r.body().get("problems").get(2);
        assertThat(weight.get("value").asString()).isEqualTo("1.0E308");
        assertThat(weight.get("message").asString())
                .isEqualTo("Field 'weight_kg' has value '1.0E308'; expected a body weight in kg from 1 to 400");
        assertThat(r.body().get("problems").get(6).get("message").asString())
                .endsWith("expected a text of at most 2000 characters");
        assertThat(r.get("field").asString()).isEqualTo("subject_code");
        assertThat(get(coord, "/api/studies/" + study.id() + "/subjects").body().size())
                .isZero();
        assertThat(auditRows()).isEqualTo(audit);
    }

    @Test
    void aFractionalSiteIdIsRefusedNotTruncated() {
        Map<String, Object> s = subjectBody("S-2");
        s.put("site_id", 1.5);
        Response r = post(coord, "/api/studies/" + study.id() + "/subjects", s);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.get("field").asString()).isEqualTo("site_id");
        assertThat(r.get("message").asString()).doesNotContain("java.", "Long");
    }

    @Test
    void datesFollowBirthScreeningEnrolmentAndFirstDose() {
        Map<String, Object> s = subjectBody("S-3");
        s.put("screened_on", "1980-01-01");
        Response r = post(coord, "/api/studies/" + study.id() + "/subjects", s);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.get("field").asString()).isEqualTo("screened_on");
        assertThat(r.get("expected").asString()).isEqualTo("a date after birth_date (1980-01-01)");
        s.put("screened_on", "2024-01-02");
        Response ok = post(coord, "/api/studies/" + study.id() + "/subjects", s);
        assertThat(ok.status()).as("%s", ok.body()).isEqualTo(201);
        assertThat(ok.get("screened_on").asString()).isEqualTo("2024-01-02");
    }

    @Test
    void aBirthDateAfterTheSubjectsRecordsIsRefused() {
        long id = subject(coord, study, site, "S-4");
        Response lab = post(
                coord,
                "/api/subjects/" + id + "/labs",
                Map.of("date", "2024-01-03", "test", "HGB", "value", 9.5, "unit", "g/dL"));
        assertThat(lab.status()).as("%s", lab.body()).isEqualTo(201);
        Map<String, Object> edit = subjectBody("S-4");
        edit.put("birth_date", "2024-02-01");
        edit.put("version", 0);
        edit.put("reason", "birth date corrected");
        Response r = put(coord, "/api/subjects/" + id, edit);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.get("field").asString()).isEqualTo("birth_date");
        assertThat(r.get("expected").asString())
                .isEqualTo("a date on or before 2024-01-03, the date of the subject's earliest record (lab value)");
        assertThat(get(coord, "/api/subjects/" + id).get("birth_date").asString())
                .isEqualTo("1980-01-01");
    }

    @Test
    void recordsAreCheckedByTheStudyValidation() {
        long id = subject(coord, study, site, "S-5");
        String base = "/api/subjects/" + id;
        Response units = post(
                coord, base + "/transfusions", Map.of("date", "2024-01-05", "product", "RBC", "units", 2147483648L));
        assertThat(units.status()).isEqualTo(400);
        assertThat(units.get("field").asString()).isEqualTo("units");
        assertThat(units.get("expected").asString()).isEqualTo("a whole number of units from 1 to 99");
        Response csa = post(
                coord,
                base + "/doses",
                Map.of("date", "2024-01-10", "drug", "csa", "dose", 150000, "unit", "mg", "accept_implausible", true));
        assertThat(csa.status()).isEqualTo(400);
        assertThat(csa.get("expected").asString()).isEqualTo("a dose of csa in mg above 0 and at most 2000");
        Response ae = post(
                coord,
                base + "/adverse-events",
                Map.of("term", "Upper respiratory infection", "grade", 1, "start_date", "2024-01-03"));
        assertThat(ae.status()).isEqualTo(400);
        assertThat(ae.get("expected").asString())
                .isEqualTo("a grade CTCAE v5.0 defines for Upper respiratory infection: 2, 3, 4, 5");
        Response limits = post(
                coord,
                base + "/labs",
                Map.of("date", "2024-01-03", "test", "CREAT", "value", 80, "unit", "umol/L", "uln", 0));
        assertThat(limits.status()).isEqualTo(400);
        assertThat(limits.get("field").asString()).isEqualTo("uln");
        Response future = post(coord, base + "/events", Map.of("date", "2999-01-01", "type", "RELAPSE"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(get(coord, base + "/transfusions").body().size()).isZero();
    }

    @Test
    void problemsAreInTheRequestsLanguage() throws Exception {
        Map<String, Object> s = subjectBody("S-6");
        s.put("sex", "X");
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/studies/" + study.id() + "/subjects"))
                .header("Authorization", "Bearer " + token(coord))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(s)))
                .build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("problems").get(0).get("message").asString()).isEqualTo("字段 'sex' 的值为 'X'；应为M（男）或 F（女）");
    }

    @Test
    void anImportNamesEveryProblemInTheDataSetNotOnTheServer() throws Exception {
        String admin = user(Role.ADMIN);
        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        try (Stream<Path> list = Files.list(ImportExportTest.example())) {
            for (Path f : list.toList()) {
                Files.copy(f, bad.resolve(f.getFileName()));
            }
        }
        Path aes = bad.resolve("adverse_events.csv");
        Files.writeString(aes, Files.readString(aes) + "SYN-001,Upper respiratory infection,1,2024-02-01,,N,\n");
        Response r = post(admin, "/api/studies/" + study.id() + "/dataset", ImportExportTest.zip(bad));
        assertThat(r.status()).isEqualTo(400);
        JsonNode problem = r.body().get("problems").get(0);
        assertThat(problem.get("location").asString()).isEqualTo("adverse_events.csv:7:3");
        assertThat(problem.get("field").asString()).isEqualTo("grade");
        assertThat(r.body().toString()).doesNotContain("/tmp", "marrow-import");
    }
}
