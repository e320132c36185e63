package org.marrow.app.web.page;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marrow.app.record.RecordKind;
import org.marrow.clinical.ctcae.AdverseEventTerm;
import org.marrow.clinical.ctcae.CtcaeCatalogue;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.study.Drug;
import org.marrow.study.MutationRecord;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The clinical vocabulary of the pages in the page's language: drugs, lab tests, blood products, study
 * events, protocol visits, response criteria sets, CTCAE v5.0 terms (Simplified Chinese names from {@code
 * org/marrow/app/ctcae/terms_zh_CN.tsv}, the English term, marked as English, for a term not listed), and the
 * rules' outcomes as clinical words with the tone their colour shows ({@link Word}): a transfusion-dependent
 * patient is bad news, an exclusion criterion not met is good news. The templates call it as {@code
 * ${@vocab.term(...)}}. A code the vocabulary does not know is shown as it is written.
 */
@Component("vocab")
public class Vocabulary {
    private static final String CTCAE_ZH = "/org/marrow/app/ctcae/terms_zh_CN.tsv";
    private static final String SPECIFY = ": ";

    /** What a word means for the patient or the study, shown by its colour and never by colour alone. */
    public enum Tone {
        /** Good news: a response, eligibility, transfusion independence, an exclusion that does not apply. */
        GOOD,
        /** Bad news: no response, very severe disease, transfusion dependence, an exclusion that applies. */
        BAD,
        /** Needs attention: data missing, an open query, a visit due. */
        WARN,
        /** Neither. */
        NEUTRAL;

        /**
         * The CSS class of the tone.
         *
         * @return e.g. {@code good}
         */
        public String css() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A word with its tone.
     *
     * @param text the word in the page's language
     * @param tone what it means
     */
    public record Word(String text, Tone tone) {
        /**
         * The CSS class of the word's badge.
         *
         * @return e.g. {@code good}
         */
        public String css() {
            return tone.css();
        }
    }

    /**
     * A CTCAE term as the page shows it.
     *
     * @param term the English term as NCI spells it, with the investigator's words after "Other, specify"
     * @param name the name shown: Chinese when known, else the English term
     * @param translated whether the name is a translation (else it is the English term, marked so)
     * @param grades the grades CTCAE v5.0 defines for the term
     */
    public record TermName(String term, String name, boolean translated, List<Integer> grades) {}

    private final MessageSource messages;
    private final Map<String, String> chineseByMeddra;

    Vocabulary(MessageSource messages) {
        this.messages = messages;
        this.chineseByMeddra = loadChinese();
    }

