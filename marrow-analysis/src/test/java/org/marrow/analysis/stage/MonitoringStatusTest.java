package org.marrow.analysis.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marrow.analysis.Synthetic.DAY1;
import static org.marrow.analysis.Synthetic.day;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marrow.analysis.Synthetic;
import org.marrow.analysis.endpoint.AnalysisPlan;
import org.marrow.analysis.endpoint.EndpointDerivation;
import org.marrow.analysis.endpoint.Progress;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.analysis.endpoint.SubjectEndpoints;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.stats.design.Bop2;
import org.marrow.stats.design.Bop2Design;
import org.marrow.stats.design.PredictiveDesign;
import org.marrow.stats.design.PredictiveProbability;
import org.marrow.study.StudyDataset;

/**
 * Bayesian monitoring declared in the protocol, evaluated on the data like the Simon gate: the first n
 * treated in order of first dose at each look, their month-3 responses (and toxicities), against the
 * boundaries marrow-stats draws for the declaration.
 */
class MonitoringStatusTest {
    static StudyDataset example;

    static final String BOP2 =
            """
              monitoring:
                bop2: {p0: 0.45, p1: 0.65, looks: [11, 22, 33, 43], lambda: 0.93, gamma: 0.5}
            """;

    @BeforeAll
    static void read() {
        example = Synthetic.ctxIst();
    }

    private static StudyEndpoints derive(Protocol p, StudyDataset data, LocalDate asOf) {
        return EndpointDerivation.derive(p, data, AnalysisPlan.of(p), asOf, Progress.NONE);
    }

    private static MonitoringStatus status(Protocol p, StudyDataset data, LocalDate asOf) {
        return MonitoringStatus.of(derive(p, data, asOf)).orElseThrow();
    }

    /** Month-3 responders among the first n by first dose, counted here from the subjects' endpoints. */
    private static int responders(StudyEndpoints e, int n) {
        List<SubjectEndpoints> s = new ArrayList<>(e.subjects());
        s.sort(Comparator.comparing(SubjectEndpoints::firstDose).thenComparing(SubjectEndpoints::subjectId));
        return (int) s.subList(0, n).stream()
                .filter(x -> x.at("month-3")
                        .orElseThrow()
                        .category()
                        .map(c -> c.isResponse())
                        .orElse(false))
                .count();
    }

    @Test
    void bop2OnTheExampleGoesThroughEveryLookAgainstTheBoundariesOfMarrowStats() {
        Protocol p = Protocols.ctxIstWith(BOP2);
        StudyEndpoints e = derive(p, example, null);
        MonitoringStatus s = MonitoringStatus.of(e).orElseThrow();
        Bop2Design d = Bop2.withDefaults().efficacy(0.45, 0.65, new int[] {11, 22, 33, 43}, 0.93, 0.5);
        assertThat(s.design().looks())
                .extracting(BoundaryLook::futility)
                .containsExactlyElementsOf(
                        d.looks().stream().map(l -> l.futility()).toList());
        assertThat(s.design().typeIError()).isEqualTo(d.typeIError());
        assertThat(s.looks()).hasSize(4);
        for (MonitoringLookStatus l : s.looks()) {
            assertThat(l.evaluated()).isEqualTo(l.n());
            assertThat(l.responses()).isEqualTo(responders(e, l.n()));
            assertThat(l.decision())
                    .isEqualTo(l.responses() > l.futility() ? LookDecision.GO : LookDecision.STOP_FOR_FUTILITY);
            assertThat(l.toxicities()).isEmpty();
        }
        // 28 of 43 respond at month 3 (document 000 l.327-330): above the last bound, promising
        MonitoringLookStatus last = s.looks().get(3);
        assertThat(last.responses()).isEqualTo(28);
        assertThat(last.last()).isTrue();
        assertThat(s.decision()).isEqualTo(LookDecision.GO);
        assertThat(MessageRenderer.english().render(s.summary(last)))
                .isEqualTo("BOP2 look 4 of 4, the first 43 evaluable patients at M3: 28 responses of 43 evaluated > "
                        + last.futility() + ": promising");
        assertThat(MessageRenderer.of(Locale.SIMPLIFIED_CHINESE).render(s.summary(last)))
                .isEqualTo("BOP2 第 4 次（共 4 次）期中分析，前 43 例可评价患者（M3）：已评价 43 例中 28 例有效 > " + last.futility() + "：有前景");
    }

