package org.marrow.clinical.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class MessageRendererTest {

    @Test
    void everyClinicalMessageIsInEveryLanguage() {
        assertThat(MessageRenderer.untranslated("clinical")).isEmpty();
    }

    @Test
    void argumentsAreRenderedByTypeAndListsUseTheLanguagesSeparator() {
        Message list = Message.of("rendertest.list", List.of(new BigDecimal("1.50"), LocalDate.of(2024, 3, 1)));
        // The test bundle (src/test/resources) has rendertest.list={0}.
        assertThat(MessageRenderer.english().render(list)).isEqualTo("1.5, 2024-03-01");
        assertThat(MessageRenderer.of(Locale.CHINA).render(list)).isEqualTo("1.5、2024-03-01");
    }

    @Test
    void anApostropheIsNotSpecialAndAnUnknownPlaceholderStays() {
        assertThat(MessageRenderer.english().render(Message.of("rendertest.apostrophe", "x")))
                .isEqualTo("the subject's x {9}");
    }

    @Test
    void aMissingCodeFailsLoudly() {
        assertThatThrownBy(() -> MessageRenderer.english().render(Message.of("clinical.no.such.code")))
                .isInstanceOf(MissingResourceException.class)
                .hasMessageContaining("clinical.no.such.code");
    }

    @Test
    void anyChineseLocaleRendersSimplifiedChineseAndOthersEnglish() {
        assertThat(MessageRenderer.of(Locale.TRADITIONAL_CHINESE).locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(MessageRenderer.of(Locale.GERMAN).locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aMalformedCodeIsRefused() {
        assertThatThrownBy(() -> Message.of("nodot")).hasMessageContaining("'nodot'");
        assertThatThrownBy(() -> Message.of("Clinical.x")).hasMessageContaining("'Clinical.x'");
    }
}
