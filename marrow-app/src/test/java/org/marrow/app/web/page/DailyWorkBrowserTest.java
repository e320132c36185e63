package org.marrow.app.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marrow.app.ApiTest;
import org.marrow.app.security.Role;
import org.marrow.app.study.Site;
import org.marrow.app.study.Study;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * A site's daily work in a real headless Chromium at 1366x768, in English and in Simplified Chinese: the
 * subject list (search, sort, pages, age), the visit status grid, the visit form refused with every problem on
 * its field (values kept, focus on the first, announced) and its CTCAE pick list offering only the term's
 * grades, the study's query list naming records by value with local times, the subject page's chart (value
 * axis, table view) and flagged records, voiding a record, the subject's audit history as changes, the
 * report's cut-off and downloads, and the branded error page. In Chinese no page shows English rule text or a
 * bare MET / NOT_MET / UNKNOWN. Screenshots go to target/screenshots/daily-&lt;language&gt;-*.png. Skipped only
 * where Chromium is not installed; CI installs it.
 */
class DailyWorkBrowserTest extends ApiTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/screenshots");
    private static final Pattern OUTCOME = Pattern.compile("\\b(MET|NOT_MET|UNKNOWN)\\b");
    /** A time the page's script has written in the browser's own zone, to the second. */
    private static final Pattern LOCAL_TIME =
            Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC[+-]\\d\\d:\\d\\d");

    @Autowired
    MessageSource messages;

    private WebDriver driver;
    private Path profile;
    private Locale locale;
    private String language;
    private final Map<String, String> seen = new LinkedHashMap<>();

    @BeforeEach
    void browser() throws IOException {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed (Debian packages chromium, chromium-driver)");
        profile = Files.createTempDirectory("marrow-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-quic",
                "--no-first-run",
                "--lang=en-US",
                "--window-size=1366,768",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        driver.manage().window().setSize(new Dimension(1366, 768));
        Files.createDirectories(SHOTS);
    }

    @AfterEach
    void close() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .map(Path::toFile)
                        .forEach(File::delete);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "zh-CN"})
    void aCoordinatorAndMonitorDoTheDaysWork(String lang) throws IOException {
        language = lang;
        locale = Locale.forLanguageTag(lang);
        Site site = site();
        Study study = studies.create(unique("WEB"), "Daily work in the browser", "ctx-ist", "1.0");
        String coord = user(Role.COORDINATOR, site);
        String monitor = user(Role.MONITOR, site);
        String worker = unique("both").toLowerCase(Locale.ROOT);
        users.create(worker, worker, PASSWORD, Set.of(Role.COORDINATOR, Role.MONITOR), List.of(site.id()));
        for (int i = 1; i <= 12; i++) {
            subject(coord, study, site, String.format("S-%02d", i));
        }
        long subject = treated(coord, study, site, "T-01");
        String code = "T-01";
        for (String[] lab : new String[][] {
            {"2024-01-01", "HGB", "60", "g/L"},
            {"2024-01-01", "PLAT", "15", "10^9/L"},
            {"2024-01-01", "NEUT", "0.3", "10^9/L"},
            {"2024-01-29", "HGB", "80", "g/L"},
            {"2024-03-20", "PLAT", "60", "10^9/L"},
            {"2024-03-20", "NEUT", "1.2", "10^9/L"}
        }) {
            lab(coord, subject, lab[0], lab[1], lab[2], lab[3]);
        }
        long queried = lab(coord, subject, "2024-03-20", "HGB", "95", "g/L");
        long mistaken = lab(coord, subject, "2024-02-15", "HGB", "70", "g/L");
        Response edited = put(
                coord,
                "/api/subjects/" + subject + "/labs/" + mistaken,
                Map.of(
                        "date",
                        "2024-02-15",
                        "test",
                        "HGB",
                        "value",
                        71,
                        "unit",
                        "g/L",
                        "version",
                        0,
                        "reason",
                        "transcription error corrected"));
        assertThat(edited.status()).as("%s", edited.body()).isEqualTo(200);
        Response q = post(
                monitor,
                "/api/subjects/" + subject + "/queries",
                Map.of("record_table", "lab", "record_id", queried, "question", "Please check the haemoglobin."));
        assertThat(q.status()).as("%s", q.body()).isEqualTo(201);

        // Sign in, in the chosen language.
        open("/login?lang=" + lang);
        type("username", worker);
        type("password", PASSWORD);
        submit();
        assertThat(driver.getCurrentUrl()).contains("/studies");

        // 3. The subject list: a page of 5 of 13, sorted, searched; age, never the date of birth.
        open("/studies/" + study.id() + "/subjects?size=5");
        read("subjects");
        assertThat(text()).contains(t("subjects.count", 13, 1, 3));
        assertThat(driver.findElements(By.cssSelector("a[rel=next]"))).isNotEmpty();
        assertThat(driver.getPageSource()).doesNotContain("1980-01-01");
        shot("01-subjects");
        type("filter-q", "t-0");
        click(driver.findElement(By.cssSelector("form.filters button[type=submit]")));
        assertThat(text()).contains(t("subjects.count", 1, 1, 1));
        WebElement row = driver.findElement(By.xpath("//table[@class='list']//tr[th/a[text()='" + code + "']]"));
        int age = java.time.Period.between(java.time.LocalDate.of(1980, 1, 1), java.time.LocalDate.now())
                .getYears();
        assertThat(row.findElements(By.tagName("td")).get(2).getText()).isEqualTo(Integer.toString(age));
        assertThat(row.getText()).contains("2024-03-20");
        shot("02-subjects-search");

        // 4. The status grid: done, missing data, overdue and an open query, each cell a link.
        open("/studies/" + study.id() + "/grid?q=T-01");
        read("grid");
        assertThat(driver.findElements(By.cssSelector("a.cell.DONE"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("a.cell.MISSING_DATA"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("a.cell.OVERDUE"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("a.cell.query"))).isNotEmpty();
        shot("03-grid");
        click(driver.findElement(By.cssSelector("a.cell.OVERDUE")));
        assertThat(driver.getCurrentUrl()).contains("/subjects/" + subject + "/visit?date=");

        // 2. The visit form: the CTCAE pick list offers the term's grades only; every problem at once, on its
        // field, the values kept, the first wrong field focused, the summary announced.
        read("visit");
        type("f-hgb", "950");
        type("f-plat", "abc");
        WebElement term = driver.findElement(By.id("f-ae0_term"));
        term.sendKeys("Febrile neutropenia");
        ((JavascriptExecutor) driver).executeScript("arguments[0].dispatchEvent(new Event('change'));", term);
        WebElement grade1 = driver.findElement(By.cssSelector("#f-ae0_grade option[value='1']"));
        WebElement grade3 = driver.findElement(By.cssSelector("#f-ae0_grade option[value='3']"));
        assertThat(grade1.getAttribute("disabled")).isNotNull();
        assertThat(grade3.getAttribute("disabled")).isNull();
        submit();
        read("visit refused");
        WebElement summary = driver.findElement(By.id("error-summary"));
        assertThat(summary.getAttribute("role")).isEqualTo("alert");
        assertThat(summary.findElements(By.cssSelector("li a")).size()).isGreaterThanOrEqualTo(3);
        assertThat(summary.getText()).doesNotContain("labs[0]", "Field '", "hgb:");
        assertThat(driver.findElement(By.id("f-hgb")).getAttribute("value")).isEqualTo("950");
        assertThat(driver.findElement(By.id("f-plat")).getAttribute("value")).isEqualTo("abc");
        assertThat(driver.findElement(By.id("f-ae0_term")).getAttribute("value"))
                .isEqualTo("Febrile neutropenia");
        assertThat(driver.findElement(By.id("f-hgb")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(driver.findElement(By.id("e-hgb")).getText()).isNotBlank();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("f-hgb");
        shot("04-visit-refused");

        // 5. The study's queries: the record named by its value, times in the browser's zone, people.
        open("/studies/" + study.id() + "/queries");
        read("queries");
        assertThat(text()).contains("95 g/L", "2024-03-20", "Please check the haemoglobin.", monitor);
        // The site filter offers the sites the user sees, no other.
        assertThat(driver.findElements(By.cssSelector("#filter-site option:not([value=''])")))
                .extracting(WebElement::getText)
                .containsExactly(site.code());
        assertThat(text()).containsPattern(LOCAL_TIME);
        assertThat(driver.getPageSource()).doesNotContain("lab:" + queried, "labs:" + queried);
        shot("05-queries");

        // 9 and 5. The subject page: the chart with a value axis and a table view; the queried record flagged.
        open("/subjects/" + subject);
        read("subject");
        assertThat(driver.findElement(By.id("record-labs-" + queried)).getAttribute("class"))
                .contains("queried");
        List<String> ticks = new ArrayList<>();
        driver.findElements(By.cssSelector("svg.chart text")).forEach(e -> ticks.add(e.getAttribute("textContent")));
        assertThat(ticks.stream()
                        .filter(s -> s.strip().matches("\\d+(\\.\\d+)?"))
                        .count())
                .isGreaterThanOrEqualTo(6);
        assertThat(driver.findElements(By.cssSelector(".chart-legend li"))).isNotEmpty();
        WebElement tableView = driver.findElement(By.cssSelector("details.table-view"));
        tableView.findElement(By.tagName("summary")).click();
        assertThat(tableView.getAttribute("open")).isNotNull();
        assertThat(tableView.findElement(By.xpath(".//tr[th='2024-03-20']")).getText())
                .contains("95");
        shot("06-subject-chart");
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView();", driver.findElement(By.id("records")));
        shot("07-subject-records");

        // 7. Void a record: refused without a reason (focus on it), then voided, marked and kept.
        click(driver.findElement(By.xpath("//tr[@id='record-labs-" + mistaken + "']//a[contains(@href,'/void')]")));
        read("void");
        assertThat(text()).contains("2024-02-15");
        submit();
        assertThat(driver.findElement(By.id("error-summary")).getAttribute("role"))
                .isEqualTo("alert");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("f-reason");
        shot("08-void-refused");
        type("f-reason", "entered for the wrong patient");
        submit();
        assertThat(driver.getCurrentUrl()).contains("/subjects/" + subject);
        WebElement voided = driver.findElement(By.id("record-labs-" + mistaken));
        assertThat(voided.getAttribute("class")).contains("voided");
        assertThat(voided.getText()).contains(t("void.badge"), "entered for the wrong patient");
        read("subject after void");

        // 6. The subject's audit history: every record, as changes, with reasons and local times; fits 1366 px.
        open("/subjects/" + subject + "/audit");
        read("audit");
        assertThat(driver.findElements(By.cssSelector("del"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("ins"))).isNotEmpty();
        assertThat(text())
                .contains("transcription error corrected", "entered for the wrong patient")
                .contains(t("audit.action.VOID"))
                .containsPattern(LOCAL_TIME)
                .doesNotContain("{\"");
        assertThat((Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;"))
                .isLessThanOrEqualTo(1366L);
        shot("09-audit");

        // 8. The report page: a cut-off chosen on the page, the PDF and the data set offered.
        open("/studies/" + study.id() + "/report");
        type("f-asof", "2024-02-01");
        click(driver.findElement(By.cssSelector("main form.filters button[type=submit]")));
        read("report");
        assertThat(driver.getCurrentUrl()).contains("asof=2024-02-01");
        assertThat(driver.findElements(By.cssSelector("a[href*='report.pdf?asof=2024-02-01']")))
                .isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("a[href*='dataset.zip']")))
                .isNotEmpty();
        shot("10-report");

        // 10. The branded error page, in the user's language.
        open("/no-such-page");
        read("404");
        assertThat(text())
                .contains(t("error.404.title"), t("error.status", 404))
                .doesNotContain("Whitelabel");
        assertThat(driver.findElements(By.cssSelector(".top"))).isNotEmpty();
        shot("11-not-found");
        open("/subjects/abc");
        read("bad address");
        assertThat(text()).contains(t("error.404.title"));

        // 1. Every page read in the user's language; in Chinese, no English rule text and no bare outcome.
        List<String> english = new ArrayList<>();
        Set<String> phrases = ChinesePagesTest.englishPhrases();
        for (Map.Entry<String, String> page : seen.entrySet()) {
            assertThat(page.getValue()).as(page.getKey()).contains("<html lang=\"" + lang + "\"");
            if (!lang.equals("en")) {
                String visible = ChinesePagesTest.visibleText(page.getValue());
                phrases.stream().filter(visible::contains).forEach(p -> english.add(page.getKey() + ": \"" + p + "\""));
                Matcher m = OUTCOME.matcher(visible);
                while (m.find()) {
                    english.add(page.getKey() + ": " + m.group());
                }
            }
        }
        assertThat(english).isEmpty();
    }

    private long treated(String user, Study study, Site site, String code) {
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
        Response r = post(user, "/api/studies/" + study.id() + "/subjects", s);
        assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
        return r.get("id").asLong();
    }

    private long lab(String user, long subject, String date, String test, String value, String unit) {
        Response r = post(
                user,
                "/api/subjects/" + subject + "/labs",
                Map.of("date", date, "test", test, "value", new java.math.BigDecimal(value), "unit", unit));
        assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
        return r.get("id").asLong();
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** Keeps the page's HTML for the language check at the end. */
    private void read(String name) {
        seen.put(name, driver.getPageSource());
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private void type(String id, String value) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(value);
    }

    private void submit() {
        click(driver.findElement(By.cssSelector("main form button[type=submit].primary")));
    }

    /** Clicks and waits for the next page to replace this one and finish loading. */
    private void click(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The viewport at 1366x768 as the user sees it. */
    private void shot(String name) throws IOException {
        Files.write(
                SHOTS.resolve("daily-" + language + "-" + name + ".png"),
                ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
