package org.marrow.protocol.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marrow.protocol.English.en;
import static org.marrow.protocol.schedule.TreatmentScheduleTest.of;
import static org.marrow.protocol.schedule.TreatmentScheduleTest.schedule;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.protocol.view.DoseView;
import org.marrow.study.Drug;

/** A scheduled dose and the schedule's notes in the reader's language. */
class ScheduleViewsTest {
    private static final MessageRenderer CHINESE = MessageRenderer.of(Locale.SIMPLIFIED_CHINESE);

    @Test
    void aDoseSaysHowItsAmountWasObtained() {
        ScheduledDose atg = of(schedule("ctx-ist", "ctx-ist"), Drug.P_ATG).get(0);
        DoseView english = DoseView.of(atg, MessageRenderer.english());
        // Document 000 l.155-156: p-ATG 25 mg/kg/day x 68.5 kg.
        assertThat(english.note()).isEqualTo("25 mg/kg/day x 68.5 kg");
        assertThat(english.noteMessage().code()).isEqualTo("protocol.schedule.perKg");
        assertThat(DoseView.of(atg, CHINESE).note()).isEqualTo("25 mg/kg/天 × 68.5 kg");
    }

    @Test
    void csaIsSplitRoundedAndOpenEnded() {
        SubjectSchedule ctx = schedule("ctx-ist", "ctx-ist");
        ScheduledDose csa = of(ctx, Drug.CSA).get(0);
        assertThat(en(csa.note()))
                .isEqualTo("3-5 mg/kg/day x 68.5 kg, split into 2 administrations, rounded to the nearest 25 mg");
        assertThat(CHINESE.render(csa.note())).isEqualTo("3-5 mg/kg/天 × 68.5 kg，分 2 次给药，四舍五入至 25 mg");
        assertThat(en(ctx.notes())).anyMatch(n -> n.startsWith("csa is open-ended ([from day 1]); listed to day "));
        assertThat(ctx.notes().stream().map(CHINESE::render)).anyMatch(n -> n.startsWith("csa 为持续给药（[自第 1 天起]）"));
    }
}
