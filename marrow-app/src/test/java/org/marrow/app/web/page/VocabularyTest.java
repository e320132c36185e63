package org.marrow.app.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marrow.app.record.RecordKind;
import org.marrow.clinical.ctcae.AdverseEventTerm;
import org.marrow.clinical.ctcae.CtcaeCatalogue;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.protocol.schedule.Visit;
import org.marrow.study.Drug;
import org.marrow.study.EventType;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The clinical vocabulary of the pages: every Chinese CTCAE name belongs to a term of CTCAE v5.0 spelt as
 * NCI spells it, the terms of the reference trials' data and the common haematology terms have one, a term
 * without one is shown in English and marked so; every drug, event, visit of the bundled protocols and criteria
 * set has a name in both languages; findings read as clinical words with the tone of what they say.
 */
class VocabularyTest {
    private final Vocabulary vocab = new Vocabulary(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("messages");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private static void chinese() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void everyChineseNameIsOfACtcaeTermAsNciSpellsIt() throws IOException {
        List<String> wrong = new ArrayList<>();
        int rows = 0;
        try (InputStream in = Vocabulary.class.getResourceAsStream("/org/marrow/app/ctcae/terms_zh_CN.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.startsWith("meddra_code") || line.isBlank()) {
                    continue;
                }
                rows++;
                String[] cells = line.split("\t", -1);
                String term = CtcaeCatalogue.v5()
                        .byMeddraCode(cells[0])
                        .map(AdverseEventTerm::term)
                        .orElse(null);
                if (!cells[1].equals(term)
                        || cells[2].isBlank()
                        || !cells[2].codePoints().anyMatch(c -> c >= 0x4E00)) {
                    wrong.add(line);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(rows).isEqualTo(vocab.chineseCodes().size()).isGreaterThanOrEqualTo(150);
    }

    @Test
    void theTermsOfTheTrialsAndTheCommonHaematologyTermsHaveChineseNames() {
        chinese();
        for (String term : List.of(
                "Febrile neutropenia",
                "Neutrophil count decreased",
                "Platelet count decreased",
                "Anemia",
                "White blood cell decreased",
                "Lung infection",
                "Upper respiratory infection",
                "Skin infection",
                "Gum infection",
                "Lip infection",
                "Mucosal infection",
                "Anorectal infection",
                "Enterocolitis infectious",
                "Urinary tract infection",
                "Sepsis",
                "Nausea",
                "Alopecia",
                "Death NOS",
                "Alanine aminotransferase increased",
                "Blood bilirubin increased",
                "Creatinine increased",
                "Hypertension",
                "Hypomagnesemia",
                "Hirsutism",
                "Serum sickness",
                "Hemolysis",
                "Myelodysplastic syndrome")) {
            assertThat(vocab.termName(term).translated()).as(term).isTrue();
            assertThat(vocab.termLang(term)).as(term).isNull();
        }
        assertThat(vocab.term("Febrile neutropenia")).isEqualTo("发热性中性粒细胞减少");
        assertThat(vocab.termName("Febrile neutropenia").grades()).containsExactly(3, 4, 5);
    }

    @Test
    void aTermWithoutATranslationIsShownInEnglishAndMarkedSo() {
        chinese();
        String untranslated = CtcaeCatalogue.v5().terms().stream()
                .filter(t -> !vocab.hasChinese(t.meddraCode()))
                .findFirst()
                .orElseThrow()
                .term();
        assertThat(vocab.term(untranslated)).isEqualTo(untranslated);
        assertThat(vocab.termLang(untranslated)).isEqualTo("en");
        assertThat(vocab.term("Gastrointestinal disorders - Other, specify: gingival hyperplasia"))
                .isEqualTo("胃肠道疾病-其他（请注明）：gingival hyperplasia");
        assertThat(vocab.term("not a term at all")).isEqualTo("not a term at all");
        assertThat(vocab.termLang("not a term at all")).isEqualTo("en");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(vocab.termLang(untranslated)).isNull();
        assertThat(vocab.term("Febrile neutropenia")).isEqualTo("Febrile neutropenia");
    }

    @Test
    void everyDrugEventVisitAndCriteriaSetHasANameInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            LocaleContextHolder.setLocale(locale);
            for (Drug d : Drug.values()) {
                assertThat(vocab.drug(d.id()))
                        .as(d + " " + locale)
                        .isNotEqualTo(d.id())
                        .isNotBlank();
            }
            for (EventType e : EventType.values()) {
                assertThat(vocab.event(e.name())).as(e + " " + locale).isNotEqualTo(e.name());
            }
            ProtocolRegistry registry = ProtocolRegistry.bundled();
            for (ProtocolRegistry.Entry entry : registry.entries()) {
                var protocol = registry.load(entry.id(), entry.version());
                for (Visit v : protocol.visits()) {
                    assertThat(vocab.visit(v.name()))
                            .as(v.name() + " " + locale)
                            .isNotEqualTo(v.name());
                }
                String criteria = protocol.response().criteria().code();
                assertThat(vocab.criteria(criteria)).as(criteria).isNotEqualTo(criteria);
            }
        }
        chinese();
        assertThat(vocab.drugs("csa;hetrombopag")).isEqualTo("环孢素 A（CsA）、海曲泊帕");
        assertThat(vocab.drug("no-such-drug")).isEqualTo("no-such-drug");
    }

    @Test
    void findingsReadAsClinicalWordsWhoseColourMeansWhatTheySay() {
        assertThat(vocab.transfusion("MET").text()).isEqualTo("transfusion-dependent");
        assertThat(vocab.transfusion("MET").tone()).isEqualTo(Vocabulary.Tone.BAD);
        assertThat(vocab.transfusion("NOT_MET").tone()).isEqualTo(Vocabulary.Tone.GOOD);
        assertThat(vocab.transfusion("UNKNOWN").tone()).isEqualTo(Vocabulary.Tone.WARN);
        assertThat(vocab.criterion("EXCLUSION", "NOT_MET").tone()).isEqualTo(Vocabulary.Tone.GOOD);
        assertThat(vocab.criterion("EXCLUSION", "MET").text()).isEqualTo("excluded");
        assertThat(vocab.criterion("EXCLUSION", "MET").tone()).isEqualTo(Vocabulary.Tone.BAD);
        assertThat(vocab.criterion("INCLUSION", "MET").tone()).isEqualTo(Vocabulary.Tone.GOOD);
        assertThat(vocab.criterion("INCLUSION", "NOT_MET").tone()).isEqualTo(Vocabulary.Tone.BAD);
        assertThat(vocab.criterion("INCLUSION", "UNKNOWN").text()).isEqualTo("data missing");
        assertThat(vocab.response("NR").tone()).isEqualTo(Vocabulary.Tone.BAD);
        assertThat(vocab.response("PR").tone()).isEqualTo(Vocabulary.Tone.GOOD);
        assertThat(vocab.severity("VSAA").tone()).isEqualTo(Vocabulary.Tone.BAD);
        assertThat(vocab.query("OPEN").tone()).isEqualTo(Vocabulary.Tone.WARN);
        chinese();
        assertThat(vocab.transfusion("MET").text()).isEqualTo("输血依赖");
        assertThat(vocab.response("CR").text()).isEqualTo("完全缓解（CR）");
        assertThat(vocab.severity("SAA").text()).isEqualTo("重型再生障碍性贫血（SAA）");
        assertThat(vocab.criterion("EXCLUSION", "MET").text()).isEqualTo("排除");
    }

    @Test
    void aRecordIsNamedByItsValues() {
        Map<String, Object> lab = Map.of(
                "test",
                "HGB",
                "value",
                new java.math.BigDecimal("95"),
                "unit",
                "g/L",
                "date",
                java.time.LocalDate.of(2024, 3, 1));
        assertThat(vocab.describe(RecordKind.LABS, lab)).isEqualTo("Hb 95 g/L on 2024-03-01");
        chinese();
        assertThat(vocab.describe(RecordKind.LABS, lab)).isEqualTo("2024-03-01 Hb 95 g/L");
        assertThat(vocab.describe(
                        RecordKind.DOSES,
                        Map.of(
                                "drug",
                                "csa",
                                "dose",
                                new java.math.BigDecimal("150"),
                                "unit",
                                "mg",
                                "date",
                                "2024-03-02")))
                .isEqualTo("2024-03-02 环孢素 A（CsA） 150 mg");
        assertThat(vocab.deletedRecord(RecordKind.LABS, 6123)).isEqualTo("化验记录 6123（已删除）");
    }

    @Test
    void momentsAreWrittenToTheSecondInUtcForTheBrowserToShowLocally() {
        java.time.Instant at = java.time.Instant.parse("2024-03-01T08:15:02.123456Z");
        assertThat(vocab.time(at)).isEqualTo("2024-03-01 08:15:02 UTC");
        assertThat(vocab.iso(at)).isEqualTo("2024-03-01T08:15:02Z");
        assertThat(vocab.time(null)).isEmpty();
        assertThat(vocab.iso(null)).isNull();
    }
}
