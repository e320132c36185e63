package org.marrow.app.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marrow.app.record.RecordKind;
import org.marrow.study.EventType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Every word on the pages comes from the message bundles, in English and in Simplified Chinese: a
 * template with a hard-coded text (a text node or a label attribute outside {@code th:text}) or a key
 * missing from either bundle fails here.
 */
class PageMessagesTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
    private static final Set<String> LABEL_ATTRIBUTES = Set.of("title", "placeholder", "alt", "aria-label", "value");

    private static Properties english;
    private static Properties chinese;

    @BeforeAll
    static void load() throws IOException {
        english = bundle("/messages.properties");
        chinese = bundle("/messages_zh_CN.properties");
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PageMessagesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void bothBundlesHaveTheSameKeysAndNoEmptyText() {
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(english.getProperty(key)).as("English " + key).isNotBlank();
            assertThat(chinese.getProperty(key)).as("Chinese " + key).isNotBlank();
        }
    }

    @Test
    void chineseBundleIsTranslated() {
        long translated = english.stringPropertyNames().stream()
                .filter(k -> !english.getProperty(k).equals(chinese.getProperty(k)))
                .count();
        // Only names, units and symbols may read the same in both languages.
        assertThat(translated).isGreaterThan(english.size() * 9L / 10);
    }

    @Test
    void everyKeyATemplateNamesIsInBothBundles() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Path t : templates()) {
            Matcher m = LITERAL_KEY.matcher(Files.readString(t));
            while (m.find()) {
                if (!english.containsKey(m.group(1)) || !chinese.containsKey(m.group(1))) {
                    missing.add(t.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyBuiltAtRunTimeIsInBothBundles() {
        List<String> keys = new ArrayList<>();
        for (RecordKind k : RecordKind.values()) {
            keys.add("kind." + k.path());
            RecordForm.fields(k).forEach(f -> {
                keys.add("field." + f.name());
                if (f.unit() != null && !f.unitSelect()) {
                    keys.add(f.unit());
                }
            });
        }
        for (VisitEntry.Count c : VisitEntry.COUNTS) {
            keys.add("field." + c.field());
        }
        for (String s : List.of("screening", "enrolled", "treated", "withdrawn")) {
            keys.add("status." + s);
        }
        for (String s : List.of("M", "F")) {
            keys.add("sex." + s);
        }
        for (String s : List.of("INSERT", "UPDATE", "DELETE")) {
            keys.add("audit.action." + s);
        }
        for (String s : List.of("OPEN", "ANSWERED", "CLOSED")) {
            keys.add("queries.status." + s);
        }
        for (var s : org.marrow.protocol.screening.EligibilityStatus.values()) {
            keys.add("eligibility." + s.name());
        }
        for (var s : org.marrow.protocol.eligibility.CriterionKind.values()) {
            keys.add("eligibility.kind." + s.name());
        }
        for (String s : List.of("title", "hgb", "plat", "neut", "transfusions", "ae", "events", "studyDay")) {
            keys.add("timeline." + s);
        }
        for (String s : List.of("current", "replacement", "confirmation")) {
            keys.add("password.error." + s);
        }
        keys.addAll(List.of(
                "error.notFound",
                "error.denied",
                "error.conflict",
                "error.dateRequired",
                "visit.error.none",
                "dashboard.enrolment"));
        assertThat(EventType.values()).isNotEmpty();
        assertThat(keys.stream().filter(k -> !english.containsKey(k) || !chinese.containsKey(k)))
                .isEmpty();
    }

    @Test
    void noTemplateHasHardCodedText() throws Exception {
        List<String> problems = new ArrayList<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        for (Path t : templates()) {
            Document doc = factory.newDocumentBuilder().parse(t.toFile());
            check(doc.getDocumentElement(), t.getFileName().toString(), false, problems);
        }
        assertThat(problems).isEmpty();
    }

    private static void check(Element e, String file, boolean replaced, List<String> problems) {
        boolean replacesContent = replaced
                || e.hasAttribute("th:text")
                || e.hasAttribute("th:utext")
                || e.hasAttribute("th:replace")
                || e.hasAttribute("th:insert");
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            if (LABEL_ATTRIBUTES.contains(a.getNodeName())
                    && HAS_LETTER.matcher(a.getNodeValue()).find()
                    && !(a.getNodeName().equals("value") && !e.getTagName().equals("button") && !isSubmit(e))) {
                problems.add(file + ": <" + e.getTagName() + " " + a.getNodeName() + "=\"" + a.getNodeValue()
                        + "\"> is a hard-coded label; use th:attr with a message");
            }
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE && !replacesContent) {
                String text = c.getNodeValue().strip();
                if (HAS_LETTER.matcher(text).find()) {
                    problems.add(file + ": <" + e.getTagName() + "> has hard-coded text '" + text + "'");
                }
            } else if (c instanceof Element child) {
                check(child, file, replacesContent, problems);
            }
        }
    }

    private static boolean isSubmit(Element e) {
        return e.getTagName().equals("input") && "submit".equals(e.getAttribute("type"));
    }
}
