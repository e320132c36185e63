package org.marrow.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.marrow.analysis.endpoint.AnalysisPlan;
import org.marrow.analysis.endpoint.EndpointDerivation;
import org.marrow.analysis.endpoint.ExitReason;
import org.marrow.analysis.endpoint.Progress;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.analysis.endpoint.SubjectEndpoints;
import org.marrow.analysis.endpoint.TimepointResponse;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;

/** Every message of marrow-analysis is written in English and in Simplified Chinese. */
class MessagesTest {

    @Test
    void everyAnalysisMessageIsInEveryLanguage() {
        assertThat(MessageRenderer.untranslated("analysis")).isEmpty();
    }

    @Test
    void everyReasonOfTheExampleReadsInChineseWithoutAnEnglishWord() {
        Protocol p = ProtocolRegistry.bundled().load("ctx-ist");
        StudyEndpoints e = EndpointDerivation.derive(p, Synthetic.ctxIst(), AnalysisPlan.of(p), null, Progress.NONE);
        MessageRenderer zh = MessageRenderer.of(Locale.SIMPLIFIED_CHINESE);
        for (SubjectEndpoints s : e.subjects()) {
            for (TimepointResponse t : s.timepoints()) {
                assertThat(zh.render(t.reason())).doesNotContain("window", "assessable", "day ");
            }
            assertThat(zh.render(s.perProtocolReason())).doesNotContain("missed", "received", "day(s)");
        }
        for (ExitReason r : ExitReason.values()) {
            assertThat(zh.value(r)).doesNotMatch(".*[A-Za-z].*");
        }
    }
}
