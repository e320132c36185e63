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
        for (String s : List.of("INSERT", "UPDATE", "DELETE", "VOID", "RESTORE")) {
            keys.add("audit.action." + s);
        }
        for (var s : org.marrow.app.visit.VisitProgress.State.values()) {
            keys.add(s.messageKey());
            keys.add("grid.mark." + s.name());
            keys.add("next." + s.name());
        }
        keys.removeIf(k -> k.equals("next.DONE") || k.equals("next.MISSING_DATA") || k.equals("next.NOT_EXPECTED"));
        keys.addAll(
                List.of("grid.noArm", "grid.noFirstDose", "grid.noProtocol", "grid.mark.query", "grid.state.query"));
        for (var a : org.marrow.protocol.dose.DoseAction.values()) {
            keys.add("advice.action." + a.name());
        }
        for (var d : org.marrow.study.Drug.values()) {
            keys.add("drug." + d.id());
            keys.add("drug.short." + d.id());
        }
        for (var t : org.marrow.clinical.quantity.LabTest.values()) {
            keys.add("test." + t.name());
            keys.add("test.short." + t.name());
        }
        for (var p : org.marrow.clinical.transfusion.BloodProduct.values()) {
            keys.add("product." + p.name());
        }
        for (EventType e : EventType.values()) {
            keys.add("event." + e.name());
        }
        for (RecordKind k : RecordKind.values()) {
            keys.add("describe." + k.path());
        }
        for (String o : List.of("MET", "NOT_MET", "UNKNOWN")) {
            keys.add("outcome.transfusion." + o);
            keys.add("outcome.inclusion." + o);
            keys.add("outcome.exclusion." + o);
        }
        for (int status : List.of(400, 403, 404, 409, 500)) {
            keys.add("error." + status + ".title");
            keys.add("error." + status + ".text");
        }
        keys.addAll(List.of(
                "describe.deleted",
                "describe.subject",
                "describe.query",
                "calendar.noArm",
                "calendar.otherArm",
                "calendar.noFirstDose",
                "advice.beforeFirstDose",
                "eligibility.beforeBirth",
                "report.cutoffFuture",
                "report.cutoffBad",
                "report.file.html",
                "report.file.htmlHint",
                "report.file.pdf",
                "report.file.pdfHint",
                "report.file.dataset",
                "report.file.datasetHint",
                "report.file.spreadsheet",
                "report.file.spreadsheetHint",
                "form.expected",
                "form.missing",
                "form.error.codeTaken",
                "form.error.cannotAssign",
                "queries.changed",
                "visit.transfusionOf",
                "visit.doseOf",
                "visit.doseUnitOf",
                "visit.aeField",
                "timeline.aeCell",
                "audit.ofSubject",
                "outcome.response.none"));
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
        keys.add("dashboard.enrolment");
        assertThat(EventType.values()).isNotEmpty();
        assertThat(keys.stream().filter(k -> !english.containsKey(k) || !chinese.containsKey(k)))
                .isEmpty();
    }

    /**
     * The pages' own wording of a rule's message ({@code problem.<code>}, naming a field by its label where the
     * rule's wording names a data set column) is of a message code the rules have, with the same arguments.
     */
    @Test
    void everyOwnWordingOfARuleMessageHasTheRulesCodeAndArguments() {
        Pattern argument = Pattern.compile("\\{(\\d+)}");
        List<String> wrong = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            if (!key.startsWith("problem.")) {
                continue;
            }
            String code = key.substring("problem.".length());
            var rule = org.marrow.clinical.message.MessageRenderer.english().text(code);
            if (rule.isEmpty()) {
                wrong.add(key + ": no rule message " + code);
                continue;
            }
            Set<String> ruleArgs = new TreeSet<>();
            argument.matcher(rule.get()).results().forEach(r -> ruleArgs.add(r.group(1)));
            for (Properties bundle : List.of(english, chinese)) {
                Set<String> own = new TreeSet<>();
                argument.matcher(bundle.getProperty(key)).results().forEach(r -> own.add(r.group(1)));
                if (!own.equals(ruleArgs)) {
                    wrong.add(key + ": arguments " + own + " but the rule's are " + ruleArgs);
                }
            }
        }
        assertThat(wrong).isEmpty();
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