    private static Map<String, String> loadChinese() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream(CTCAE_ZH)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("Missing resource " + CTCAE_ZH));
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                names.put(cells[0], cells[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }

    private static Locale locale() {
        Locale locale = LocaleContextHolder.getLocale();
        return locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    private static boolean chinese() {
        return locale().getLanguage().equals("zh");
    }

    private String word(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale());
    }

    /**
     * A drug's name.
     *
     * @param id the drug's id, e.g. {@code csa}
     * @return e.g. {@code Cyclosporine A (CsA)} or {@code 环孢素（CsA）}; the id if no drug has it
     */
    public String drug(String id) {
        if (id == null) {
            return "";
        }
        return word("drug." + id, Drug.byId(id).map(Drug::label).orElse(id));
    }

    /**
     * A drug's short name, where space is short (a lane of the timeline).
     *
     * @param id the drug's id
     * @return e.g. {@code CsA}
     */
    public String drugShort(String id) {
        return id == null ? "" : word("drug.short." + id, id);
    }

    /**
     * The names of drugs listed as the data set writes them.
     *
     * @param ids drug ids separated by {@code ;}, e.g. {@code csa;hetrombopag}
     * @return their names, separated as the language separates a list
     */
    public String drugs(String ids) {
        if (ids == null || ids.isBlank()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (String id : ids.split(";")) {
            names.add(drug(id.trim()));
        }
        return String.join(chinese() ? "、" : ", ", names);
    }

    /**
     * A lab test's name.
     *
     * @param code e.g. {@code HGB}
     * @return e.g. {@code Haemoglobin (Hb)}
     */
    public String test(String code) {
        return code == null ? "" : word("test." + code, code);
    }

    /**
     * A lab test's short name, as a value is written ("Hb 95 g/L").
     *
     * @param code e.g. {@code HGB}
     * @return e.g. {@code Hb}
     */
    public String testShort(String code) {
        return code == null ? "" : word("test.short." + code, code);
    }

    /**
     * A unit as written beside a value.
     *
     * @param symbol the unit as the data set writes it, e.g. {@code 10^9/L}
     * @return e.g. {@code ×10⁹/L}
     */
    public String unit(String symbol) {
        if (symbol == null) {
            return "";
        }
        return switch (symbol) {
            case "10^9/L" -> "×10⁹/L";
            case "10^12/L" -> "×10¹²/L";
            case "10^3/uL" -> "×10³/µL";
            case "10^6/uL" -> "×10⁶/µL";
            case "/uL" -> "/µL";
            case "umol/L" -> "µmol/L";
            case "ug" -> "µg";
            case "ug/kg" -> "µg/kg";
            default -> symbol;
        };
    }

    /**
     * A blood product's name.
     *
     * @param code {@code RBC} or {@code PLT}
     * @return e.g. {@code red cells}
     */
    public String product(String code) {
        return code == null ? "" : word("product." + code, code);
    }

    /**
     * A study event's name.
     *
     * @param type e.g. {@code HSCT}
     * @return e.g. {@code stem cell transplantation}
     */
    public String event(String type) {
        return type == null ? "" : word("event." + type, type);
    }

    /**
     * A protocol visit's name.
     *
     * @param name the visit's name in the protocol, e.g. {@code month-3}
     * @return e.g. {@code Month 3}; the name itself if the vocabulary does not know it
     */
    public String visit(String name) {
        return name == null ? "" : word("visit.name." + name, name);
    }

    /**
     * A response criteria set's name.
     *
     * @param code e.g. {@code five-tier}
     * @return e.g. {@code five-tier (CR, VGPR, GPR, PR, NR)}
     */
    public String criteria(String code) {
        return code == null ? "" : word("criteria." + code, code);
    }

    /**
     * A CTCAE term as recorded, in the page's language.
     *
     * @param recorded the term as recorded, e.g. {@code Febrile neutropenia} or {@code Gastrointestinal disorders
     *     - Other, specify: gingival hyperplasia}
     * @return its name: in Chinese the translation when one is known (the investigator's own words after an
     *     "Other, specify" term kept as written), else the term as recorded
     */
    public TermName termName(String recorded) {
        if (recorded == null) {
            return new TermName("", "", false, List.of());
        }
        CtcaeCatalogue ctcae = CtcaeCatalogue.v5();
        Optional<AdverseEventTerm> term = ctcae.resolve(recorded);
        List<Integer> grades = term.map(AdverseEventTerm::gradesInOrder).orElse(List.of(1, 2, 3, 4, 5));
        if (!chinese() || term.isEmpty()) {
            return new TermName(recorded, recorded, false, grades);
        }
        String zh = chineseByMeddra.get(term.get().meddraCode());
        if (zh == null) {
            return new TermName(recorded, recorded, false, grades);
        }
        String words = recorded.equals(term.get().term())
                ? ""
                : recorded.contains(SPECIFY)
                        ? recorded.substring(recorded.indexOf(SPECIFY) + SPECIFY.length())
                        : recorded;
        return new TermName(recorded, words.isEmpty() ? zh : zh + "：" + words, true, grades);
    }

    /**
     * A CTCAE term's name, for a table cell.
     *
     * @param recorded the term as recorded
     * @return the name ({@link #termName})
     */
    public String term(String recorded) {
        return termName(recorded).name();
    }

    /**
     * The language of a CTCAE term's name, for the {@code lang} attribute of its element.
     *
     * @param recorded the term as recorded
     * @return {@code en} when the page is Chinese and the term is shown in English, else null
     */
    public String termLang(String recorded) {
        return chinese() && !termName(recorded).translated() ? "en" : null;
    }

    /**
     * Every CTCAE v5.0 term for a pick list, in NCI's order, with its name in the page's language.
     *
     * @return the terms
     */
    public List<TermName> terms() {
        List<TermName> all = new ArrayList<>();
        for (AdverseEventTerm t : CtcaeCatalogue.v5().terms()) {
            all.add(termName(t.term()));
        }
        return all;
    }

    /**
     * Whether the vocabulary has a Chinese name for a CTCAE term.
     *
     * @param meddraCode the term's MedDRA code
     * @return true if it has
     */
    boolean hasChinese(String meddraCode) {
        return chineseByMeddra.containsKey(meddraCode);
    }

    /**
     * The MedDRA codes the Chinese names are given for.
     *
     * @return the codes
     */
    java.util.Set<String> chineseCodes() {
        return chineseByMeddra.keySet();
    }

    private static final java.time.format.DateTimeFormatter SECONDS =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * A moment to the second in UTC, as the page writes it before the browser shows it in the user's own time
     * zone ({@code static/js/marrow.js} rewrites every {@code time[data-local]}).
     *
     * @param moment an {@link java.time.Instant} or {@link java.time.OffsetDateTime}, or null
     * @return e.g. {@code 2024-03-01 08:15:02 UTC}, empty for null
     */
    public String time(Object moment) {
        java.time.Instant at = instant(moment);
        return at == null ? "" : SECONDS.format(at.atOffset(java.time.ZoneOffset.UTC)) + " UTC";
    }

    /**
     * A moment as the {@code datetime} attribute of a {@code time} element.
     *
     * @param moment an {@link java.time.Instant} or {@link java.time.OffsetDateTime}, or null
     * @return e.g. {@code 2024-03-01T08:15:02Z}, null for null
     */
    public String iso(Object moment) {
        java.time.Instant at = instant(moment);
        return at == null
                ? null
                : at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    private static java.time.Instant instant(Object moment) {
        if (moment instanceof java.time.Instant i) {
            return i;
        }
        if (moment instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return null;
    }

    /**
     * The label of a choice of a form's pick list.
     *
     * @param field the form's field, e.g. {@code test}
     * @param value the choice as stored, e.g. {@code HGB}
     * @return its label in the page's language
     */
    public String option(String field, String value) {
        return switch (field) {
            case "test" -> test(value);
            case "product" -> product(value);
            case "drug" -> drug(value);
            case "unit" -> unit(value);
            case "type" -> event(value);
            default -> value;
        };
    }

    /**
     * Yes or no.
     *
     * @param yes the value
     * @return the word
     */
    public String yesNo(boolean yes) {
        return word(yes ? "yes" : "no", yes ? "yes" : "no");
    }

    /**
     * A source record named by its values, as a query or an audit history names it: {@code Hb 95 g/L on
     * 2024-03-01}, never {@code lab 6123}.
     *
     * @param kind the record's kind
     * @param row the record's columns
     * @return the description in the page's language
     */
    public String describe(RecordKind kind, Map<String, ?> row) {
        Object[] args =
                switch (kind) {
                    case LABS ->
                        new Object[] {
                            testShort(text(row.get("test"))),
                            number(row.get("value")),
                            unit(text(row.get("unit"))),
                            text(row.get("date"))
                        };
                    case TRANSFUSIONS ->
                        new Object[] {product(text(row.get("product"))), text(row.get("units")), text(row.get("date"))};
                    case DOSES ->
                        new Object[] {
                            drug(text(row.get("drug"))),
                            number(row.get("dose")),
                            unit(text(row.get("unit"))),
                            text(row.get("date"))
                        };
                    case ADVERSE_EVENTS ->
                        new Object[] {term(text(row.get("term"))), text(row.get("grade")), text(row.get("start_date"))};
                    case EVENTS -> new Object[] {event(text(row.get("type"))), text(row.get("date"))};
                    case HISTORY -> new Object[] {text(row.get("item")), text(row.get("value"))};
                    case MUTATIONS ->
                        new Object[] {
                            text(row.get("gene")),
                            text(row.get("variant")),
                            number(row.get("vaf_percent")),
                            text(row.get("date"))
                        };
                };
        if (kind == RecordKind.MUTATIONS && MutationRecord.NONE_DETECTED.equals(text(row.get("gene")))) {
            return messages.getMessage("describe.mutations.none", new Object[] {text(row.get("date"))}, locale());
        }
        return messages.getMessage("describe." + kind.path(), args, locale());
    }

    /**
     * A record that no longer exists (deleted), as a query names it.
     *
     * @param kind its kind, or null when unknown
     * @param id its id
     * @return e.g. {@code a lab record, deleted}
     */
    public String deletedRecord(RecordKind kind, long id) {
        String what = kind == null ? "" : messages.getMessage("kind." + kind.path(), null, locale());
        return messages.getMessage("describe.deleted", new Object[] {what, Long.toString(id)}, locale());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String number(Object value) {
        if (value instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        return text(value);
    }

    /**
     * A severity as the rules label it, in clinical words: VSAA bad news, SAA needs attention.
     *
     * @param label e.g. {@code SAA}, {@code TD-NSAA}, or null when the data do not decide it
     * @return the word
     */
    public Word severity(String label) {
        MessageRenderer renderer = MessageRenderer.of(locale());
        if (label == null) {
            return new Word(renderer.text("clinical.severity.label.unknown").orElse("?"), Tone.WARN);
        }
        String text = renderer.text("clinical.severity.label." + label).orElse(label);
        Tone tone =
                switch (label) {
                    case "VSAA", "SAA" -> Tone.BAD;
                    case "TD-NSAA" -> Tone.WARN;
                    default -> Tone.NEUTRAL;
                };
        return new Word(text, tone);
    }

    /**
     * A response category in clinical words: a response (CR to PR) is good news, no response bad news.
     *
     * @param category the category's name, e.g. {@code CR}, or null when not assessed or undecided
     * @return the word
     */
    public Word response(String category) {
        if (category == null) {
            return new Word(word("outcome.response.none", "–"), Tone.NEUTRAL);
        }
        ResponseCategory c;
        try {
            c = ResponseCategory.valueOf(category);
        } catch (IllegalArgumentException e) {
            return new Word(category, Tone.NEUTRAL);
        }
        return new Word(MessageRenderer.of(locale()).value(c), c == ResponseCategory.NR ? Tone.BAD : Tone.GOOD);
    }

    /**
     * Transfusion dependence in clinical words.
     *
     * @param outcome the rule's outcome: {@code MET}, {@code NOT_MET} or {@code UNKNOWN}
     * @return "transfusion-dependent" (bad news), "transfusion-independent" (good news) or "unknown"
     */
    public Word transfusion(String outcome) {
        String key = "outcome.transfusion." + outcome;
        return switch (outcome) {
            case "MET" -> new Word(word(key, outcome), Tone.BAD);
            case "NOT_MET" -> new Word(word(key, outcome), Tone.GOOD);
            default -> new Word(word("outcome.transfusion.UNKNOWN", outcome), Tone.WARN);
        };
    }

    /**
     * An eligibility criterion's finding in clinical words: an inclusion criterion met, or an exclusion
     * criterion not met, is good news; an exclusion criterion met excludes the patient.
     *
     * @param kind {@code INCLUSION} or {@code EXCLUSION}
     * @param outcome {@code MET}, {@code NOT_MET} or {@code UNKNOWN}
     * @return the word
     */
    public Word criterion(Object kind, Object outcome) {
        boolean exclusion = String.valueOf(kind).equals("EXCLUSION");
        String o = String.valueOf(outcome);
        String key = "outcome." + (exclusion ? "exclusion." : "inclusion.") + o;
        Tone tone =
                switch (o) {
                    case "MET" -> exclusion ? Tone.BAD : Tone.GOOD;
                    case "NOT_MET" -> exclusion ? Tone.GOOD : Tone.BAD;
                    default -> Tone.WARN;
                };
        return new Word(word(key, o), tone);
    }

    /**
     * A screening's verdict in clinical words.
     *
     * @param status {@code ELIGIBLE}, {@code NOT_ELIGIBLE} or {@code INCOMPLETE}
     * @return the word
     */
    public Word eligibility(Object status) {
        String s = String.valueOf(status);
        Tone tone =
                switch (s) {
                    case "ELIGIBLE" -> Tone.GOOD;
                    case "NOT_ELIGIBLE" -> Tone.BAD;
                    default -> Tone.WARN;
                };
        return new Word(word("eligibility." + s, s), tone);
    }

    /**
     * A query's status: open needs the site's answer, answered the monitor's review, closed is done.
     *
     * @param status {@code OPEN}, {@code ANSWERED} or {@code CLOSED}
     * @return the word
     */
    public Word query(String status) {
        Tone tone =
                switch (status) {
                    case "OPEN" -> Tone.WARN;
                    case "CLOSED" -> Tone.GOOD;
                    default -> Tone.NEUTRAL;
                };
        return new Word(word("queries.status." + status, status), tone);
    }

    /**
     * A dose advice's action in words.
     *
     * @param action the action, e.g. {@code CONTINUE}
     * @return e.g. {@code continue}
     */
    public Word action(Object action) {
        String a = String.valueOf(action);
        Tone tone =
                switch (a) {
                    case "STOP", "HOLD", "DECREASE" -> Tone.WARN;
                    case "MEASURE" -> Tone.WARN;
                    default -> Tone.NEUTRAL;
                };
        return new Word(word("advice.action." + a, a), tone);
    }
}
