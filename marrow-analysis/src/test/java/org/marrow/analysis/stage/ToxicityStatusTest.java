package org.marrow.analysis.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.marrow.analysis.Synthetic.DAY1;
import static org.marrow.analysis.Synthetic.day;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.analysis.Synthetic;
import org.marrow.analysis.endpoint.AnalysisPlan;
import org.marrow.analysis.endpoint.EndpointDerivation;
import org.marrow.analysis.endpoint.Progress;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;
import org.marrow.study.EventType;
import org.marrow.study.StudyDataset;

/**
 * The toxicity stopping rules of a protocol on the data as they come: document 000's grade 3 infections
 * (25.6%, l.378) and febrile neutropenia after cyclophosphamide (7 of 43, l.389-391) in its example, with
 * the boundaries and characteristics checked against R (src/test/r/monitoring.R); and the denominator at
 * each of its conditions.
 */
class ToxicityStatusTest {
    static List<ToxicityStatus> ctxIst;

    @BeforeAll
    static void analyse() {
        Protocol p = ProtocolRegistry.bundled().load("ctx-ist");
        ctxIst = ToxicityStatus.of(derive(p, Synthetic.ctxIst(), null));
    }

    private static StudyEndpoints derive(Protocol p, StudyDataset data, LocalDate asOf) {
        return EndpointDerivation.derive(p, data, AnalysisPlan.of(p), asOf, Progress.NONE);
    }

    private static List<Integer> bound(String key) {
        return Arrays.stream(Fixture.text(key).split(";")).map(Integer::valueOf).toList();
    }

    @Test
    void gradeThreeInfectionsOfTheExampleAreTheDocumentsElevenOfFortyThree() {
        ToxicityStatus s = ctxIst.get(0);
        assertThat(s.rule().id()).isEqualTo("infection-grade3");
        assertThat(s.atRisk()).isEqualTo(43);
        assertThat(s.evaluable()).isEqualTo(43);
        assertThat(s.toxicities()).isEqualTo(11);
        assertThat(s.boundary().maxAcceptable()).isEqualTo(bound("infection.bound"));
        assertThat(s.posteriorExcess())
                .isCloseTo(Fixture.number("infection.posterior.11.43"), within(1e-9 * s.posteriorExcess()));
        assertThat(s.characteristics().get(0).probabilityCross())
                .isCloseTo(Fixture.number("infection.cross.0.25"), within(1e-9));
        assertThat(s.characteristics().get(1).probabilityCross())
                .isCloseTo(Fixture.number("infection.cross.0.4"), within(1e-9));
        assertThat(s.characteristics().get(1).expectedSampleSize())
                .isCloseTo(Fixture.number("infection.ess.0.4"), within(1e-9 * 35));
        assertThat(s.looks()).hasSize(4).allMatch(l -> l.decision() == LookDecision.GO);
        assertThat(s.looks().get(3).toxicities()).isEqualTo(11);
        assertThat(s.decision()).isEqualTo(LookDecision.GO);
        assertThat(MessageRenderer.english().render(s.counts()))
                .isEqualTo(
                        "grade >= 3 Infections and infestations, Febrile neutropenia, with onset on study days 1 to 90");
        assertThat(MessageRenderer.english().render(s.limit()))
                .isEqualTo("stop if Pr(rate > 0.4 | data) > 0.8 (Beta(1, 1) prior)");
        assertThat(MessageRenderer.english().render(s.summary(s.looks().get(3))))
                .isEqualTo("infection-grade3, look 4 of 4 at 43 evaluable patients: 11 of 43 with the toxicity <= 19:"
                        + " continue");
        assertThat(MessageRenderer.of(Locale.SIMPLIFIED_CHINESE)
                        .render(s.summary(s.looks().get(3))))
                .isEqualTo("infection-grade3，第 4 次（共 4 次）分析，43 例可评价患者：43 例中 11 例发生毒性 ≤ 19：继续");
    }

