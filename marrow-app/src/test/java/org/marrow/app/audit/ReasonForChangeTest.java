package org.marrow.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marrow.app.web.BadValueException;

/** One rule for a reason for change: trimmed of Unicode white space and format characters, 3 to 1000 visible. */
class ReasonForChangeTest {
    @Test
    void threeVisibleCharactersAreEnoughAndTwoAreNot() {
        assertThat(ReasonForChange.require("reason", "fix")).isEqualTo("fix");
        assertThatThrownBy(() -> ReasonForChange.require("reason", "ok"))
                .isInstanceOf(BadValueException.class)
                .extracting(e -> ((BadValueException) e).field())
                .isEqualTo("reason");
        assertThat(ReasonForChange.require("reason", "typo")).isEqualTo("typo");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u200B\u200B\u200B\u200B",
                "\u00A0\u00A0\u00A0\u00A0",
                "   ",
                "\uFEFF\u2060\u200B",
                "\u3000\u3000\u3000",
                ""
            })
    void aReasonOfOnlyWhiteSpaceOrFormatCharactersIsRefused(String reason) {
        assertThatThrownBy(() -> ReasonForChange.require("reason", reason)).isInstanceOf(BadValueException.class);
    }

    @Test
    void whiteSpaceAndFormatCharactersAreTrimmedAtBothEnds() {
        assertThat(ReasonForChange.require("reason", "\u00A0\u200B source checked \uFEFF\u3000"))
                .isEqualTo("source checked");
        assertThatThrownBy(() -> ReasonForChange.require("reason", "\u200Bab\u200B"))
                .isInstanceOf(BadValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad\u0000reason", "bad\nreason", "tab\there", "\u0007bell", "del\u007F", "c1\u0085x"})
    void controlCharactersAreRefused(String reason) {
        assertThatThrownBy(() -> ReasonForChange.require("reason", reason))
                .isInstanceOf(BadValueException.class)
                .hasMessageContaining("control character");
    }

    @Test
    void anUnpairedSurrogateIsRefusedAndAPairIsKept() {
        assertThatThrownBy(() -> ReasonForChange.require("reason", "abc\uD800")).isInstanceOf(BadValueException.class);
        assertThat(ReasonForChange.require("reason", "\uD83D\uDE00 ok")).isEqualTo("\uD83D\uDE00 ok");
    }

    @Test
    void atMostOneThousandCharacters() {
        assertThat(ReasonForChange.require("reason", "x".repeat(1000))).hasSize(1000);
        assertThatThrownBy(() -> ReasonForChange.require("reason", "x".repeat(1001)))
                .isInstanceOf(BadValueException.class);
    }

    @Test
    void anOptionalReasonMayBeAbsentOrBlankButNotTooShort() {
        assertThat(ReasonForChange.optional("reason", null)).isNull();
        assertThat(ReasonForChange.optional("reason", " \u200B ")).isNull();
        assertThat(ReasonForChange.optional("reason", " import ")).isEqualTo("import");
        assertThatThrownBy(() -> ReasonForChange.optional("reason", "x")).isInstanceOf(BadValueException.class);
        assertThatThrownBy(() -> ReasonForChange.require("reason", null)).isInstanceOf(BadValueException.class);
    }
}
