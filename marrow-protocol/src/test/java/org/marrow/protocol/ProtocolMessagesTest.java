package org.marrow.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.protocol.model.DayRange;
import org.marrow.protocol.model.Period;
import org.marrow.protocol.model.TimeUnit;
import org.marrow.protocol.regimen.Dose;
import org.marrow.protocol.regimen.DoseBasis;
import org.marrow.study.DoseUnit;

/**
 * The protocol bundle: every code the protocol rules use has an English and a Chinese text with the
 * same arguments; periods, study days and doses read as the protocol files write them.
 */
class ProtocolMessagesTest {
    private static final MessageRenderer ENGLISH = MessageRenderer.english();
    private static final MessageRenderer CHINESE = MessageRenderer.of(Locale.SIMPLIFIED_CHINESE);
    private static final Pattern CODE = Pattern.compile("\"((?:protocol|clinical)\\.[A-Za-z0-9_.-]+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d{1,2})}");

    @Test
    void everyProtocolMessageIsInEveryLanguage() {
        assertThat(MessageRenderer.untranslated("protocol")).isEmpty();
    }

    @Test
    void everyCodeTheProtocolRulesUseHasAText() throws IOException {
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
    @CsvSource({"4, WEEKS, 4 weeks, 4 周", "6, MONTHS, 6 months, 6 个月", "1, DAYS, 1 days, 1 天", "2, YEARS, 2 years, 2 年"
    })
    void aPeriodReadsAsTheProtocolWritesIt(int amount, TimeUnit unit, String english, String chinese) {
        Period period = new Period(amount, unit);
        assertThat(ENGLISH.render(period.message())).isEqualTo(english).isEqualTo(period.toString());
        assertThat(CHINESE.render(period.message())).isEqualTo(chinese);
    }

    @ParameterizedTest
    @CsvSource({"29, 30, days 29-30, 第 29-30 天", "8, 8, day 8, 第 8 天", "1, , from day 1, 自第 1 天起"})
    void aDayRangeReadsAsTheProtocolWritesIt(int from, Integer to, String english, String chinese) {
        DayRange range = new DayRange(from, to == null ? OptionalInt.empty() : OptionalInt.of(to));
        assertThat(ENGLISH.render(range.message())).isEqualTo(english).isEqualTo(range.toString());
        assertThat(CHINESE.render(range.message())).isEqualTo(chinese);
    }

    @ParameterizedTest
    @CsvSource({
        "3, 5, DAY, 3-5 mg/kg/day",
        "25, 25, DAY, 25 mg/kg/day",
        "2.50, 2.50, ADMINISTRATION, 2.50 mg/kg/administration"
    })
    void aDoseReadsAsTheProtocolWritesIt(String min, String max, DoseBasis basis, String english) {
        Dose dose = new Dose(new BigDecimal(min), new BigDecimal(max), DoseUnit.MG_PER_KG, basis);
        assertThat(ENGLISH.render(dose.message())).isEqualTo(english).isEqualTo(dose.toString());
        assertThat(CHINESE.render(dose.message())).endsWith(basis == DoseBasis.DAY ? "/天" : "/次");
    }

    private static Properties bundle(String suffix) {
        String path = "org/marrow/protocol/messages" + suffix + ".properties";
        try (InputStream in = ProtocolMessagesTest.class.getClassLoader().getResourceAsStream(path)) {
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