    @Test
    void febrileNeutropeniaAfterCyclophosphamideCountsThoseWhoReceivedIt() {
        ToxicityStatus s = ctxIst.get(1);
        // every treated patient of the example received cyclophosphamide (40 all four doses, l.241);
        // 7 had febrile neutropenia after it (l.389-391)
        assertThat(s.atRisk()).isEqualTo(43);
        assertThat(s.toxicities()).isEqualTo(7);
        assertThat(s.boundary().maxAcceptable()).isEqualTo(bound("fn.bound"));
        assertThat(s.characteristics().get(0).probabilityCross())
                .isCloseTo(Fixture.number("fn.cross.0.15"), within(1e-9));
        assertThat(s.characteristics().get(1).probabilityCross())
                .isCloseTo(Fixture.number("fn.cross.0.35"), within(1e-9));
        assertThat(s.posteriorExcess()).isNaN();
        assertThat(s.decision()).isEqualTo(LookDecision.GO);
        assertThat(MessageRenderer.english().render(s.counts()))
                .isEqualTo("grade >= 3 Febrile neutropenia, with onset on days 1 to 30 after the first dose of"
                        + " cyclophosphamide");
        assertThat(MessageRenderer.of(Locale.SIMPLIFIED_CHINESE).render(s.counts()))
                .isEqualTo("3 级及以上 Febrile neutropenia，发生于环磷酰胺首次给药后第 1 至 30 天");
        assertThat(MessageRenderer.english().render(s.limit()))
                .isEqualTo(
                        "Pocock-type boundary (clinfun toxbdry, shape 0): acceptable rate 0.15 (stop with probability"
                                + " at most 0.1), unacceptable rate 0.35 (stop with probability about 0.9)");
    }

    private static final String RULE =
            """
              toxicity_stopping:
                - id: fn
                  events: {terms: [Febrile neutropenia], grade_at_least: 3}
                  window: {from: 1, to: 30, after_first_dose_of: cyclophosphamide}
                  looks: [3, 6]
                  bayesian: {limit: 0.3, cutoff: 0.8}
            """;

    private static Protocol withRule(String rule) {
        String text = Protocols.bundledText("ctx-ist-1.0.yaml");
        return ProtocolRegistry.parse(
                "ctx-ist-rule.yaml", text.substring(0, text.indexOf("  toxicity_stopping:")) + rule);
    }

    @Test
    void theDenominatorCountsAnEventAtOnceAndAPatientFollowedThroughTheWindow() {
        // CTX on day 29: the window is days 29 to 58
        Synthetic s = new Synthetic();
        LocalDate d1 = DAY1;
        s.treated("EVENT", "ctx-ist", d1).dose("EVENT", day(d1, 29), Drug.CYCLOPHOSPHAMIDE, "1000", DoseUnit.MG);
        s.adverseEvent("EVENT", "Febrile neutropenia", 3, day(d1, 35), day(d1, 40), true);
        s.treated("FOLLOWED", "ctx-ist", d1).dose("FOLLOWED", day(d1, 29), Drug.CYCLOPHOSPHAMIDE, "1000", DoseUnit.MG);
        s.none("FOLLOWED", day(d1, 60));
        s.treated("LEFT", "ctx-ist", d1).dose("LEFT", day(d1, 29), Drug.CYCLOPHOSPHAMIDE, "1000", DoseUnit.MG);
        s.event("LEFT", day(d1, 40), EventType.LOST_TO_FOLLOW_UP);
        s.treated("NO-CTX", "ctx-ist", d1).none("NO-CTX", day(d1, 92));
        s.treated("OPEN", "ctx-ist", d1.plusDays(20))
                .dose("OPEN", day(d1.plusDays(20), 29), Drug.CYCLOPHOSPHAMIDE, "1000", DoseUnit.MG);
        // grade 2 and another term do not count; an event before the first dose is outside the window
        s.adverseEvent("FOLLOWED", "Febrile neutropenia", 4, day(d1, 20), day(d1, 22), true);
        s.adverseEvent("FOLLOWED", "Lung infection", 3, day(d1, 40), day(d1, 45), false);
        LocalDate asOf = day(d1, 70);
        ToxicityStatus t =
                ToxicityStatus.of(derive(withRule(RULE), s.build(), asOf)).get(0);
        assertThat(t.atRisk()).isEqualTo(4);
        assertThat(t.evaluable()).isEqualTo(2);
        assertThat(t.toxicities()).isEqualTo(1);
        assertThat(t.notEvaluable()).isEqualTo(1);
        ToxicityLookStatus first = t.looks().get(0);
        assertThat(first.evaluable()).isEqualTo(2);
        assertThat(first.decision()).isEqualTo(LookDecision.PENDING);
        assertThat(MessageRenderer.english().render(first.rule()))
                .isEqualTo("1 with the toxicity among 2 evaluable so far; stop if more than " + first.maxAcceptable()
                        + " of 3: pending");
    }

