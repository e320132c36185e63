package org.marrow.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marrow.analysis.StudyAnalysis;
import org.marrow.analysis.endpoint.Progress;
import org.marrow.analysis.report.ReportHeader;
import org.marrow.analysis.report.ResultsJson;
import org.marrow.app.ApiTest;
import org.marrow.app.security.Caller;
import org.marrow.app.security.Role;
import org.marrow.app.study.Study;
import org.marrow.clinical.response.Baseline;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.clinical.response.ResponseCriteria;
import org.marrow.dataset.DatasetReader;
import org.marrow.dataset.DatasetWriter;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.protocol.schedule.SubjectSchedule;
import org.marrow.study.StudyDataset;
import org.marrow.study.SubjectRecords;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * One derivation: the dashboard page, the API, the page report and {@code results.json} of {@code
 * marrow report --as-of today} show the same response rates, Simon stage counts and safety tallies for
 * a data set on which the old "exact target day" rule and the protocol's visit window rule disagree.
 *
 * <p>The data (ctx-ist, month-3 window days 78 to 106, target day 92; counts at most 7 days old):
 * CR-1 has counts on day 100 only and CR-2 on day 80 only, responses in the window but nothing within
 * 7 days of day 92; NR-3 has non-response counts on day 92; DIED-4 died on day 50; LATE-5 started
 * treatment 95 days ago, has CR counts on day 90 and its window is still open today; NEVER-6 was
 * screened but never enrolled nor treated. By the window rule month 3 is 2 of 4 responding (LATE-5 not yet due); by
 * the target-day rule it would be 1 of 5.
 */
class OneDerivationTest extends ApiTest {
    private static final LocalDate DAY1 = LocalDate.of(2024, 1, 10);

    @Autowired
    StudyDashboard dashboards;

    @TempDir
    Path tmp;

    private final LocalDate today = LocalDate.now();
    private Study study;
    private String admin;

    @BeforeEach
    void importDataSet() throws IOException {
        admin = user(Role.ADMIN);
        study = studies.create(unique("ONE"), "One derivation", "ctx-ist", "1.0", "five-tier");
        Response imported = post(admin, "/api/studies/" + study.id() + "/dataset", dataset());
        assertThat(imported.status()).as("%s", imported.body()).isEqualTo(200);
        assertThat(imported.body().get("subjects").asInt()).isEqualTo(6);
    }