    @Test
    void tunedLambdaAndGammaAreMarrowStatsOnesAndKeptForTheDeclaration() {
        Protocol p = Protocols.ctxIstWith(
                """
                  monitoring:
                    bop2: {p0: 0.45, p1: 0.65, looks: [11, 22, 33, 43], alpha: 0.05}
                """);
        MonitoringDesign d =
                MonitoringDesign.of(p.design().monitoring().efficacy().orElseThrow());
        Bop2Design tuned = Bop2.withDefaults()
                .efficacy(0.45, 0.65, new int[] {11, 22, 33, 43}, 0.05)
                .orElseThrow();
        assertThat(d.lambda()).isEqualTo(tuned.lambda());
        assertThat(d.gamma()).isEqualTo(tuned.gamma());
        assertThat(d.typeIError()).isLessThanOrEqualTo(0.05);
        assertThat(d.scenarios()).extracting(DesignScenario::scenario).containsExactly("null", "alternative");
        assertThat(MonitoringDesign.of(p.design().monitoring().efficacy().orElseThrow()))
                .isSameAs(d);
        assertThat(d.maxSampleSize()).isEqualTo(43);
    }

    @Test
    void aBop2DesignThatCannotMeetAlphaIsRefusedNamingTheKey() {
        Protocol p = Protocols.ctxIstWith(
                """
                  monitoring:
                    bop2: {p0: 0.45, p1: 0.5, looks: [5], alpha: 0.0001, prior: {a: 1, b: 1}}
                """);
        assertThatThrownBy(() -> status(p, example, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("design.monitoring.bop2: no lambda in 0.50..0.99 and gamma in 0..3 gives a type I error"
                        + " <= 0.0001 with the looks [5]; raise alpha or state lambda and gamma");
    }

    @Test
    void tooFewResponsesStopForFutilityAtTheFirstLook() {
        Synthetic s = new Synthetic();
        for (int i = 0; i < 11; i++) {
            LocalDate d1 = DAY1.plusDays(i);
            s.treated("N" + i, "ctx-ist", d1).none("N" + i, day(d1, 92));
        }
        MonitoringStatus m = status(Protocols.ctxIstWith(BOP2), s.build(), null);
        assertThat(m.looks()).hasSize(1);
        assertThat(m.decision()).isEqualTo(LookDecision.STOP_FOR_FUTILITY);
        assertThat(MessageRenderer.english().render(m.looks().get(0).rule()))
                .isEqualTo("0 responses of 11 evaluated, at most 0 possible <= "
                        + m.looks().get(0).futility() + ": stop for futility");
    }

    @Test
    void aLookWithWindowsStillOpenIsPendingUnlessItsOutcomeIsCertain() {
        // 11 treated 10 days apart, all responding; at day 100 of the sixth, five are evaluated
        Synthetic s = new Synthetic();
        for (int i = 0; i < 11; i++) {
            LocalDate d1 = DAY1.plusDays(10L * i);
            s.treated("R" + i, "ctx-ist", d1).complete("R" + i, day(d1, 92));
        }
        LocalDate asOf = day(DAY1.plusDays(50), 100);
        MonitoringStatus m = status(Protocols.ctxIstWith(BOP2), s.build(), asOf);
        MonitoringLookStatus first = m.looks().get(0);
        assertThat(first.evaluated()).isLessThan(11);
        assertThat(first.responses()).isEqualTo(first.evaluated());
        // the first look's futility bound is met or exceeded by the responses so far only when they exceed it
        assertThat(first.decision())
                .isEqualTo(first.responses() > first.futility() ? LookDecision.GO : LookDecision.PENDING);
    }

    @Test
    void bop2WithToxicityStopsWhenTooManyHaveTheEvent() {
        Protocol p = Protocols.ctxIstWith(
                """
                  monitoring:
                    bop2:
                      p0: 0.45
                      p1: 0.65
                      looks: [11, 22, 33, 43]
                      lambda: 0.9
                      gamma: 1
                      toxicity:
                        t0: 0.35
                        t1: 0.2
                        events: {terms: [Febrile neutropenia], grade_at_least: 3}
                """);
        Synthetic s = new Synthetic();
        for (int i = 0; i < 11; i++) {
            LocalDate d1 = DAY1.plusDays(i);
            s.treated("R" + i, "ctx-ist", d1).complete("R" + i, day(d1, 92));
            if (i < 8) {
                s.adverseEvent("R" + i, "Febrile neutropenia", 3, day(d1, 35), day(d1, 40), true);
            }
        }
        MonitoringStatus m = status(p, s.build(), null);
        Bop2Design d =
                Bop2.withDefaults().efficacyAndToxicity(0.45, 0.65, 0.35, 0.2, new int[] {11, 22, 33, 43}, 0.9, 1);
        MonitoringLookStatus first = m.looks().get(0);
        assertThat(first.toxicityBound()).hasValue(d.looks().get(0).toxicity());
        assertThat(first.toxicities()).hasValue(8);
        assertThat(8).isGreaterThanOrEqualTo(d.looks().get(0).toxicity());
        assertThat(m.decision()).isEqualTo(LookDecision.STOP_FOR_TOXICITY);
        assertThat(m.design().scenarios())
                .extracting(DesignScenario::scenario)
                .containsExactly("futile-safe", "effective-toxic", "futile-toxic", "alternative");
        assertThat(MessageRenderer.english().render(first.rule()))
                .isEqualTo("8 of 11 patients with the toxicity >= "
                        + first.toxicityBound().getAsInt() + ": stop for toxicity");
    }

    @Test
    void thePredictiveDesignMonitorsTheExampleAtItsCohorts() {
        Protocol p = Protocols.ctxIstWith(
                """
                  monitoring:
                    predictive: {p0: 0.45, p1: 0.65, n_min: 11, n_max: 43, cohort: 11, theta_t: 0.9, theta_l: 0.05}
                """);
        MonitoringStatus m = status(p, example, null);
        PredictiveDesign d = PredictiveProbability.withDefaults()
                .withThresholds(0.9, 0.05, 1)
                .design(0.45, 0.65, 11, 43, 11);
        assertThat(m.design().method()).isEqualTo("predictive");
        assertThat(m.design().looks()).extracting(BoundaryLook::n).containsExactly(11, 22, 33, 43);
        assertThat(m.design().looks())
                .extracting(BoundaryLook::futility)
                .containsExactlyElementsOf(
                        d.looks().stream().map(l -> l.futility()).toList());
        assertThat(m.design().power()).isEqualTo(d.underAlternative().probabilityRejectNull());
        assertThat(m.decision()).isEqualTo(LookDecision.GO);
        assertThat(MessageRenderer.english().render(m.summary(m.looks().get(0))))
                .startsWith("Predictive probability look 1 of 4, the first 11 evaluable patients at M3: 11 responses");
    }

    @Test
    void aProtocolWithoutMonitoringHasNoStatus() {
        assertThat(MonitoringStatus.of(derive(ProtocolRegistry.bundled().load("ctx-ist"), example, null)))
                .isEmpty();
        assertThatThrownBy(() -> MonitoringStatus.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MonitoringDesign.of(null)).isInstanceOf(IllegalArgumentException.class);
        MonitoringStatus s = status(Protocols.ctxIstWith(BOP2), example, null);
        assertThatThrownBy(() -> s.summary(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MonitoringStatus(s.design(), "month-3", "M3", List.of(), LookDecision.GO))
                .hasMessageContaining("at least one look");
        assertThatThrownBy(() -> new MonitoringLookStatus(
                        1, 10, 2, OptionalInt.of(3), 5, 6, OptionalInt.of(1), 0, false, LookDecision.GO))
                .hasMessageContaining("responses (6)");
        assertThatThrownBy(() -> new MonitoringLookStatus(
                        1, 10, 2, OptionalInt.of(3), 5, 4, OptionalInt.empty(), 0, false, LookDecision.GO))
                .hasMessageContaining("exactly when toxicity is monitored");
    }
}
