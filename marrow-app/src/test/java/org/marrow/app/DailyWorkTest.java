package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.marrow.app.security.Role;
import org.marrow.app.study.Site;
import org.marrow.app.study.Study;
import tools.jackson.databind.JsonNode;

/**
 * What a coordinator, a physician and a monitor do every day, through the API and the pages (as a browser
 * without scripts): void a record entered in error and restore it, save a visit's day at once, find subjects,
 * see the visit grid, follow queries, read the audit history as changes, download the report and the data,
 * and meet a branded error page instead of the framework's.
 */
class DailyWorkTest extends ApiTest {

    /** A treated subject of a ctx-ist study (day 1 = 2024-01-01), with a coordinator, a monitor and an admin. */
    private final class World {
        final Site site = site();
        final Study study = studies.create(unique("DAILY"), "Daily work", "ctx-ist", "1.0");
        final String coord = user(Role.COORDINATOR, site);
        final String monitor = user(Role.MONITOR, site);
        final String admin = user(Role.ADMIN);
        final long subject = treated("D-" + unique("s"));

        long treated(String code) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("subject_code", code);
            s.put("site_id", site.id());
            s.put("sex", "F");
            s.put("birth_date", "1980-01-01");
            s.put("weight_kg", 60);
            s.put("height_cm", 165);
            s.put("screened_on", "2023-12-20");
            s.put("arm", "ctx-ist");
            s.put("enrolled_on", "2024-01-01");
            s.put("first_dose_on", "2024-01-01");
            Response r = post(coord, "/api/studies/" + study.id() + "/subjects", s);
            assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
            return r.get("id").asLong();
        }

        JsonNode lab(String date, String test, Object value, String unit) {
            Response r = post(
                    coord,
                    "/api/subjects/" + subject + "/labs",
                    Map.of("date", date, "test", test, "value", value, "unit", unit));
            assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
            return r.body();
        }

