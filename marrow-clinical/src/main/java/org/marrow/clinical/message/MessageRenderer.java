package org.marrow.clinical.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders {@link Message}s in one language from the modules' message bundles ({@code
 * org/marrow/<module>/messages.properties} and {@code messages_zh_CN.properties}). Used at the edges
 * only: the CLI, the pages and the report. Thread-safe.
 *
 * <p>A text refers to its arguments as {@code {0}}, {@code {1}}, ...; there are no other special
 * characters (unlike {@link java.text.MessageFormat}, an apostrophe is an apostrophe). A language
 * without its own entry for a code falls back to English, never to the server's default locale.
 */
public final class MessageRenderer {
    /** The languages Marrow is written in. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<Locale, MessageRenderer> RENDERERS = new ConcurrentHashMap<>();

    private final Locale locale;
    private final Map<String, Optional<ResourceBundle>> bundles = new ConcurrentHashMap<>();

    private MessageRenderer(Locale locale) {
        this.locale = locale;
    }

    /**
     * The renderer of a language: Simplified Chinese for any {@code zh} locale, English otherwise.
     *
     * @param locale the user's locale
     * @return the renderer
     * @throws NullPointerException if locale is null
     */
    public static MessageRenderer of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        Locale language = locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        return RENDERERS.computeIfAbsent(language, MessageRenderer::new);
    }

    /**
     * The English renderer (the CLI's and the report's language).
     *
     * @return the renderer
     */
    public static MessageRenderer english() {
        return of(Locale.ENGLISH);
    }

    /**
     * The language this renderer writes.
     *
     * @return {@link Locale#ENGLISH} or {@link Locale#SIMPLIFIED_CHINESE}
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Renders a message.
     *
     * @param message the message
     * @return the text
     * @throws NullPointerException if message is null
     * @throws MissingResourceException if no bundle has the code (a test of every module holds that
     *     none is missing)
     */
    public String render(Message message) {
        String text = text(message.module(), message.code())
                .orElseThrow(() -> new MissingResourceException(
                        "No text for message code " + message.code(), "messages", message.code()));
        return substitute(text, message.args());
    }

    /**
     * The text of a code as written in the bundle, without arguments substituted.
     *
     * @param code a message code
     * @return the text, or empty if no bundle of this language or English has it
     * @throws NullPointerException if code is null
     */
    public Optional<String> text(String code) {
        int dot = code.indexOf('.');
        return dot < 0 ? Optional.empty() : text(code.substring(0, dot), code);
    }

    /**
     * Renders one argument as it appears in a message.
     *
     * @param value the value
     * @return its text
     * @throws NullPointerException if value is null
     */
    public String value(Object value) {
        Objects.requireNonNull(value, "value");
        if (value instanceof Message m) {
            return render(m);
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof BigDecimal b) {
            return b.signum() == 0 ? "0" : b.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> e) {
            return text(
                            moduleOf(e.getDeclaringClass()),
                            "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name())
                    .orElse(e.toString());
        }
        if (value instanceof Collection<?> c) {
            String separator = text("clinical", "clinical.list.separator").orElse(", ");
            StringBuilder text = new StringBuilder();
            for (Object element : c) {
                if (text.length() > 0) {
                    text.append(separator);
                }
                text.append(value(element));
            }
            return text.toString();
        }
        return value.toString();
    }

    private String substitute(String text, List<Object> args) {
        StringBuilder out = new StringBuilder(text.length() + 16 * args.size());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(text, i + 1, close)) {
                int index = Integer.parseInt(text, i + 1, close, 10);
                out.append(index < args.size() ? value(args.get(index)) : text.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isIndex(String text, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private Optional<String> text(String module, String code) {
        Optional<ResourceBundle> bundle = bundles.computeIfAbsent(module, this::load);
        if (bundle.isPresent() && bundle.get().containsKey(code)) {
            return Optional.of(bundle.get().getString(code));
        }
        return Optional.empty();
    }

    private Optional<ResourceBundle> load(String module) {
        try {
            return Optional.of(ResourceBundle.getBundle(
                    baseName(module), locale, MessageRenderer.class.getClassLoader(), NO_SYSTEM_FALLBACK));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /**
     * The keys of a module's bundle that one language has and another lacks: what a translation
     * test of each module asserts empty.
     *
     * @param module the module, e.g. {@code "clinical"}
     * @return each missing key with the language that lacks it, e.g. {@code "zh: clinical.x"}; empty
     *     when every key is in every language
     * @throws MissingResourceException if the module lacks a bundle of one of the languages
     */
    public static List<String> untranslated(String module) {
        Set<String> english = keys(module, "");
        List<String> missing = new ArrayList<>();
        for (Locale language : LANGUAGES) {
            if (language.equals(Locale.ENGLISH)) {
                continue;
            }
            Set<String> translated = keys(module, "_" + language);
            for (String key : english) {
                if (!translated.contains(key)) {
                    missing.add(language.toLanguageTag() + ": " + key);
                }
            }
            for (String key : translated) {
                if (!english.contains(key)) {
                    missing.add("en: " + key);
                }
            }
        }
        return missing;
    }

    private static Set<String> keys(String module, String suffix) {
        String path = baseName(module).replace('.', '/') + suffix + ".properties";
        try (InputStream in = MessageRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new MissingResourceException("No message bundle " + path, baseName(module), "");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The base name of a module's bundle.
     *
     * @param module the module, e.g. {@code "clinical"}
     * @return e.g. {@code "org.marrow.clinical.messages"}
     */
    public static String baseName(String module) {
        return "org.marrow." + module + ".messages";
    }

    private static String moduleOf(Class<?> type) {
        String name = type.getPackageName();
        if (!name.startsWith("org.marrow.")) {
            return "";
        }
        int end = name.indexOf('.', "org.marrow.".length());
        return end < 0 ? name.substring("org.marrow.".length()) : name.substring("org.marrow.".length(), end);
    }
}
