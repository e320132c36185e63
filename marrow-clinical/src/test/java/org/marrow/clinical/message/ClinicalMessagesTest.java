package org.marrow.clinical.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marrow.clinical.labs.Labs.labs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marrow.clinical.ctcae.CtcaeGrade;
import org.marrow.clinical.ctcae.CtcaeTerm;
import org.marrow.clinical.finding.Evidence;
import org.marrow.clinical.labs.LabHistory;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.ReferenceRange;
import org.marrow.clinical.response.Baseline;
import org.marrow.clinical.response.CriteriaSet;
import org.marrow.clinical.response.ResponseAssessment;
import org.marrow.clinical.response.ResponseCriteria;
import org.marrow.clinical.severity.SeverityAssessment;
import org.marrow.clinical.severity.SeverityCriteria;
import org.marrow.clinical.transfusion.TransfusionHistory;

/**
 * The clinical bundle: every code the rules use has an English and a Chinese text with the same
 * arguments, and the rules' explanations read as clinical Chinese.
 */
class ClinicalMessagesTest {
    private static final MessageRenderer ENGLISH = MessageRenderer.english();
    private static final MessageRenderer CHINESE = MessageRenderer.of(Locale.SIMPLIFIED_CHINESE);
    private static final Pattern CODE = Pattern.compile("\"(clinical\\.[A-Za-z0-9_.-]+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d{1,2})}");