        List<String> assessedDates() {
            List<String> dates = new java.util.ArrayList<>();
            get(coord, "/api/subjects/" + subject + "/assessment")
                    .get("visits")
                    .forEach(v -> dates.add(v.get("date").asString()));
            return dates;
        }
    }

    @Test
    void aVoidedRecordIsLeftOutOfEveryDerivationAndAnAdministratorRestoresIt() throws IOException {
        World w = new World();
        w.lab("2024-01-01", "HGB", 60, "g/L");
        long id = w.lab("2024-03-01", "HGB", 95, "g/L").get("id").asLong();
        String path = "/api/subjects/" + w.subject + "/labs/" + id;
        assertThat(w.assessedDates()).contains("2024-03-01");
        assertThat(labsCsv(w)).contains("2024-03-01");

        assertThat(post(w.coord, path + "/void", Map.of("version", 0)).status()).isEqualTo(400);
        long audit = auditRows();
        Response voided =
                post(w.coord, path + "/void", Map.of("version", 0, "reason", "entered for the wrong patient"));
        assertThat(voided.status()).as("%s", voided.body()).isEqualTo(200);
        assertThat(voided.get("void_reason").asString()).isEqualTo("entered for the wrong patient");
        assertThat(voided.get("voided_by").asString()).isEqualTo(w.coord);
        assertThat(auditRows()).isEqualTo(audit + 1);
        assertThat(jdbc.sql("SELECT reason FROM audit_log WHERE table_name = 'lab' AND record_id = ? ORDER BY seq DESC"
                                + " LIMIT 1")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("entered for the wrong patient");

        // Left out of the assessment, the data set, the study's analysis; still listed, marked.
        assertThat(w.assessedDates()).doesNotContain("2024-03-01").contains("2024-01-01");
        assertThat(labsCsv(w)).doesNotContain("2024-03-01");
        assertThat(get(w.coord, "/api/subjects/" + w.subject + "/labs").body().toString())
                .contains("entered for the wrong patient");

        // Neither edited nor voided again while void; restored only by an administrator.
        assertThat(post(w.coord, path + "/void", Map.of("version", 1, "reason", "again"))
                        .status())
                .isEqualTo(409);
        assertThat(put(
                                w.coord,
                                path,
                                Map.of(
                                        "date",
                                        "2024-03-01",
                                        "test",
                                        "HGB",
                                        "value",
                                        96,
                                        "unit",
                                        "g/L",
                                        "version",
                                        1,
                                        "reason",
                                        "typo"))
                        .status())
                .isEqualTo(409);
        assertThat(post(w.coord, path + "/restore", Map.of("version", 1, "reason", "voided by mistake"))
                        .status())
                .isEqualTo(403);
        assertThat(post(w.admin, path + "/restore", Map.of("version", 0, "reason", "voided by mistake"))
                        .status())
                .isEqualTo(409);
        Response restored = post(w.admin, path + "/restore", Map.of("version", 1, "reason", "voided by mistake"));
        assertThat(restored.status()).as("%s", restored.body()).isEqualTo(200);
        assertThat(restored.get("voided_at").isNull()).isTrue();
        assertThat(w.assessedDates()).contains("2024-03-01");
        assertThat(labsCsv(w)).contains("2024-03-01");

        // The pages: the void form names the record by its values; the history shows the void and the restore.
        PageSession coord = new PageSession(port, w.coord, PASSWORD);
        String form = coord.html("/subjects/" + w.subject + "/records/labs/" + id + "/void?lang=en");
        assertThat(form).contains("Hb 95 g/L on 2024-03-01");
        PageSession.Page refused = coord.post(
                "/subjects/" + w.subject + "/records/labs/" + id + "/void", Map.of("version", "2", "reason", ""));
        assertThat(refused.body())
                .contains("error-summary", "A reason for the change of at least 3 visible characters");
        PageSession.Page done = coord.post(
                "/subjects/" + w.subject + "/records/labs/" + id + "/void",
                Map.of("version", "2", "reason", "duplicate of the morning sample"));
        assertThat(done.path()).isEqualTo("/subjects/" + w.subject);
        assertThat(done.body())
                .contains(
                        "The record was voided", "class=\"badge neutral\">voided<", "duplicate of the morning sample");
        assertThat(w.assessedDates()).doesNotContain("2024-03-01");
        String history = coord.html("/subjects/" + w.subject + "/records/labs/" + id + "/audit");
        assertThat(history)
                .contains(
                        ">voided<", ">restored<", ">entered<", "duplicate of the morning sample", "voided by mistake");
    }

    private String labsCsv(World w) throws IOException {
        Response zip = get(w.coord, "/api/studies/" + w.study.id() + "/dataset");
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.bytes()))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("labs.csv")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }

    @Test
    void aVisitDaySavesCountsTransfusionsDosesAndAdverseEventsTogetherOrNothing() {
        World w = new World();
        String visits = "/api/subjects/" + w.subject + "/visits";
        long audit = auditRows();
        Response bad = post(
                w.coord,
                visits,
                Map.of(
                        "date",
                        "2024-01-10",
                        "labs",
                        List.of(Map.of("test", "HGB", "value", 950, "unit", "g/L")),
                        "transfusions",
                        List.of(Map.of("product", "RBC", "units", 2)),
                        "adverse_events",
                        List.of(Map.of("term", "Febrile neutropenia", "grade", 2))));
        assertThat(bad.status()).isEqualTo(400);
        List<String> fields = new java.util.ArrayList<>();
        bad.get("problems").forEach(p -> fields.add(p.get("field").asString()));
        assertThat(fields).contains("labs[0].value", "adverse_events[0].grade");
        assertThat(bad.get("message").asString()).startsWith("labs[0]: ");
        assertThat(auditRows()).isEqualTo(audit);
        assertThat(get(w.coord, "/api/subjects/" + w.subject + "/transfusions")
                        .body()
                        .size())
                .isZero();

        Response ok = post(
                w.coord,
                visits,
                Map.of(
                        "date",
                        "2024-01-10",
                        "labs",
                        List.of(Map.of("test", "HGB", "value", 75, "unit", "g/L")),
                        "transfusions",
                        List.of(Map.of("product", "RBC", "units", 2)),
                        "doses",
                        List.of(Map.of("drug", "csa", "dose", 150, "unit", "mg")),
                        "adverse_events",
                        List.of(Map.of("term", "Febrile neutropenia", "grade", 3, "related_to", List.of("csa")))));
        assertThat(ok.status()).as("%s", ok.body()).isEqualTo(201);
        assertThat(List.of(
                        ok.get("labs").size(),
                        ok.get("transfusions").size(),
                        ok.get("doses").size(),
                        ok.get("adverse_events").size()))
                .containsExactly(1, 1, 1, 1);
        assertThat(ok.get("adverse_events").get(0).get("start_date").asString()).isEqualTo("2024-01-10");
        assertThat(auditRows()).isEqualTo(audit + 4);

        // The page: every problem of every part at once, on its field, the values kept; then all saved.
        PageSession coord = new PageSession(port, w.coord, PASSWORD);
        coord.html("/subjects/" + w.subject + "/visit?lang=en&date=2024-01-20");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("date", "2024-01-20");
        form.put("hgb", "950");
        form.put("hgb_unit", "g/L");
        form.put("plat", "abc");
        form.put("tx_PLT", "1");
        form.put("dose_csa", "150");
        form.put("dose_csa_unit", "mg");
        form.put("ae0_term", "Febrile neutropenia");
        form.put("ae0_grade", "2");
        PageSession.Page refused = coord.post("/subjects/" + w.subject + "/visit", form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains("3 problems", "href=\"#f-hgb\"", "href=\"#f-plat\"", "href=\"#f-ae0_grade\"")
                .contains("Adverse event 1: Grade (CTCAE)")
                .contains("value=\"950\"", "value=\"abc\"", "aria-describedby=\"e-hgb\"")
                .doesNotContain("labs[0]", "Field '");
        assertThat(get(w.coord, "/api/subjects/" + w.subject + "/transfusions")
                        .body()
                        .size())
                .isEqualTo(1);
        form.put("hgb", "95");
        form.put("plat", "30");
        form.put("ae0_grade", "3");
        PageSession.Page saved = coord.post("/subjects/" + w.subject + "/visit", form);
        assertThat(saved.path()).isEqualTo("/subjects/" + w.subject);
        assertThat(get(w.coord, "/api/subjects/" + w.subject + "/transfusions")
                        .body()
                        .size())
                .isEqualTo(2);
        assertThat(get(w.coord, "/api/subjects/" + w.subject + "/adverse-events")
                        .body()
                        .size())
                .isEqualTo(2);
    }

    @Test
    void unknownPagesAndBadAddressesGetTheBrandedPageInTheUsersLanguageAndTheApiJson() {
        World w = new World();
        PageSession pages = new PageSession(port, w.coord, PASSWORD);
        PageSession.Page missing = pages.get("/no-such-page?lang=en");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("text/html");
        assertThat(missing.body())
                .contains("Page not found", "Error 404", "class=\"top\"")
                .doesNotContain("Whitelabel");
        PageSession.Page abc = pages.get("/subjects/abc");
        assertThat(abc.status()).isEqualTo(404);
        assertThat(abc.contentType()).startsWith("text/html");
        assertThat(abc.body()).contains("Page not found").doesNotContain("\"field\"");
        assertThat(pages.get("/subjects/999999999").status()).isEqualTo(404);
        PageSession.Page badParam = pages.get("/studies/" + w.study.id() + "/subjects?page=x");
        assertThat(badParam.status()).isEqualTo(200);
        PageSession.Page denied = pages.get("/subjects/" + w.subject + "/records/labs/1/restore");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.body()).contains("Not allowed");
        PageSession.Page chinese = pages.get("/no-such-page?lang=zh-CN");
        assertThat(chinese.body()).contains("页面不存在", "错误 404");

        Response api = get(w.coord, "/api/no-such-endpoint");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.get("status").asInt()).isEqualTo(404);
        assertThat(api.get("message").asString()).isEqualTo("No such endpoint");
        Response anonymous = callWith(null, "GET", "/api/no-such-endpoint", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).isNotNull();
    }

    @Test
    void aMonitorFollowsQueriesByRecordValueWithTimesAndPeople() {
        World w = new World();
        long lab = w.lab("2024-03-01", "HGB", 95, "g/L").get("id").asLong();
        Response q = post(
                w.monitor,
                "/api/subjects/" + w.subject + "/queries",
                Map.of("record_table", "lab", "record_id", lab, "question", "Please check the haemoglobin."));
        assertThat(q.status()).isEqualTo(201);
        assertThat(q.get("raised_at").isNull()).isFalse();
        assertThat(q.get("answered_at").isNull()).isTrue();

        PageSession monitor = new PageSession(port, w.monitor, PASSWORD);
        String list = monitor.html("/studies/" + w.study.id() + "/queries?lang=en");
        assertThat(list)
                .contains("Hb 95 g/L on 2024-03-01", "Please check the haemoglobin.", w.monitor)
                .contains("#record-labs-" + lab)
                .containsPattern("<time[^>]*datetime=\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\"")
                .doesNotContain("lab:" + lab, "labs:" + lab);
        assertThat(monitor.html("/studies/" + w.study.id() + "/queries?status=CLOSED"))
                .doesNotContain("Please check the haemoglobin.");
        assertThat(monitor.html("/studies/" + w.study.id() + "/queries?age=7"))
                .doesNotContain("Please check the haemoglobin.");
        String subject = monitor.html("/subjects/" + w.subject);
        assertThat(subject)
                .containsPattern("id=\"record-labs-" + lab + "\" class=\"\\s*queried\"")
                .contains("1 open query");
        assertThat(monitor.html("/subjects/" + w.subject + "?query=labs:" + lab))
                .contains("About: Hb 95 g/L on 2024-03-01");
        Response answered = post(
                w.coord,
                "/api/subjects/" + w.subject + "/queries/" + q.get("id").asLong() + "/answer",
                Map.of("version", 0, "answer", "Checked: 95 g/L is right."));
        assertThat(answered.get("answered_at").isNull()).isFalse();
        assertThat(monitor.html("/studies/" + w.study.id() + "/queries?status=ANSWERED"))
                .contains("Checked: 95 g/L is right.", w.coord);
    }

    @Test
    void theSubjectListSearchesFiltersSortsAndPages() {
        World w = new World();
        for (int i = 1; i <= 12; i++) {
            subject(w.coord, w.study, w.site, String.format("L-%02d", i));
        }
        PageSession pages = new PageSession(port, w.coord, PASSWORD);
        String base = "/studies/" + w.study.id() + "/subjects?lang=en";
        String first = pages.html(base + "&size=5");
        assertThat(first)
                .contains("13 subjects · page 1 of 3", "rel=\"next\"", ">L-01<")
                .doesNotContain(">L-06<");
        assertThat(pages.html(base + "&size=5&page=3"))
                .contains(">L-11<", ">L-12<")
                .doesNotContain(">L-05<");
        assertThat(pages.html(base + "&q=l-1"))
                .contains("3 subjects", ">L-10<", ">L-12<")
                .doesNotContain(">L-02<");
        assertThat(pages.html(base + "&status=TREATED")).contains("1 subjects").doesNotContain(">L-01<");
        assertThat(pages.html(base + "&status=SCREENING")).contains("12 subjects");
        String desc = pages.html(base + "&sort=code&dir=desc&size=3");
        assertThat(desc.indexOf(">L-12<")).isLessThan(desc.indexOf(">L-11<"));
        assertThat(desc).contains("aria-sort=\"descending\"");
        assertThat(pages.html(base + "&response=NR")).contains("0 subjects");
        // Age, not the date of birth.
        assertThat(first)
                .contains(">"
                        + java.time.Period.between(LocalDate.of(1980, 1, 1), LocalDate.now())
                                .getYears() + "<")
                .doesNotContain("1980-01-01");
    }

    @Test
    void theStatusGridShowsEachVisitsStateLinkingToTheForm() {
        World w = new World();
        // Month 3 of ctx-ist: day 92, window days 78 to 106 = 2024-03-18 to 2024-04-15.
        w.lab("2024-03-20", "HGB", 95, "g/L");
        w.lab("2024-03-20", "PLAT", 60, "10^9/L");
        w.lab("2024-03-20", "NEUT", 1.2, "10^9/L");
        w.lab("2024-01-29", "HGB", 80, "g/L");
        PageSession pages = new PageSession(port, w.coord, PASSWORD);
        String grid = pages.html("/studies/" + w.study.id() + "/grid?lang=en");
        assertThat(grid)
                .contains("Month 3", "CTX cycle 1")
                .contains("class=\"cell DONE\"", "class=\"cell MISSING_DATA\"", "class=\"cell OVERDUE\"")
                .contains("/subjects/" + w.subject + "/visit?date=");
    }

    @Test
    void theAuditHistoryReadsAsChangesForARecordAndForTheSubjectWithAllItsRecords() {
        World w = new World();
        JsonNode lab = w.lab("2024-03-01", "HGB", 95, "g/L");
        long id = lab.get("id").asLong();
        Response edited = put(
                w.coord,
                "/api/subjects/" + w.subject + "/labs/" + id,
                Map.of(
                        "date",
                        "2024-03-01",
                        "test",
                        "HGB",
                        "value",
                        59,
                        "unit",
                        "g/L",
                        "version",
                        0,
                        "reason",
                        "transcription error corrected"));
        assertThat(edited.status()).isEqualTo(200);
        post(
                w.coord,
                "/api/subjects/" + w.subject + "/doses",
                Map.of("date", "2024-01-01", "drug", "csa", "dose", 150, "unit", "mg"));
        PageSession pages = new PageSession(port, w.coord, PASSWORD);
        String record = pages.html("/subjects/" + w.subject + "/records/labs/" + id + "/audit?lang=en");
        assertThat(record)
                .contains("Audit history of Hb 59 g/L on 2024-03-01")
                .containsPattern("Value: </span>\\s*<del>95</del>[\\s\\S]*<ins>59</ins>")
                .contains("transcription error corrected")
                .containsPattern("datetime=\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\"")
                .doesNotContain("{\"");
        String whole = pages.html("/subjects/" + w.subject + "/audit");
        assertThat(whole)
                .contains("Cyclosporine A (CsA) 150 mg on 2024-01-01", "Hb 59 g/L on 2024-03-01")
                .contains("subject "
                        + jdbc.sql("SELECT subject_code FROM subject WHERE id = ?")
                                .param(w.subject)
                                .query(String.class)
                                .single());
        assertThat(pages.html("/subjects/" + w.subject + "/audit?lang=zh-CN")).contains("稽查", "修改");
    }

    @Test
    void theReportPageTakesACutOffAndEveryDownloadIsAudited() {
        World w = new World();
        w.lab("2024-01-01", "HGB", 60, "g/L");
        PageSession pages = new PageSession(port, w.coord, PASSWORD);
        String page = pages.html("/studies/" + w.study.id() + "/report?lang=en&asof=2024-02-01");
        assertThat(page)
                .contains("What the report holds at the cut-off 2024-02-01")
                .contains("/studies/" + w.study.id() + "/report.pdf?asof=2024-02-01")
                .contains("/studies/" + w.study.id() + "/dataset.zip");
        assertThat(pages.html("/studies/" + w.study.id() + "/report?asof=2999-01-01"))
                .contains("is after today");
        assertThat(pages.html("/studies/" + w.study.id() + "/report?asof=soon")).contains("is not a date");
        long exports =
                jdbc.sql("SELECT count(*) FROM data_export").query(Long.class).single();
        PageSession.Page pdf = pages.get("/studies/" + w.study.id() + "/report.pdf?asof=2024-02-01");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        PageSession.Page zip = pages.get("/studies/" + w.study.id() + "/dataset.zip?form=spreadsheet");
        assertThat(zip.status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT what FROM data_export ORDER BY id DESC LIMIT 2")
                        .query(String.class)
                        .list())
                .containsExactly("DATASET_FOR_SPREADSHEET", "REPORT_PDF");
        assertThat(jdbc.sql("SELECT count(*) FROM data_export")
                        .query(Long.class)
                        .single())
                .isEqualTo(exports + 2);
    }
}
