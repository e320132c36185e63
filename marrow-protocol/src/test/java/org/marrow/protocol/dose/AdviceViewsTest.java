package org.marrow.protocol.dose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marrow.protocol.English.en;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.protocol.view.DoseAdviceView;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;

/** Dose advice as the API and {@code marrow advise --json} write it, in English and in Chinese. */
class AdviceViewsTest {
    private static final Protocol ROMIPLOSTIM = ProtocolRegistry.bundled().load("romiplostim-csa");
    private static final MessageRenderer CHINESE = MessageRenderer.of(Locale.SIMPLIFIED_CHINESE);

    /** Document 003: 10 ug/kg on days 1 and 8, no lineage response on day 15: +5 ug/kg. */
    private static DoseAdvice escalation() {
        Patient p = new Patient("romiplostim-csa").counts(1, "80", "0.8", "10");
        p.dose(1, Drug.ROMIPLOSTIM, "10", DoseUnit.UG_PER_KG).dose(8, Drug.ROMIPLOSTIM, "10", DoseUnit.UG_PER_KG);
        p.counts(15, "82", "0.9", "15");
        return DoseAdvisorTest.advice(ROMIPLOSTIM, p, 15, Drug.ROMIPLOSTIM);
    }

    @Test
    void anEscalationSaysWhyInTheReadersLanguage() {
        DoseAdvice a = escalation();
        assertThat(a.action()).isEqualTo(DoseAction.INCREASE);
        DoseAdviceView english = DoseAdviceView.of(a, MessageRenderer.english());
        assertThat(english.reason())
                .isEqualTo(en(a.reason()))
                .startsWith("on 10 ug/kg since 2024-01-01 (2 weeks or more) without response (lineage) at least PR")
                .endsWith(": +5 ug/kg to 15 ug/kg, at most 20 ug/kg");
        assertThat(english.reasonMessage().code()).isEqualTo("protocol.advice.escalate");
        DoseAdviceView chinese = DoseAdviceView.of(a, CHINESE);
        assertThat(chinese.reason())
                .startsWith("自 2024-01-01 起用 10 ug/kg（已满 2 周），未达疗效（lineage 标准）至少为部分缓解（PR）")
                .contains("增加 5 ug/kg 至 15 ug/kg，最大 20 ug/kg");
        assertThat(chinese.amount()).isEqualByComparingTo(english.amount());
    }

    @Test
    void measuringFirstListsWhatIsNeededInBothForms() {
        Patient p = new Patient("romiplostim-csa").counts(1, "80", "0.8", "10");
        p.dose(1, Drug.ROMIPLOSTIM, "10", DoseUnit.UG_PER_KG).dose(8, Drug.ROMIPLOSTIM, "10", DoseUnit.UG_PER_KG);
        DoseAdvice a = DoseAdvisorTest.advice(ROMIPLOSTIM, p, 15, Drug.ROMIPLOSTIM);
        assertThat(a.action()).isEqualTo(DoseAction.MEASURE);
        DoseAdviceView view = DoseAdviceView.of(a, CHINESE);
        assertThat(view.missing()).isNotEmpty().hasSameSizeAs(view.missingMessages());
        assertThat(view.missing()).allSatisfy(m -> assertThat(m).doesNotContain("{"));
        assertThat(view.reason()).contains("无法判定").contains("请先检测");
    }
}
