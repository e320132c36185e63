package org.marrow.app.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marrow.app.ApiTest;
import org.marrow.app.demo.DemoSetup;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages in a real headless Chromium (the system browser and chromedriver): log in with the demo
 * user's one-time password and change it, look at the dashboard, enrol a subject (a refused weight
 * first), enter a visit's counts and see the response change, raise, answer and close a query, read an
 * audit history, switch to Chinese. Screenshots of the main pages at 1366x768 (and the whole page) go
 * to target/screenshots. Skipped only where Chromium is not installed; CI installs it.
 */
class BrowserTest extends ApiTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/screenshots");

    @Autowired
    DemoSetup demo;

    private WebDriver driver;
    private Path profile;

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

    @Test
    void coordinatorAndMonitorWorkThroughThePagesInEnglishAndChinese() throws IOException {
        long start = System.nanoTime();
        DemoSetup.Outcome outcome = demo.prepare(lighterDataset());
        System.out.printf("demo set-up: %.1f s%n", (System.nanoTime() - start) / 1e9);
        String oneTime = outcome.oneTimePassword().orElseThrow();
        Study study = outcome.studies().stream()
                .filter(s -> s.code().equals(DemoSetup.DATASET_STUDY))
                .findFirst()
                .orElseThrow();

        open("/studies?lang=en");
        assertThat(driver.getCurrentUrl()).contains("/login");
        shot("01-login");
        type("username", DemoSetup.USERNAME);
        type("password", oneTime);
        submit();
        assertThat(driver.getCurrentUrl()).contains("/account/password");
        type("current", oneTime);
        type("replacement", "my-chosen-password-1");
        type("confirmation", "my-chosen-password-1");
        submit();
        assertThat(driver.getCurrentUrl()).contains("/studies");
        assertThat(text()).contains("ctx-ist", "sirolimus-csa", "romiplostim-csa", "hpag-ist", "hpag-csa-nsaa");
        shot("02-studies");

        link("ctx-ist");
        assertThat(text()).contains("Simon two-stage design", "Stage", "Response rates at each timepoint");
        shot("03-dashboard");

        link("Subjects");
        assertThat(text()).contains("CTX-001", "SYNTH-01");
        shot("04-subjects");

        link("Enrol a subject");
        LocalDate day1 = LocalDate.now().minusDays(40);
        type("f-subject_code", "WEB-001");
        new Select(driver.findElement(By.id("f-site_id"))).selectByVisibleText("SYNTH-01 · SYNTH-01");
        new Select(driver.findElement(By.id("f-sex"))).selectByValue("F");
        date("f-birth_date", LocalDate.of(1988, 4, 2));
        type("f-weight_kg", "600");
        type("f-height_cm", "165");
        // Screened before enrolment (the form proposes today): screened_on <= enrolled_on.
        date("f-screened_on", day1.minusDays(7));
        new Select(driver.findElement(By.id("f-arm"))).selectByValue("ctx-ist");
        date("f-enrolled_on", day1);
        date("f-first_dose_on", day1);
        submit();
        shot("05-enrol-refused");
        // The refusal in the user's words beside the field (no internal name), the value kept, the field
        // focused and described by its message for a screen reader, and listed in the summary announced at once.
        WebElement weightError = driver.findElement(By.id("e-weight_kg"));
        assertThat(weightError.getText()).isEqualTo("Expected a body weight in kg from 1 to 400.");
        WebElement weight = driver.findElement(By.id("f-weight_kg"));
        assertThat(weight.getAttribute("value")).isEqualTo("600");
        assertThat(weight.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(weight.getAttribute("aria-describedby")).isEqualTo("e-weight_kg");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("f-weight_kg");
        assertThat(driver.findElement(By.id("error-summary")).getAttribute("role"))
                .isEqualTo("alert");
        assertThat(driver.findElement(By.id("error-summary")).getText())
                .contains("Weight: Expected a body weight in kg from 1 to 400.");
        type("f-weight_kg", "58.5");
        submit();
        assertThat(driver.getCurrentUrl()).contains("/subjects/");
        assertThat(text()).contains("WEB-001", "Saved.");

        visit(day1.minusDays(2), "68", "12", "0.3");
        visit(day1.plusDays(30), "72", "15", "0.35");
        String before = responseOn(day1.plusDays(30));
        visit(day1.plusDays(38), "128", "160", "2.1");
        String after = responseOn(day1.plusDays(38));
        assertThat(after).isNotEqualTo(before);
        shot("06-subject");
        Files.write(
                SHOTS.resolve("06-timeline.png"),
                driver.findElement(By.cssSelector("svg.chart")).getScreenshotAs(OutputType.BYTES));

        WebElement question = driver.findElement(By.id("question"));
        question.sendKeys("Please confirm the platelet count of the last visit.");
        click(driver.findElement(
                By.xpath("//form[contains(@action,'/queries') and .//textarea[@id='question']]//button")));
        assertThat(driver.findElement(By.id("queries")).isDisplayed()).isTrue();
        assertThat(text()).contains("Please confirm the platelet count", "open");
        WebElement answer = driver.findElement(By.cssSelector("textarea[name=answer]"));
        answer.sendKeys("Confirmed against the hospital record.");
        click(driver.findElement(By.xpath("//form[contains(@action,'/answer')]//button")));
        assertThat(text()).contains("Confirmed against the hospital record.", "answered");
        click(driver.findElement(By.xpath("//form[contains(@action,'/close')]//button")));
        assertThat(text()).contains("closed");
        shot("07-queries");

        click(driver.findElement(By.xpath("//section[@id='records-labs']//a[text()='Edit']")));
        type("f-value", "70");
        type("f-reason", "transcription error corrected");
        submit();
        click(driver.findElement(By.xpath("//section[@id='records-labs']//a[text()='History']")));
        assertThat(text()).contains("transcription error corrected", "changed", "entered");
        shot("08-audit");

        open("/studies/" + study.id() + "/report");
        assertThat(text()).contains("Download the report", "Data and exports", "HL7 FHIR R4 Bundle");
        assertThat(driver.findElements(By.cssSelector("#exports a")))
                .extracting(a -> a.getDomAttribute("href"))
                .contains("/studies/" + study.id() + "/export/r", "/studies/" + study.id() + "/export/fhir");
        shot("09-report");

        link("中文");
        assertThat(text()).contains("报告", "下载报告", "数据与导出", "导出至 R");
        open("/studies/" + study.id());
        assertThat(text()).contains("Simon 两阶段设计", "各时间点疗效率");
        shot("10-dashboard-zh");
        // The demo's subjects fill more than a page: the list finds the subject by its code.
        open("/studies/" + study.id() + "/subjects?q=WEB-001");
        link("WEB-001");
        assertThat(text()).contains("时间线", "质疑", "已关闭");
        shot("11-subject-zh");

        // A restart of the demo creates nothing twice and keeps the password the user chose.
        DemoSetup.Outcome again = demo.prepare(lighterDataset());
        assertThat(again.studiesCreated()).isZero();
        assertThat(again.subjectsImported()).isZero();
        assertThat(again.oneTimePassword()).isEmpty();
        assertThat(subjectsOf(study)).contains("WEB-001");
    }

    private java.util.List<String> subjectsOf(Study study) {
        return jdbc.sql("SELECT subject_code FROM subject WHERE study_id = ?")
                .param(study.id())
                .query(String.class)
                .list();
    }

    /**
     * The demonstration data set with the doses of only its first five subjects: the import of all
     * 17,000 daily doses would take most of the test's time, and response, eligibility and safety do
     * not depend on doses.
     */
    static byte[] lighterDataset() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(DemoSetup.bundledDataset()));
                var out = new java.util.zip.ZipOutputStream(bytes)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (entry.getName().equals("doses.csv")) {
                    text = text.lines()
                            .filter(l -> l.startsWith("subject_id") || l.matches("CTX-00[1-5],.*"))
                            .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private void visit(LocalDate date, String hgb, String plat, String neut) {
        link("Enter a visit");
        date("f-date", date);
        type("f-hgb", hgb);
        type("f-plat", plat);
        type("f-neut", neut);
        submit();
        assertThat(text()).contains("Saved.");
    }

    private String responseOn(LocalDate date) {
        return driver.findElement(By.xpath("//h2[@id='assessment']/following::table[1]//tr[th='" + date + "']/td[3]"))
                .getText();
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private void type(String id, String value) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(value);
    }

    private void date(String id, LocalDate value) {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), value.toString());
    }

    private void submit() {
        click(driver.findElement(By.cssSelector("main form button[type=submit].primary")));
    }

    /**
     * Clicks and waits for the next page to replace this one and finish loading: an element looked up
     * while the new document is still being built can belong to neither document ("Node with given id
     * does not belong to the document").
     */
    private void click(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private void link(String text) {
        click(driver.findElement(By.linkText(text)));
    }

    private String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The viewport at 1366x768 as the user sees it, and the whole page. */
    private void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        long height =
                (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(1366, (int) Math.min(height + 140, 6000)));
        Files.write(SHOTS.resolve(name + "-full.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new Dimension(1366, 768));
    }
}
