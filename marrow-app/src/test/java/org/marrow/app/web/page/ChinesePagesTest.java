package org.marrow.app.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.marrow.app.ApiTest;
import org.marrow.app.PageSession;
import org.marrow.app.demo.DemoSetup;
import org.marrow.app.security.Role;
import org.marrow.app.study.Site;
import org.marrow.app.study.Study;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page type of every study the demonstration has, in Simplified Chinese, holds no English text of the
 * rules or of the pages: no English text of any module's message bundle (the rules' findings, reasons,
 * validation messages, evidence) nor of the pages' bundle, and no bare MET / NOT_MET / UNKNOWN. What is
 * English on purpose is marked {@code lang="en"} (a protocol's own criterion text and title, a CTCAE term
 * without a translation) and left out. A study the demonstration leaves empty gets a treated subject with
 * counts, so that its subject pages are read too.
 */
class ChinesePagesTest extends ApiTest {
    private static final List<String> MODULES = List.of("clinical", "study", "protocol", "analysis", "dataset", "app");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+}");
    private static final Pattern OUTCOME = Pattern.compile("\\b(MET|NOT_MET|UNKNOWN)\\b");
    private static final Pattern ENGLISH_ELEMENT =
            Pattern.compile("<(\\w+)\\b[^>]*\\blang=\"en\"[^>]*>.*?</\\1>", Pattern.DOTALL);

    @Autowired
    DemoSetup demo;

    /** The English phrases of the bundles: each text's parts between its arguments with two words or more. */
    static Set<String> englishPhrases() throws IOException {
        List<Properties> english = new ArrayList<>();
        List<Properties> chinese = new ArrayList<>();
        for (String module : MODULES) {
            english.add(load("org/marrow/" + module + "/messages.properties"));
            chinese.add(load("org/marrow/" + module + "/messages_zh_CN.properties"));
        }
        english.add(load("messages.properties"));
        chinese.add(load("messages_zh_CN.properties"));
        StringBuilder allChinese = new StringBuilder();
        chinese.forEach(p -> p.values().forEach(v -> allChinese.append(v).append('\n')));
        Set<String> phrases = new TreeSet<>();
        for (Properties p : english) {
            for (Object value : p.values()) {
                for (String part : ARGUMENT.split(value.toString())) {
                    String phrase = part.strip().replaceAll("\\s+", " ");
                    if (WORD.matcher(phrase).results().count() >= 2
                            && phrase.length() >= 8
                            && !allChinese.toString().contains(phrase)) {
                        phrases.add(phrase);
                    }
                }
            }
        }
        return phrases;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ChinesePagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The text a reader sees, without what is marked English on purpose. */
    static String visibleText(String html) {
        String text = html.replaceAll("(?s)<script\\b.*?</script>", " ").replaceAll("(?s)<style\\b.*?</style>", " ");
        text = ENGLISH_ELEMENT.matcher(text).replaceAll(" ");
        text = text.replaceAll("(?s)<!--.*?-->", " ").replaceAll("<[^>]+>", " ");
        text = text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&");
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void everyPageOfEveryDemoStudyInChineseHasNoEnglishRuleText() throws IOException {
        DemoSetup.Outcome outcome = demo.prepare(BrowserTest.lighterDataset());
        Set<String> phrases = englishPhrases();
        assertThat(phrases).contains("transfusion dependent (RBC or PLT)", "not assessed before the first dose");

        Site site = site();
        List<Long> sites =
                new ArrayList<>(studies.sites().stream().map(Site::id).toList());
        String reader = unique("zh").toLowerCase();
        users.create(reader, reader, PASSWORD, Set.of(Role.INVESTIGATOR, Role.MONITOR), sites);
        String coord = user(Role.COORDINATOR, site);

        PageSession pages = new PageSession(port, reader, PASSWORD);
        Map<String, String> seen = new LinkedHashMap<>();
        seen.put("/studies", pages.html("/studies?lang=zh-CN"));
        seen.put("/no-such-page", pages.get("/no-such-page").body());
        seen.put("/subjects/abc", pages.get("/subjects/abc").body());
        for (Study study : outcome.studies()) {
            List<Long> subjects = new ArrayList<>();
            jdbc.sql("SELECT id FROM subject WHERE study_id = ? ORDER BY id LIMIT 1")
                    .param(study.id())
                    .query(Long.class)
                    .list()
                    .forEach(subjects::add);
            if (subjects.isEmpty()) {
                subjects.add(treatedWithCounts(coord, study, site));
            }
            String s = "/studies/" + study.id();
            for (String path : List.of(
                    s,
                    s + "/subjects",
                    s + "/subjects?response=CR&sort=response",
                    s + "/subjects/new",
                    s + "/grid",
                    s + "/queries?status=ALL",
                    s + "/report",
                    s + "/report?asof=2999-01-01")) {
                seen.put(path, pages.html(path));
            }
            for (long subject : subjects) {
                String p = "/subjects/" + subject;
                for (String path : List.of(p, p + "/audit", p + "/visit", p + "/edit")) {
                    seen.put(path, pages.html(path));
                }
                for (String kind : List.of("labs", "transfusions", "doses", "adverse-events", "events", "history")) {
                    seen.put(p + "/records/" + kind + "/new", pages.html(p + "/records/" + kind + "/new"));
                }
                List<Long> labs = jdbc.sql("SELECT id FROM lab WHERE subject_id = ? ORDER BY id LIMIT 1")
                        .param(subject)
                        .query(Long.class)
                        .list();
                for (long lab : labs) {
                    for (String suffix : List.of("/audit", "/edit", "/void")) {
                        String path = p + "/records/labs/" + lab + suffix;
                        seen.put(path, pages.html(path));
                    }
                }
                pages.html(p + "/visit");
                PageSession.Page refused = pages.post(
                        p + "/visit",
                        Map.of(
                                "date",
                                "2024-13-40",
                                "hgb",
                                "950",
                                "plat",
                                "abc",
                                "ae0_term",
                                "fever",
                                "ae0_grade",
                                "2"));
                seen.put("POST " + p + "/visit", refused.body());
            }
        }
        List<String> english = new ArrayList<>();
        for (Map.Entry<String, String> page : seen.entrySet()) {
            assertThat(page.getValue()).as(page.getKey()).contains("<html lang=\"zh-CN\"");
            String text = visibleText(page.getValue());
            for (String phrase : phrases) {
                if (text.contains(phrase)) {
                    english.add(page.getKey() + ": \"" + phrase + "\"");
                }
            }
            Matcher m = OUTCOME.matcher(text);
            while (m.find()) {
                english.add(page.getKey() + ": " + m.group());
            }
        }
        assertThat(english).isEmpty();
        assertThat(seen.size()).isGreaterThan(10 * outcome.studies().size());
    }

    /** A treated subject of a study, with a few counts, entered by a coordinator. */
    private long treatedWithCounts(String coord, Study study, Site site) {
        String arm = studies.protocol(study).arms().stream()
                .filter(a -> a.type() != org.marrow.protocol.model.ArmType.HISTORICAL_CONTROL)
                .findFirst()
                .orElseThrow()
                .id();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("subject_code", unique("ZH"));
        s.put("site_id", site.id());
        s.put("sex", "M");
        s.put("birth_date", "1975-05-05");
        s.put("weight_kg", 70);
        s.put("height_cm", 172);
        s.put("screened_on", "2024-01-01");
        s.put("enrolled_on", "2024-01-02");
        s.put("first_dose_on", "2024-01-02");
        boolean randomized = studies.protocol(study).design().randomization().isPresent();
        long treatedArms = studies.protocol(study).arms().stream()
                .filter(a -> a.type() != org.marrow.protocol.model.ArmType.HISTORICAL_CONTROL)
                .count();
        if (!randomized && treatedArms == 1) {
            s.put("arm", arm);
        }
        Response r = post(coord, "/api/studies/" + study.id() + "/subjects", s);
        assertThat(r.status()).as("%s %s", study.code(), r.body()).isEqualTo(201);
        long id = r.get("id").asLong();
        for (String date : List.of("2024-01-01", "2024-02-15", "2024-04-10")) {
            Response v = post(
                    coord,
                    "/api/subjects/" + id + "/visits",
                    Map.of(
                            "date",
                            date,
                            "labs",
                            List.of(
                                    Map.of("test", "HGB", "value", 70, "unit", "g/L"),
                                    Map.of("test", "PLAT", "value", 15, "unit", "10^9/L"),
                                    Map.of("test", "NEUT", "value", 0.4, "unit", "10^9/L"))));
            assertThat(v.status()).as("%s", v.body()).isEqualTo(201);
        }
        Response ae = post(
                coord,
                "/api/subjects/" + id + "/adverse-events",
                Map.of("term", "Febrile neutropenia", "grade", 3, "start_date", "2024-02-15", "serious", true));
        assertThat(ae.status()).as("%s", ae.body()).isEqualTo(201);
        return id;
    }
}