    private byte[] dataset() throws IOException {
        String site = unique("ONE-SITE");
        LocalDate late = today.minusDays(95);
        StringBuilder subjects =
                new StringBuilder("subject_id,site,arm,sex,birth_date,weight_kg,height_cm,enrolled_on,first_dose_on\n");
        StringBuilder labs = new StringBuilder("subject_id,date,test,value,unit,uln\n");
        for (String id : List.of("CR-1", "CR-2", "NR-3", "DIED-4")) {
            subjects.append(id + "," + site + ",ctx-ist,F,1980-01-01,60,165," + DAY1.minusDays(2) + "," + DAY1 + "\n");
            counts(labs, id, DAY1, "60", "10", "0.3");
            labs.append(id + "," + DAY1 + ",CELLULARITY,10,%,\n");
            labs.append(id + "," + DAY1 + ",RETI,10,x10^9/L,\n");
        }
        subjects.append("LATE-5," + site + ",ctx-ist,M,1975-06-01,70,175," + late.minusDays(2) + "," + late + "\n");
        counts(labs, "LATE-5", late, "60", "10", "0.3");
        labs.append("LATE-5," + late + ",CELLULARITY,10,%,\n");
        subjects.append("NEVER-6," + site + ",,M,1970-01-01,70,175,,\n");
        counts(labs, "CR-1", day(DAY1, 100), "130", "150", "2.0");
        counts(labs, "CR-2", day(DAY1, 80), "130", "150", "2.0");
        counts(labs, "NR-3", day(DAY1, 92), "60", "10", "0.3");
        counts(labs, "LATE-5", day(late, 90), "130", "150", "2.0");
        String events = "subject_id,date,type,note\nDIED-4," + day(DAY1, 50) + ",DEATH,\n";
        String adverse = "subject_id,term,grade,start_date,end_date,serious,related_to\n"
                + "CR-1,Febrile neutropenia,3," + day(DAY1, 20) + "," + day(DAY1, 25) + ",Y,\n"
                + "NR-3,Febrile neutropenia,4," + day(DAY1, 30) + "," + day(DAY1, 35) + ",N,\n"
                + "NR-3,Serum sickness,2," + day(DAY1, 8) + "," + day(DAY1, 12) + ",N,\n"
                + "NEVER-6,Headache,3,2024-01-06,2024-01-07,Y,\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "subjects.csv", subjects.toString());
            entry(zip, "labs.csv", labs.toString());
            entry(zip, "events.csv", events);
            entry(zip, "adverse_events.csv", adverse);
            entry(zip, "transfusions.csv", "subject_id,date,product,units\n");
            entry(zip, "doses.csv", "subject_id,date,drug,dose,unit\n");
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

    /** What {@code marrow report --protocol ctx-ist DIR --as-of today} writes to results.json. */
    private String marrowReportResultsJson(StudyDataset data) {
        Protocol protocol = ProtocolRegistry.bundled().resolve("ctx-ist");
        StudyAnalysis analysis = StudyAnalysis.of(protocol, data, today, Progress.NONE);
        return ResultsJson.of(analysis.report(new ReportHeader(
                study.title(), DatasetWriter.contentHash(data), "ctx-ist", "1.0", "development", today, today)));
    }

    private StudyDataset exported() throws IOException {
        Response zip = get(admin, "/api/studies/" + study.id() + "/dataset");
        assertThat(zip.status()).isEqualTo(200);
        Path dir = Files.createDirectories(tmp.resolve("exported"));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.bytes()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Files.write(dir.resolve(Path.of(e.getName()).getFileName()), in.readAllBytes());
            }
        }
        return DatasetReader.read(dir);
    }

    @Test
    void theTargetDayRuleAndTheWindowRuleDisagreeOnThisDataSet() throws IOException {
        // The old dashboard's definition: response on the exact target day with counts at most 7 days
        // old, every treated subject whose target day has passed in the denominator.
        StudyDataset data = exported();
        ResponseCriteria criteria =
                ProtocolRegistry.bundled().resolve("ctx-ist").response().responseCriteria();
        int n = 0;
        int responses = 0;
        for (SubjectRecords r : data.bySubject()) {
            if (r.subject().firstDoseOn().isEmpty()) {
                continue;
            }
            LocalDate on = day(r.subject().firstDoseOn().get(), 92);
            if (on.isAfter(today)) {
                continue;
            }
            n++;
            Baseline baseline = criteria.baseline(
                    r.labHistory(),
                    r.transfusionHistory(),
                    r.subject().firstDoseOn().get());
            Optional<ResponseCategory> c = criteria.category(r.labHistory(), r.transfusionHistory(), on, baseline);
            responses += c.map(ResponseCategory::isResponse).orElse(false) ? 1 : 0;
        }
        assertThat(List.of(n, responses)).containsExactly(5, 1);
        JsonNode m3 =
                json.readTree(marrowReportResultsJson(data)).get("response").get(0);
        assertThat(List.of(m3.get("n").asInt(), m3.get("orr").get("x").asInt())).containsExactly(4, 2);
    }

    @Test
    void dashboardApiPageReportAndResultsJsonGiveTheSameNumbers() throws Exception {
        // results.json as marrow report writes it for the exported data, and the API's answer.
        String expected = marrowReportResultsJson(exported());
        Response api = get(admin, "/api/studies/" + study.id() + "/results");
        assertThat(api.status()).isEqualTo(200);
        assertThat(new String(api.bytes(), StandardCharsets.UTF_8)).isEqualTo(expected);
        JsonNode results = json.readTree(expected);
        JsonNode m3 = results.get("response").get(0);
        assertThat(m3.get("visit").asString()).isEqualTo("month-3");
        assertThat(List.of(
                        m3.get("n").asInt(),
                        m3.get("orr").get("x").asInt(),
                        m3.get("cr").get("x").asInt(),
                        m3.get("not_assessable").asInt(),
                        m3.get("not_yet_due").asInt()))
                .containsExactly(4, 2, 2, 1, 1);
        JsonNode stage1 = results.get("simon").get("stages").get(0);
        assertThat(List.of(
                        stage1.get("evaluated").asInt(), stage1.get("responses").asInt()))
                .containsExactly(4, 2);
        assertThat(stage1.get("decision").asString()).isEqualTo("PENDING");
        JsonNode safety = results.get("safety");
        assertThat(List.of(
                        safety.get("grade_three_or_more").get("x").asInt(),
                        safety.get("serious").asInt(),
                        safety.get("deaths").asInt()))
                .containsExactly(2, 1, 1);

        // The dashboard's model and its page.
        StudyDashboard.Dashboard d = dashboards.of(study, new Caller(userId(admin), admin, Set.of(Role.ADMIN)), today);
        var row = d.timepoints().get(0);
        assertThat(List.of(row.n(), row.orr().x(), row.cr().x(), row.notAssessable(), row.notYetDue()))
                .containsExactly(4, 2, 2, 1, 1);
        assertThat(List.of(d.simon().stage1().evaluated(), d.simon().stage1().responses()))
                .containsExactly(4, 2);
        assertThat(List.of(d.severePatients(), d.seriousPatients(), d.deaths())).containsExactly(2, 1, 1);
        Pages pages = new Pages(admin);
        String dashboard = pages.get("/studies/" + study.id() + "?lang=en");
        String rates = rowOf(dashboard, "<th scope=\"row\">Month 3</th>");
        assertThat(cells(rates)).startsWith("92", "4", "2/4 (50.0%; 6.8–93.2)", "2/4 (50.0%; 6.8–93.2)");
        assertThat(cells(rates)).contains("1");
        assertThat(dashboard)
                .contains("2 of 22 responses (4 of 22 evaluated at month-3)")
                .contains("2 of 22 responses, 4 evaluated; more than r1 = 8 needed to continue: pending")
                .contains(">2 / 1 / 1<");

        // The report page's summary and the report it downloads.
        assertThat(pages.get("/studies/" + study.id() + "/report?lang=en"))
                .contains("Month 3: overall response 2/4 (50.0%; 95% CI 6.8–93.2)")
                .contains("Stage 1, the first 22 treated patients at M3: 2 of 22 responses, 4 evaluated")
                .contains("2 patients with grade ≥ 3 adverse events, 1 with serious adverse events, 1 deaths");
        String report = pages.get("/studies/" + study.id() + "/report.html");
        // Table 2 (ITT): n, CR, VGPR, GPR, PR, NR, not assessable, not yet due, ORR, superior, CR.
        String rate = "2/4, 50.0 (6.8–93.2)";
        assertThat(cells(rowOf(report, "<th scope=\"row\">M3 (month-3)</th>")))
                .containsExactly("4", "2", "0", "0", "0", "1", "1", "1", rate, rate, rate);
    }

    private long userId(String name) {
        return users.list().stream()
                .filter(a -> a.username().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** The table row that starts with a header cell. */
    private static String rowOf(String html, String header) {
        int at = html.indexOf(header);
        assertThat(at).as("row %s", header).isNotNegative();
        return html.substring(at, html.indexOf("</tr>", at));
    }

    /** The texts of a row's data cells. */
    private static List<String> cells(String row) {
        Matcher m = Pattern.compile("<td[^>]*>(.*?)</td>").matcher(row);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1).replace("&ndash;", "–").strip());
        }
        return out;
    }

    /** A logged-in browser session on the pages: the login form with its CSRF token, then GETs. */
    private final class Pages {
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        Pages(String user) throws Exception {
            String login = get("/login");
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
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
