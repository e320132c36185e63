package org.marrow.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.marrow.app.ApiTest;
import org.marrow.app.security.Role;
import org.marrow.app.study.Study;
import org.marrow.protocol.schedule.SubjectSchedule;

/**
 * The dashboard's monitoring, in English and Chinese, from the study's one analysis: the inference after
 * the two stages once a Simon trial has stopped, the Bayesian monitoring's looks, and the toxicity
 * stopping rules with their boundary and decision (test protocols ctx-ist-small-simon and ctx-ist-bop2
 * in src/test/resources/org/marrow/app/protocols).
 *
 * <p>The data: three patients treated 200 days ago; R-1 responds at month 3 (day 92), N-2 and N-3 do
 * not; N-3 had cyclophosphamide on day 29 and a grade 3 febrile neutropenia on day 35.
 */
class MonitoringDashboardTest extends ApiTest {
    private String admin;

    private Study studyWith(String protocol) throws IOException {
        admin = user(Role.ADMIN);
        Study study = studies.create(unique("MON"), "Monitoring", protocol, "1.0", "five-tier");
        Response imported = post(admin, "/api/studies/" + study.id() + "/dataset", dataset());
        assertThat(imported.status()).as("%s", imported.body()).isEqualTo(200);
        return study;
    }

    private byte[] dataset() throws IOException {
        String site = unique("MON-SITE");
        LocalDate day1 = LocalDate.now().minusDays(200);
        StringBuilder subjects =
                new StringBuilder("subject_id,site,arm,sex,birth_date,weight_kg,height_cm,enrolled_on,first_dose_on\n");
        StringBuilder labs = new StringBuilder("subject_id,date,test,value,unit,uln\n");
        for (String id : List.of("R-1", "N-2", "N-3")) {
            subjects.append(id + "," + site + ",ctx-ist,F,1980-01-01,60,165," + day1.minusDays(2) + "," + day1 + "\n");
            counts(labs, id, day1, "60", "10", "0.3");
            labs.append(id + "," + day1 + ",CELLULARITY,10,%,\n");
            labs.append(id + "," + day1 + ",RETI,10,x10^9/L,\n");
        }
        counts(labs, "R-1", day(day1, 92), "130", "150", "2.0");
        counts(labs, "N-2", day(day1, 92), "60", "10", "0.3");
        counts(labs, "N-3", day(day1, 92), "60", "10", "0.3");
        String doses = "subject_id,date,drug,dose,unit\nN-3," + day(day1, 29) + ",cyclophosphamide,1200,mg\n";
        String adverse = "subject_id,term,grade,start_date,end_date,serious,related_to\n" + "N-3,Febrile neutropenia,3,"
                + day(day1, 35) + "," + day(day1, 40) + ",Y,\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "subjects.csv", subjects.toString());
            entry(zip, "labs.csv", labs.toString());
            entry(zip, "events.csv", "subject_id,date,type,note\n");
            entry(zip, "adverse_events.csv", adverse);
            entry(zip, "transfusions.csv", "subject_id,date,product,units\n");
            entry(zip, "doses.csv", doses);
            entry(zip, "screening_history.csv", "subject_id,item,value,date,note\n");
        }
        return bytes.toByteArray();
    }

    private static LocalDate day(LocalDate day1, int studyDay) {
        return SubjectSchedule.dateOf(day1, studyDay);
    }

    private static void counts(StringBuilder labs, String id, LocalDate date, String hgb, String plat, String neut) {
        labs.append(id + "," + date + ",HGB," + hgb + ",g/L,\n");
        labs.append(id + "," + date + ",PLAT," + plat + ",x10^9/L,\n");
        labs.append(id + "," + date + ",NEUT," + neut + ",x10^9/L,\n");
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry("dataset/" + name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void aStoppedSimonTrialShowsItsInferenceAndTheToxicityRulesInBothLanguages() throws Exception {
        Study study = studyWith("ctx-ist-small-simon");
        Pages pages = new Pages(admin);
        String en = pages.get("/studies/" + study.id() + "?lang=en");
        assertThat(en)
                .contains("Inference after the two stages")
                .contains("stopped after stage 1 with 1 of 3 responses: p-value")
                .contains("Toxicity stopping rules")
                .contains("infection-grade3")
                .contains("febrile-neutropenia-ctx")
                .contains("1 of 3 evaluable patients with the toxicity (3 at risk, 0 not evaluable).");
        String zh = pages.get("/studies/" + study.id() + "?lang=zh-CN");
        assertThat(zh)
                .contains("两阶段结束后的统计推断")
                .contains("第一阶段后终止，3 例中 1 例有效")
                .contains("毒性终止规则")
                .contains("发生于环磷酰胺首次给药后第 1 至 30 天");
        Response results = get(admin, "/api/studies/" + study.id() + "/results");
        assertThat(results.status()).isEqualTo(200);
        assertThat(results.body()
                        .get("simon")
                        .get("inference")
                        .get("stopped_after_stage_one")
                        .asBoolean())
                .isTrue();
        assertThat(results.body().get("toxicity_monitoring").size()).isEqualTo(2);
    }

    @Test
    void aBop2StudyShowsItsLooksAndDecision() throws Exception {
        Study study = studyWith("ctx-ist-bop2");
        Pages pages = new Pages(admin);
        String en = pages.get("/studies/" + study.id() + "?lang=en");
        assertThat(en)
                .contains("Bayesian monitoring: BOP2")
                .contains("BOP2")
                .contains("Operating characteristics: type I error");
        assertThat(en).doesNotContain("Inference after the two stages");
        String zh = pages.get("/studies/" + study.id() + "?lang=zh-CN");
        assertThat(zh).contains("贝叶斯监测：BOP2").contains("操作特征：I 类错误");
        Response results = get(admin, "/api/studies/" + study.id() + "/results");
        assertThat(results.body().get("monitoring").get("method").asString()).isEqualTo("bop2");
        assertThat(results.body()
                        .get("monitoring")
                        .get("looks")
                        .get(0)
                        .get("toxicities")
                        .asInt())
                .isEqualTo(1);
    }

    /** A logged-in session on the pages: the login form with its CSRF token, then GETs. */
    private final class Pages {
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        Pages(String user) throws Exception {
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/login"));
            assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
            HttpResponse<String> r = client.send(
                    HttpRequest.newBuilder(uri("/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.uri().getPath()).isEqualTo("/studies");
        }

        String get(String path) throws Exception {
            HttpResponse<String> r =
                    client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            return r.body();
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
