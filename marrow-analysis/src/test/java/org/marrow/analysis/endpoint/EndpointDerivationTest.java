package org.marrow.analysis.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marrow.analysis.Synthetic.DAY1;
import static org.marrow.analysis.Synthetic.day;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marrow.analysis.Synthetic;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;
import org.marrow.study.EventType;
import org.marrow.study.StudyDataset;

/**
 * The window rule, the exits and the per-protocol rule on small data sets under the ctx-ist protocol
 * (month 3: window days 78 to 106, target day 92; month 6: days 169 to 197, target 183), with each
 * reason as the user reads it in English and Chinese.
 */
class EndpointDerivationTest {
    private static final Protocol CTX = ProtocolRegistry.bundled().load("ctx-ist");
    private static final MessageRenderer EN = MessageRenderer.english();
    private static final MessageRenderer ZH = MessageRenderer.of(Locale.SIMPLIFIED_CHINESE);

    private static StudyEndpoints derive(Protocol protocol, StudyDataset data, LocalDate asOf) {
        return EndpointDerivation.derive(protocol, data, AnalysisPlan.of(protocol), asOf, Progress.NONE);
    }

    private static SubjectEndpoints subject(StudyEndpoints e, String id) {
        return e.subjects().stream()
                .filter(s -> s.subjectId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theAssessmentClosestToTheTargetDayWinsAndATieGoesToTheLaterDate() {
        StudyDataset data = new Synthetic()
                .treated("A", "ctx-ist", DAY1)
                .none("A", day(DAY1, 80))
                .complete("A", day(DAY1, 88))
                .none("A", day(DAY1, 96))
                .build();
        TimepointResponse m3 =
                subject(derive(CTX, data, null), "A").at("month-3").orElseThrow();
        // Days 88 and 96 are both 4 days from the target 92: the later one, NR.
        assertThat(m3.category()).contains(ResponseCategory.NR);
        assertThat(m3.studyDay()).isEqualTo(96);
        assertThat(m3.state()).isEqualTo(TimepointState.NR);
        assertThat(EN.render(m3.reason()))
                .isEqualTo(
                        "NR on 2024-04-14 (day 96; window days 78 to 106, target day 92; the closest assessable date)");
        assertThat(ZH.render(m3.reason())).contains("2024-04-14 评估为 无效（NR）", "访视窗第 78 至 106 天");
    }

    @Test
    void countsOutsideTheWindowLeaveTheTimepointNotAssessable() {
        StudyDataset data = new Synthetic()
                .treated("A", "ctx-ist", DAY1)
                .complete("A", day(DAY1, 77))
                .complete("A", day(DAY1, 107))
                .build();
        TimepointResponse m3 =
                subject(derive(CTX, data, null), "A").at("month-3").orElseThrow();
        assertThat(m3.status()).isEqualTo(TimepointStatus.NOT_ASSESSABLE);
        assertThat(m3.state()).isEqualTo(TimepointState.NOT_ASSESSED);
        assertThat(m3.exit()).isEmpty();
        assertThat(EN.render(m3.reason()))
                .isEqualTo("not assessable: no assessable blood counts in the window days 78 to 106, target day 92");
        assertThat(ZH.render(m3.reason())).startsWith("不可评估：");
    }

    @Test
    void aDeathAndATransplantOnTheSameDayEndFollowUpAsDeath() {
        StudyDataset data = new Synthetic()
                .treated("A", "ctx-ist", DAY1)
                .complete("A", day(DAY1, 40))
                .event("A", day(DAY1, 50), EventType.HSCT)
                .event("A", day(DAY1, 50), EventType.DEATH)
                .event("A", day(DAY1, 45), EventType.RELAPSE)
                .complete("A", day(DAY1, 90))
                .build();
        SubjectEndpoints a = subject(derive(CTX, data, null), "A");
        assertThat(a.exit()).contains(ExitReason.DEATH);
        assertThat(a.exitDay()).hasValue(50);
        assertThat(a.followUpDay()).isEqualTo(50);
        assertThat(a.day(EventType.RELAPSE)).hasValue(45);
        TimepointResponse m3 = a.at("month-3").orElseThrow();
        // The counts of day 90 are after death: not used.
        assertThat(m3.state()).isEqualTo(TimepointState.DEATH);
        assertThat(m3.exit()).contains(ExitReason.DEATH);
        assertThat(EN.render(m3.reason()))
                .isEqualTo(
                        "not assessable: DEATH on day 50, before the end of the window days 78 to 106, target day 92");
        assertThat(ZH.render(m3.reason())).isEqualTo("不可评估：研究第 50 天死亡，早于访视窗第 78 至 106 天（目标日第 92 天）结束");
        assertThat(a.firstResponseDay()).hasValue(40);
        assertThat(a.firstCrDay()).hasValue(40);
    }

    @Test
    void anExitAfterTheWindowDoesNotMakeTheTimepointNotAssessable() {
        StudyDataset data = new Synthetic()
                .treated("A", "ctx-ist", DAY1)
                .complete("A", day(DAY1, 92))
                .event("A", day(DAY1, 120), EventType.LOST_TO_FOLLOW_UP)
                .build();
        SubjectEndpoints a = subject(derive(CTX, data, null), "A");
        assertThat(a.at("month-3").orElseThrow().state()).isEqualTo(TimepointState.CR);
        assertThat(a.at("month-6").orElseThrow().state()).isEqualTo(TimepointState.LOST);
        assertThat(a.exit()).contains(ExitReason.LOST_TO_FOLLOW_UP);
    }

    @Test
    void aWindowStillOpenAtTheCutOffIsNotYetDue() {
        StudyDataset data = new Synthetic()
                .treated("A", "ctx-ist", DAY1)
                .complete("A", day(DAY1, 90))
                .build();
        LocalDate asOf = day(DAY1, 100);
        StudyEndpoints e = derive(CTX, data, asOf);
        TimepointResponse m3 = subject(e, "A").at("month-3").orElseThrow();
        assertThat(m3.status()).isEqualTo(TimepointStatus.NOT_YET_DUE);
        assertThat(m3.state()).isEqualTo(TimepointState.NOT_YET_DUE);
        assertThat(EN.render(m3.reason()))
                .isEqualTo("not yet assessable: the window days 78 to 106, target day 92 ends on 2024-04-24, after the"
                        + " cut-off 2024-04-18");
        // Still in the protocol's follow-up at the cut-off: censored there.
        assertThat(subject(e, "A").followUpDay()).isEqualTo(100);
        ResponseAtTimepoint rates = e.responseRates(Population.ITT).get(0);
        assertThat(rates.n()).isZero();
        assertThat(rates.notYetDue()).isEqualTo(1);
        assertThat(rates.categories().notYetDue()).isEqualTo(1);
    }

    @Test
    void everyScheduledDayOfTheFixedCoursesMakesASubjectPerProtocol() {
        Synthetic s = new Synthetic().treated("A", "ctx-ist", DAY1).treated("B", "ctx-ist", DAY1);
        for (int d = 1; d <= 5; d++) {
            s.dose("A", day(DAY1, d), Drug.P_ATG, "25", DoseUnit.MG_PER_KG);
            if (d != 3 && d != 4) {
                s.dose("B", day(DAY1, d), Drug.P_ATG, "25", DoseUnit.MG_PER_KG);
            }
        }
        for (int d : new int[] {29, 30, 43, 44}) {
            s.dose("A", day(DAY1, d), Drug.CYCLOPHOSPHAMIDE, "20", DoseUnit.MG_PER_KG);
        }
        s.complete("A", day(DAY1, 200)).complete("B", day(DAY1, 200));
        StudyEndpoints e = derive(CTX, s.build(), null);
        SubjectEndpoints a = subject(e, "A");
        SubjectEndpoints b = subject(e, "B");
        assertThat(a.perProtocol()).isTrue();
        assertThat(EN.render(a.perProtocolReason()))
                .isEqualTo(
                        "received every scheduled day of p-atg [days 1-5], cyclophosphamide [days 29-30, days 43-44]");
        assertThat(ZH.render(a.perProtocolReason()))
                .isEqualTo("已完成 p-atg [第 1-5 天]、cyclophosphamide [第 29-30 天、第 43-44 天] 的全部计划给药日");
        assertThat(b.perProtocol()).isFalse();
        assertThat(EN.render(b.perProtocolReason()))
                .isEqualTo("missed p-atg on day(s) [3, 4]; cyclophosphamide on day(s) [29, 30, 43, 44]");
        assertThat(ZH.render(b.perProtocolReason())).startsWith("漏用 p-atg（漏用日：[3、4]）；cyclophosphamide");
        assertThat(e.population(Population.PER_PROTOCOL)).containsExactly(a);
    }

    @Test
    void anArmThatIsNotTheProtocolsKeepsASubjectOutOfPerProtocol() {
        Protocol sirolimus = ProtocolRegistry.bundled().load("sirolimus-csa");
        StudyDataset data = new Synthetic()
                .treated("A", "tacrolimus", DAY1)
                .treated("B", "sirolimus", DAY1)
                .build();
        StudyEndpoints e = derive(sirolimus, data, null);
        assertThat(subject(e, "A").perProtocol()).isFalse();
        assertThat(EN.render(subject(e, "A").perProtocolReason()))
                .isEqualTo("arm 'tacrolimus' is not an arm of protocol sirolimus-csa");
        assertThat(ZH.render(subject(e, "A").perProtocolReason())).isEqualTo("组别“tacrolimus”不是方案 sirolimus-csa 的治疗组");
        // The sirolimus arm has no fixed-course regimen: nothing to miss.
        assertThat(subject(e, "B").perProtocol()).isTrue();
        assertThat(EN.render(subject(e, "B").perProtocolReason())).isEqualTo("no fixed-course regimen to check");
    }

    @Test
    void regimenDayRangesAreNamedAsTheReportWritesThem() {
        assertThat(EN.render(EndpointDerivation.days(
                        new org.marrow.protocol.model.DayRange(29, java.util.OptionalInt.of(29)))))
                .isEqualTo("day 29");
        assertThat(EN.render(EndpointDerivation.days(
                        new org.marrow.protocol.model.DayRange(1, java.util.OptionalInt.empty()))))
                .isEqualTo("from day 1");
        assertThat(ZH.render(EndpointDerivation.days(
                        new org.marrow.protocol.model.DayRange(1, java.util.OptionalInt.empty()))))
                .isEqualTo("自第 1 天起");
    }

    @Test
    void untreatedCandidatesAreNotInTheIttPopulation() {
        StudyDataset data =
                new Synthetic().treated("A", "ctx-ist", DAY1).screened("S").build();
        StudyEndpoints e = derive(CTX, data, null);
        assertThat(e.subjects()).extracting(SubjectEndpoints::subjectId).containsExactly("A");
        assertThat(e.asOf()).isEmpty();
        assertThat(e.studyDay("A", DAY1)).isEqualTo(1);
        assertThatThrownBy(() -> e.studyDay("S", DAY1)).hasMessageContaining("'S'");
        assertThatThrownBy(() -> e.labs("S")).hasMessageContaining("'S'");
        assertThatThrownBy(() -> e.course("S")).hasMessageContaining("'S'");
        assertThatThrownBy(() -> e.population(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudyEndpoints.state(subject(e, "A"), "week-99"))
                .hasMessageContaining("week-99");
    }

    @Test
    void derivationRefusesMissingArguments() {
        StudyDataset data = new Synthetic().build();
        assertThatThrownBy(() -> EndpointDerivation.derive(null, data, AnalysisPlan.of(CTX), null, Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EndpointDerivation.derive(CTX, data, AnalysisPlan.of(CTX), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(derive(CTX, data, null).subjects()).isEmpty();
        assertThat(derive(CTX, data, null).timeToEvent()).isEmpty();
        assertThat(derive(CTX, data, null).kaplanMeier(TimeToEventEndpoint.TIME_TO_CR))
                .isEmpty();
        assertThat(Optional.of(derive(CTX, data, null).eventCounts().get(EventType.DEATH)))
                .contains(0);
    }
}