    @Test
    void toxicitiesSeenBeforeTheLookIsCompleteStopTheTrial() {
        Synthetic s = new Synthetic();
        for (int i = 0; i < 3; i++) {
            String id = "S" + i;
            LocalDate d1 = DAY1.plusDays(i);
            s.treated(id, "ctx-ist", d1).dose(id, day(d1, 29), Drug.CYCLOPHOSPHAMIDE, "1000", DoseUnit.MG);
            s.adverseEvent(id, "Febrile neutropenia", 3, day(d1, 31), day(d1, 36), true);
        }
        ToxicityStatus t = ToxicityStatus.of(derive(withRule(RULE.replace("[3, 6]", "[5, 10]")), s.build(), null))
                .get(0);
        ToxicityLookStatus first = t.looks().get(0);
        // Beta(1, 1): 3 of 5 gives Pr(rate > 0.3) = 0.89 > 0.8, so the boundary at 5 accepts at most 2
        assertThat(first.maxAcceptable()).isEqualTo(2);
        assertThat(first.decision()).isEqualTo(LookDecision.STOP_FOR_TOXICITY);
        assertThat(t.looks()).hasSize(1);
        assertThat(MessageRenderer.english().render(first.rule()))
                .isEqualTo("3 with the toxicity among the first 3 evaluable, more than 2 of 5: stop for toxicity");
    }

    @ParameterizedTest(name = "n 10, bound 3: {1} of {0} evaluable -> {2}")
    @CsvSource({"10, 3, GO", "10, 4, STOP_FOR_TOXICITY", "10, 2, GO", "6, 4, STOP_FOR_TOXICITY", "6, 3, PENDING"})
    void aLookStopsAboveItsBound(int evaluable, int toxicities, LookDecision expected) {
        assertThat(ToxicityLookStatus.decide(10, 3, evaluable, toxicities)).isEqualTo(expected);
    }

    @Test
    void aBoundaryThatStopsWithNoToxicityIsRefusedNamingTheRule() {
        Protocol p = withRule(RULE.replace("{limit: 0.3, cutoff: 0.8}", "{limit: 0.05, cutoff: 0.2}"));
        assertThatThrownBy(() -> ToxicityStatus.of(derive(p, Synthetic.ctxIst(), null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "design.toxicity_stopping 'fn': no boundary can be drawn: With the prior Beta(");
        // at most 1 - 0.9^6 = 0.47 of trials cross at 0.1 with 6 patients: cp0 0.95 cannot be met
        Protocol tooSmall = withRule(RULE.replace(
                "bayesian: {limit: 0.3, cutoff: 0.8}", "sequential: {p_lo: 0.1, p_hi: 0.2, cp0: 0.95, cp1: 0.99}"));
        assertThatThrownBy(() -> ToxicityStatus.of(derive(tooSmall, Synthetic.ctxIst(), null)))
                .hasMessageContaining("design.toxicity_stopping 'fn': no boundary can be drawn");
    }

    @Test
    void inconsistentStatusesAreRefused() {
        ToxicityStatus s = ctxIst.get(0);
        assertThatThrownBy(() -> new ToxicityLookStatus(1, 10, 3, 5, 6, LookDecision.GO))
                .hasMessageContaining("toxicities (6)");
        assertThatThrownBy(() -> new ToxicityLookStatus(1, 10, 3, 5, 1, LookDecision.STOP_FOR_FUTILITY))
                .hasMessageContaining("stops for toxicity");
        assertThatThrownBy(() -> new ToxicityStatus(
                        s.rule(), s.boundary(), s.characteristics(), 1, 1, 0, 0, 0.1, List.of(), LookDecision.GO))
                .hasMessageContaining("at least one look");
        assertThatThrownBy(() -> s.summary(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ToxicityStatus.of(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
