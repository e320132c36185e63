package org.marrow.app.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * How request bodies are read, the same for every endpoint: numbers as exact decimals with their digits as
 * written ({@code 9.50} stays {@code 9.50}), as the data set format keeps them; and nothing lost or guessed: an
 * unknown field is refused (a misspelt {@code withdrawnOn} must not be ignored), a fraction is not truncated to
 * a whole number ({@code site_id: 1.5}), a number is not an enum constant's index, a null is not a zero, trailing text after the object is refused, and
 * text holding a control character (other than tab and line breaks) or an unpaired surrogate is refused: PostgreSQL
 * cannot store U+0000, and the others are never typed by a person.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfig {
    @Bean
    JsonMapperBuilderCustomizer strictRequests() {
        SimpleModule text = new SimpleModule("marrow-text");
        text.addDeserializer(String.class, new CleanText());
        return builder -> builder.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(tools.jackson.databind.cfg.EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .addModule(text);
    }

    /**
     * The position of the first character a person does not type in text: a control character other than tab,
     * line feed and carriage return, or an unpaired surrogate.
     *
     * @param text the text
     * @return the index, or -1 if the text is clean
     */
    static int unclean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return i;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Strings as Jackson reads them, refused if not clean. */
    static final class CleanText extends ValueDeserializer<String> {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String s = StringDeserializer.instance.deserialize(p, ctxt);
            if (s != null && unclean(s) >= 0) {
                throw InvalidFormatException.from(p, "control character in text", s, String.class);
            }
            return s;
        }
    }
}
