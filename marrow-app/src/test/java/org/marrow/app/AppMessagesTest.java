package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marrow.clinical.message.MessageRenderer;

/** The application's own problem messages have an English and a Chinese text for every code. */
class AppMessagesTest {
    @Test
    void everyAppMessageIsTranslated() {
        assertThat(MessageRenderer.untranslated("app")).isEmpty();
    }
}