    @Test
    void everyCodeTheRulesUseHasAText() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(source));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        // Codes completed at run time ("clinical.severity.label." + label) end with a dot.
        codes.removeIf(c -> c.endsWith("."));
        assertThat(codes).hasSizeGreaterThan(100);
        assertThat(codes.stream().filter(c -> ENGLISH.text(c).isEmpty())).isEmpty();
        assertThat(codes.stream().filter(c -> CHINESE.text(c).isEmpty())).isEmpty();
    }

    @Test
    void everyTranslationUsesTheSameArguments() {
        Properties english = bundle("");
        Properties chinese = bundle("_zh_CN");
        for (String key : english.stringPropertyNames()) {
            assertThat(arguments(chinese.getProperty(key))).as(key).isEqualTo(arguments(english.getProperty(key)));
        }
    }

    @ParameterizedTest
    @EnumSource(CtcaeTerm.class)
    void theEnglishTextOfACtcaeTermIsItsCtcaeV5Term(CtcaeTerm term) {
        assertThat(ENGLISH.value(term)).isEqualTo(term.term());
        assertThat(CHINESE.value(term)).doesNotContainPattern("[A-Za-z]");
    }

    @Test
    void severityReadsInChineseWithTheCamittaTermsAndTheValues() {
        LabHistory labs = labs().on(
                        "2024-03-01", "CELLULARITY 10 %", "RETI 10 10^9/L", "PLAT 8 10^9/L", "NEUT 0.3 10^9/L")
                .history();
        SeverityAssessment saa = SeverityCriteria.document000().assess(labs, LocalDate.parse("2024-03-01"));
        List<String> english = saa.reasons().stream().map(ENGLISH::render).toList();
        List<String> chinese = saa.reasons().stream().map(CHINESE::render).toList();
        assertThat(english.get(0)).isEqualTo("severity SAA on 2024-03-01");
        assertThat(chinese.get(0)).isEqualTo("2024-03-01 严重程度：重型再生障碍性贫血（SAA）");
        assertThat(chinese.get(1))
                .startsWith("重型再障 SAA（骨髓增生程度 < 25 % 且 3 项血细胞计数中 2 项降低）：满足 2/2 项")
                .contains("PLAT 8 10^9/L，符合 < 20 10^9/L");
        assertThat(String.join("\n", chinese)).doesNotContain("{").doesNotContain(" on ");
    }

    @Test
    void aCompleteResponseReadsInChinese() {
        LabHistory labs = labs().on("2023-12-20", "CELLULARITY 10 %")
                .on("2024-01-01", "HGB 60 g/L", "NEUT 0.3 10^9/L", "PLAT 8 10^9/L", "RETI 10 10^9/L")
                .on("2024-04-01", "HGB 120 g/L", "NEUT 1.5 10^9/L", "PLAT 150 10^9/L", "RETI 30 10^9/L")
                .history();
        TransfusionHistory none = TransfusionHistory.of(List.of(), LocalDate.parse("2023-09-01"));
        ResponseCriteria criteria = ResponseCriteria.of(CriteriaSet.FIVE_TIER);
        Baseline baseline = criteria.baseline(labs, none, LocalDate.parse("2024-01-01"));
        ResponseAssessment cr = criteria.assess(labs, none, LocalDate.parse("2024-04-01"), baseline);
        assertThat(ENGLISH.render(cr.summary()))
                .isEqualTo("CR on 2024-04-01: CR (HGB > 100 g/L, NEUT > 1.0, PLAT > 100 x10^9/L, transfusion"
                        + " independent) met");
        assertThat(CHINESE.render(cr.summary()))
                .isEqualTo("2024-04-01 疗效：完全缓解（CR），满足完全缓解（CR）（HGB > 100 g/L，NEUT > 1.0，PLAT > 100" + " x10^9/L，脱离输血）");
    }

    @Test
    void aCtcaeGradeReadsInChinese() {
        LabResult neut = new LabResult(LocalDate.parse("2024-03-01"), LabValue.parse(LabTest.NEUT, "0.3", "10^9/L"));
        CtcaeGrade grade = CtcaeTerm.NEUTROPHIL_COUNT_DECREASED.grade(
                neut, new ReferenceRange(LabTest.NEUT, Optional.empty(), Optional.empty()), Optional.empty());
        assertThat(ENGLISH.render(grade.reason()))
                .isEqualTo(
                        "Neutrophil count decreased grade 4 (CTCAE v5.0): NEUT 0.3 10^9/L on 2024-03-01 < 0.5 10^9/L");
        assertThat(CHINESE.render(grade.reason()))
                .isEqualTo("中性粒细胞计数降低 4 级（CTCAE v5.0）：NEUT 0.3 10^9/L（2024-03-01） < 0.5 10^9/L");
    }

    @Test
    void joinedMessagesAreSeparatedBySemicolonsInEachLanguage() {
        List<Message> parts = List.of(
                Message.of("clinical.labs.none", "PLAT", LocalDate.parse("2024-03-01")),
                Message.of("clinical.transfusion.any"),
                Message.of("clinical.response.noLongerSaa"));
        assertThat(ENGLISH.render(Message.joined(parts)))
                .isEqualTo("no PLAT on or before 2024-03-01; transfusion dependent (RBC or PLT); no longer meeting SAA"
                        + " criteria");
        assertThat(CHINESE.render(Message.joined(parts))).contains("；").doesNotContain("; ");
        assertThat(Message.joined(parts.subList(0, 1))).isEqualTo(parts.get(0));
        assertThat(ENGLISH.render(Message.joined(List.of()))).isEmpty();
        assertThat(Message.empty()).isEqualTo(Message.joined(List.of()));
    }

    @Test
    void evidenceSaysItsValueUnitDateAndCriterion() {
        Message item = Message.of("clinical.evidence.test", "PLAT");
        Message criterion = Message.of("clinical.threshold.criterion", "<", new BigDecimal("20"), "10^9/L");
        LocalDate day = LocalDate.parse("2024-03-01");
        assertThat(ENGLISH.render(new Evidence(item, day, new BigDecimal("15.0"), "10^9/L", criterion).message()))
                .isEqualTo("PLAT 15 10^9/L on 2024-03-01 (criterion < 20 10^9/L)");
        assertThat(ENGLISH.render(new Evidence(item, null, BigDecimal.ZERO, "", criterion).message()))
                .isEqualTo("PLAT 0 (criterion < 20 10^9/L)");
        assertThat(ENGLISH.render(new Evidence(item, day, null, "", Message.empty()).message()))
                .isEqualTo("PLAT on 2024-03-01 (criterion )");
        assertThat(new Evidence(item, day, null, "", criterion).toString()).startsWith("clinical.evidence.criterion");
    }

    private static Properties bundle(String suffix) {
        String path = "org/marrow/clinical/messages" + suffix + ".properties";
        try (InputStream in = ClinicalMessagesTest.class.getClassLoader().getResourceAsStream(path)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
