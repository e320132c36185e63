package org.marrow.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marrow.protocol.ProtocolValidationTest.at;
import static org.marrow.protocol.ProtocolValidationTest.edit;
import static org.marrow.protocol.ProtocolValidationTest.problems;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.protocol.design.AdverseEventSelection;
import org.marrow.protocol.design.BayesianToxicityLimit;
import org.marrow.protocol.design.BetaPrior;
import org.marrow.protocol.design.Bop2Monitoring;
import org.marrow.protocol.design.Bop2Toxicity;
import org.marrow.protocol.design.EfficacyMonitoring;
import org.marrow.protocol.design.EventWindow;
import org.marrow.protocol.design.Monitoring;
import org.marrow.protocol.design.PredictiveMonitoring;
import org.marrow.protocol.design.SequentialToxicityLimit;
import org.marrow.protocol.design.ToxicityLimit;
import org.marrow.protocol.design.ToxicityStopping;
import org.marrow.study.AdverseEvent;
import org.marrow.study.Drug;

/**
 * {@code design.monitoring} (BOP2, predictive probability) and {@code design.toxicity_stopping}: read into
 * the model, and every mistake refused with its file:line:column, the value and what was expected.
 */
class MonitoringDeclarationTest {

    private static String withDesign(String block) {
        return edit("design:\n  type: single-arm\n", "design:\n  type: single-arm\n" + block);
    }

    private static Monitoring monitoring(String block) {
        return ProtocolRegistry.parse("mini.yaml", withDesign(block)).design().monitoring();
    }

    private static final String BOP2 =
            """
              monitoring:
                bop2:
                  p0: 0.45
                  p1: 0.65
                  looks: [11, 22, 33, 43]
                  alpha: 0.05
            """;

    private static final String RULE =
            """
              toxicity_stopping:
                - id: infection
                  text: grade >= 3 infection
                  events: {system_organ_classes: [Infections and infestations], terms: [Febrile neutropenia], grade_at_least: 3}
                  window: {from: 1, to: 90}
                  looks: [10, 20]
                  bayesian: {limit: 0.4, cutoff: 0.8}
            """;

    @Test
    void aProtocolWithoutTheKeysDeclaresNothing() {
        assertThat(ProtocolRegistry.parse("mini.yaml", ProtocolValidationTest.VALID)
                        .design()
                        .monitoring())
                .isEqualTo(Monitoring.NONE);
    }

    @Test
    void bop2WithTunedLambdaAndGammaIsRead() {
        EfficacyMonitoring m = monitoring(BOP2).efficacy().orElseThrow();
        assertThat(m)
                .isEqualTo(new Bop2Monitoring(
                        new BigDecimal("0.45"),
                        new BigDecimal("0.65"),
                        List.of(11, 22, 33, 43),
                        Optional.of(new BigDecimal("0.05")),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
        assertThat(m.accept(new Kind())).isEqualTo("bop2");
    }

    @Test
    void bop2WithToxicityNamesTheEventsAndTheRates() {
        Bop2Monitoring m = (Bop2Monitoring) monitoring(
                        """
                          monitoring:
                            bop2:
                              p0: 0.45
                              p1: 0.65
                              looks: [20, 43]
                              lambda: 0.9
                              gamma: 1
                              toxicity:
                                t0: 0.4
                                t1: 0.2
                                events: {terms: [Febrile neutropenia], grade_at_least: 3}
                                window: {to: 60}
                        """)
                .efficacy()
                .orElseThrow();
        assertThat(m.lambda()).contains(new BigDecimal("0.9"));
        assertThat(m.gamma()).contains(BigDecimal.ONE);
        assertThat(m.toxicity())
                .contains(new Bop2Toxicity(
                        new BigDecimal("0.4"),
                        new BigDecimal("0.2"),
                        new AdverseEventSelection(List.of("Febrile neutropenia"), List.of(), 3),
                        Optional.of(new EventWindow(1, 60, Optional.empty()))));
    }

    @Test
    void predictiveMonitoringHasItsLooksFromNMinByCohort() {
        PredictiveMonitoring m = (PredictiveMonitoring) monitoring(
                        """
                          monitoring:
                            predictive:
                              p0: 0.5
                              p1: 0.7
                              n_min: 15
                              n_max: 43
                              cohort: 10
                              theta_t: 0.95
                              theta_l: 0.1
                              prior: {a: 1, b: 1}
                        """)
                .efficacy()
                .orElseThrow();
        assertThat(m.looks()).containsExactly(15, 25, 35, 43);
        assertThat(m.prior()).contains(new BetaPrior(BigDecimal.ONE, BigDecimal.ONE));
        assertThat(m.accept(new Kind())).isEqualTo("predictive");
    }

    @Test
    void aToxicityRuleIsRead() {
        ToxicityStopping rule = monitoring(RULE).toxicity().get(0);
        assertThat(rule.id()).isEqualTo("infection");
        assertThat(rule.looks()).containsExactly(10, 20);
        assertThat(rule.window()).isEqualTo(new EventWindow(1, 90, Optional.empty()));
        assertThat(rule.limit())
                .isEqualTo(new BayesianToxicityLimit(
                        new BigDecimal("0.4"), new BigDecimal("0.8"), Optional.empty(), Optional.empty()));
        assertThat(rule.limit().accept(new LimitKind())).isEqualTo("bayesian");
    }

    @Test
    void theCtxIstProtocolMonitorsInfectionAndFebrileNeutropeniaAfterCyclophosphamide() {
        List<ToxicityStopping> rules =
                ProtocolRegistry.bundled().load("ctx-ist").design().monitoring().toxicity();
        assertThat(rules)
                .extracting(ToxicityStopping::id)
                .containsExactly("infection-grade3", "febrile-neutropenia-ctx");
        // Document 000 l.378, l.407: grade 3 infections within 3 months.
        ToxicityStopping infection = rules.get(0);
        assertThat(infection.events().systemOrganClasses()).containsExactly("Infections and infestations");
        assertThat(infection.window()).isEqualTo(new EventWindow(1, 90, Optional.empty()));
        // l.389-391: febrile neutropenia after CTX, days counted from the first cyclophosphamide dose.
        ToxicityStopping fn = rules.get(1);
        assertThat(fn.window().afterFirstDoseOf()).contains(Drug.CYCLOPHOSPHAMIDE);
        assertThat(fn.limit())
                .isEqualTo(new SequentialToxicityLimit(
                        new BigDecimal("0.15"),
                        new BigDecimal("0.35"),
                        SequentialToxicityLimit.DEFAULT_CP0,
                        SequentialToxicityLimit.DEFAULT_CP1,
                        BigDecimal.ZERO));
        assertThat(fn.limit().accept(new LimitKind())).isEqualTo("sequential");
    }

    @Test
    void aSelectionCountsTermsAndClassesFromItsGrade() {
        AdverseEventSelection s =
                new AdverseEventSelection(List.of("Febrile neutropenia"), List.of("Infections and infestations"), 3);
        LocalDate d = LocalDate.of(2024, 1, 1);
        assertThat(s.includes(event("Febrile neutropenia", 3, d))).isTrue();
        assertThat(s.includes(event("Lung infection", 3, d))).isTrue();
        assertThat(s.includes(event("Lung infection", 2, d))).isFalse();
        assertThat(s.includes(event("Nausea", 3, d))).isFalse();
        // "Other, specify" with the investigator's words resolves to its class's term.
        assertThat(s.includes(event("Infections and infestations - Other, specify: tinea", 4, d)))
                .isTrue();
        assertThat(s.includes(event("not a CTCAE term", 5, d))).isFalse();
    }

    private static AdverseEvent event(String term, int grade, LocalDate d) {
        return new AdverseEvent("S1", term, grade, d, Optional.empty(), false, List.of());
    }

    @ParameterizedTest
    @CsvSource({"0,false", "1,true", "5,true", "6,false"})
    void theGradeBoundIsOneToFive(int grade, boolean valid) {
        String text = withDesign(RULE.replace("grade_at_least: 3", "grade_at_least: " + grade));
        if (valid) {
            assertThat(monitoring(RULE.replace("grade_at_least: 3", "grade_at_least: " + grade))
                            .toxicity()
                            .get(0)
                            .events()
                            .gradeAtLeast())
                    .isEqualTo(grade);
        } else {
            assertThat(problems(text))
                    .containsExactly("mini.yaml:"
                            + at(text, "grade_at_least: " + grade)
                                    .replaceAll(":(\\d+)$", ":" + (col(text, "grade_at_least: " + grade) + 16))
                            + ": design.toxicity_stopping[0].events.grade_at_least: " + grade
                            + " is not a CTCAE grade; expected 1 to 5");
        }
    }

    /** "line:column" just after {@code needle}. */
    private static String after(String text, String needle) {
        String[] p = at(text, needle).split(":");
        return p[0] + ":" + (Integer.parseInt(p[1]) + needle.length());
    }

    private static int col(String text, String needle) {
        return Integer.parseInt(at(text, needle).split(":")[1]);
    }

    @ParameterizedTest
    @CsvSource({"0,false", "0.0001,true", "0.9999,true", "1,false"})
    void aLimitIsStrictlyBetweenZeroAndOne(String limit, boolean valid) {
        String block = RULE.replace("limit: 0.4", "limit: " + limit).replace("cutoff: 0.8", "cutoff: 0.5");
        String text = withDesign(block);
        if (valid) {
            assertThat(((BayesianToxicityLimit)
                                    monitoring(block).toxicity().get(0).limit())
                            .limit())
                    .isEqualByComparingTo(limit);
        } else {
            assertThat(problems(text))
                    .containsExactly("mini.yaml:" + at(text, limit + ", cutoff") + ": design.toxicity_stopping[0]"
                            + ".bayesian.limit: limit " + new BigDecimal(limit).toPlainString()
                            + " is not strictly between 0 and 1");
        }
    }

    @Test
    void anUnknownTermIsRefusedWithTheTermItProbablyMeans() {
        String text = withDesign(RULE.replace("terms: [Febrile neutropenia]", "terms: [febrile Neutropenia]"));
        assertThat(problems(text))
                .containsExactly("mini.yaml:" + at(text, "febrile Neutropenia")
                        + ": design.toxicity_stopping[0].events.terms[0]: 'febrile Neutropenia' is not a CTCAE v5.0"
                        + " term; did you mean 'Febrile neutropenia'?");
        String other = withDesign(RULE.replace("terms: [Febrile neutropenia]", "terms: [Bad reaction]"));
        assertThat(problems(other))
                .containsExactly("mini.yaml:" + at(other, "Bad reaction")
                        + ": design.toxicity_stopping[0].events.terms[0]: 'Bad reaction' is not a CTCAE v5.0 term;"
                        + " expected a term as NCI spells it, e.g. 'Febrile neutropenia'");
    }

    @Test
    void aTermThatNeverReachesTheGradeIsRefused() {
        // CTCAE v5.0: Bacteremia is defined at grade 2 only.
        String text = withDesign(RULE.replace("terms: [Febrile neutropenia]", "terms: [Bacteremia]"));
        assertThat(problems(text))
                .containsExactly("mini.yaml:" + at(text, "Bacteremia")
                        + ": design.toxicity_stopping[0].events.terms[0]: 'Bacteremia' defines grades [2] only;"
                        + " grade_at_least 3 never counts it");
    }

    @Test
    void anUnknownSystemOrganClassIsRefused() {
        String text = withDesign(RULE.replace("[Infections and infestations]", "[Infections]"));
        List<String> p = problems(text);
        assertThat(p).hasSize(1);
        assertThat(p.get(0))
                .startsWith("mini.yaml:" + at(text, "Infections]") + ": design.toxicity_stopping[0].events"
                        + ".system_organ_classes[0]: 'Infections' is not a system organ class of CTCAE v5.0; expected"
                        + " one of Blood and lymphatic system disorders, ")
                .contains("Infections and infestations");
    }

    @Test
    void aSelectionNeedsTermsOrClasses() {
        String text = withDesign(RULE.replace(
                "{system_organ_classes: [Infections and infestations], terms: [Febrile neutropenia], grade_at_least: 3}",
                "{grade_at_least: 3}"));
        assertThat(problems(text))
                .containsExactly("mini.yaml:" + at(text, "{grade_at_least: 3}")
                        + ": design.toxicity_stopping[0].events: expected 'terms', 'system_organ_classes' or both:"
                        + " which adverse events count");
    }

    @Test
    void aWindowCountsFromADrugOfTheRegimensAndEndsAfterItStarts() {
        String text =
                withDesign(RULE.replace("{from: 1, to: 90}", "{from: 1, to: 90, after_first_dose_of: romiplostim}"));
        assertThat(problems(text))
                .containsExactly("mini.yaml:" + at(text, "romiplostim}")
                        + ": design.toxicity_stopping[0].window.after_first_dose_of: 'romiplostim' is not a drug of"
                        + " this protocol's regimens; expected one of csa");
        String backwards = withDesign(RULE.replace("{from: 1, to: 90}", "{from: 30, to: 10}"));
        assertThat(problems(backwards))
                .containsExactly("mini.yaml:" + at(backwards, "10}")
                        + ": design.toxicity_stopping[0].window.to: day 10 is before the window's start (day 30)");
        String unknown = withDesign(RULE.replace("{from: 1, to: 90}", "{from: 1, to: 90, after_first_dose_of: x}"));
        assertThat(problems(unknown).get(0)).contains("'x' is not a known drug");
        assertThat(monitoring(RULE.replace("{from: 1, to: 90}", "{to: 30, after_first_dose_of: csa}"))
                        .toxicity()
                        .get(0)
                        .window())
                .isEqualTo(new EventWindow(1, 30, Optional.of(Drug.CSA)));
    }

    @Test
    void looksIncreaseAndASequentialBoundaryNeedsTwo() {
        String text = withDesign(RULE.replace("looks: [10, 20]", "looks: [10, 10]"));
        assertThat(problems(text))
                .containsExactly("mini.yaml:" + at(text, "10]") + ": design.toxicity_stopping[0].looks[1]: 10 is out"
                        + " of order; expected increasing numbers of patients from 1 to 1000");
        String one = withDesign(RULE.replace("looks: [10, 20]", "looks: [20]")
                .replace("bayesian: {limit: 0.4, cutoff: 0.8}", "sequential: {p_lo: 0.1, p_hi: 0.3}"));
        assertThat(problems(one))
                .containsExactly("mini.yaml:" + at(one, "[20]") + ": design.toxicity_stopping[0].looks: a sequential"
                        + " boundary needs at least two looks to stop early; got [20]");
    }

    @Test
    void aRuleHasExactlyOneLimitAndAUniqueId() {
        String none = withDesign(RULE.replace("      bayesian: {limit: 0.4, cutoff: 0.8}\n", ""));
        assertThat(problems(none))
                .containsExactly("mini.yaml:" + at(none, "id: infection")
                        + ": design.toxicity_stopping[0]: expected exactly one of bayesian, sequential, got none");
        String twice = withDesign(RULE + RULE.replace("  toxicity_stopping:\n", ""));
        String before = twice.substring(0, twice.lastIndexOf("id: infection") + 4);
        int line = before.split("\n", -1).length;
        int column = before.length() - before.lastIndexOf('\n');
        assertThat(problems(twice))
                .containsExactly("mini.yaml:" + line + ":" + column
                        + ": design.toxicity_stopping[1].id: duplicate toxicity rule id 'infection'");
    }

    @Test
    void theSequentialAndBayesianRatesAreOrdered() {
        String seq =
                withDesign(RULE.replace("bayesian: {limit: 0.4, cutoff: 0.8}", "sequential: {p_lo: 0.3, p_hi: 0.2}"));
        assertThat(problems(seq))
                .containsExactly("mini.yaml:" + at(seq, "0.2}") + ": design.toxicity_stopping[0].sequential.p_hi:"
                        + " 0.2 is not above p_lo 0.3");
        String bay =
                withDesign(RULE.replace("{limit: 0.4, cutoff: 0.8}", "{limit: 0.4, cutoff: 0.8, acceptable: 0.4}"));
        assertThat(problems(bay))
                .containsExactly("mini.yaml:" + at(bay, "0.4}") + ": design.toxicity_stopping[0].bayesian.acceptable:"
                        + " 0.4 is not below the limit 0.4");
        String shape = withDesign(
                RULE.replace("bayesian: {limit: 0.4, cutoff: 0.8}", "sequential: {p_lo: 0.1, p_hi: 0.3, shape: 0.6}"));
        assertThat(problems(shape))
                .containsExactly("mini.yaml:" + at(shape, "0.6}") + ": design.toxicity_stopping[0].sequential.shape:"
                        + " 0.6 is out of range; expected 0 (Pocock) to 0.5 (O'Brien-Fleming)");
    }

    @Test
    void bop2NeedsAlphaOrLambdaWithGamma() {
        String neither = withDesign(BOP2.replace("      alpha: 0.05\n", ""));
        assertThat(problems(neither))
                .containsExactly("mini.yaml:" + at(neither, "p0: 0.45") + ": design.monitoring.bop2: expected 'alpha'"
                        + " (lambda and gamma tuned for power) or 'lambda' with 'gamma'");
        String both = withDesign(BOP2.replace("alpha: 0.05\n", "alpha: 0.05\n      lambda: 0.9\n      gamma: 1\n"));
        assertThat(problems(both))
                .containsExactly("mini.yaml:" + at(both, "0.05") + ": design.monitoring.bop2.alpha: 'alpha' tunes"
                        + " lambda and gamma; give either 'alpha' or 'lambda' with 'gamma'");
        String half = withDesign(BOP2.replace("alpha: 0.05\n", "lambda: 0.9\n"));
        assertThat(problems(half))
                .containsExactly("mini.yaml:" + at(half, "p0: 0.45") + ": design.monitoring.bop2: 'lambda' and 'gamma'"
                        + " go together; got only 'lambda'");
        String bad = withDesign(BOP2.replace("alpha: 0.05\n", "lambda: 1.5\n      gamma: -1\n"));
        assertThat(problems(bad))
                .containsExactly(
                        "mini.yaml:" + at(bad, "1.5") + ": design.monitoring.bop2.lambda: lambda 1.5 is out of range;"
                                + " expected 0 < lambda <= 1",
                        "mini.yaml:" + at(bad, "-1") + ": design.monitoring.bop2.gamma: gamma -1 is out of range;"
                                + " expected gamma >= 0");
    }

    @Test
    void bop2RatesAreOrderedAndAPriorIsNotUsedWithToxicity() {
        String rates = withDesign(BOP2.replace("p1: 0.65", "p1: 0.45"));
        assertThat(problems(rates))
                .containsExactly("mini.yaml:"
                        + at(rates, "0.45\n      looks").replaceAll(":(\\d+)$", ":" + (col(rates, "p1: 0.45") + 4))
                        + ": design.monitoring.bop2.p1: p1 0.45 is not above p0 0.45");
        String prior = withDesign(BOP2
                + "      prior: {a: 1, b: 1}\n      toxicity: {t0: 0.2, t1: 0.3, events: {terms: [Sepsis],"
                + " grade_at_least: 3}}\n");
        assertThat(problems(prior))
                .containsExactly(
                        "mini.yaml:" + at(prior, "{a: 1") + ": design.monitoring.bop2.prior: a prior is not used with"
                                + " toxicity: BOP2's Dirichlet prior is set by p0 and t0",
                        "mini.yaml:" + at(prior, "0.3,") + ": design.monitoring.bop2.toxicity.t1: t1 0.3 is not below"
                                + " t0 0.2; expected the acceptable rate below the unacceptable one");
    }

    @Test
    void monitoringNamesExactlyOneMethodAndNotBesideASimonDesign() {
        String none = withDesign("  monitoring: {}\n");
        assertThat(problems(none))
                .containsExactly("mini.yaml:" + at(none, "{}") + ": design.monitoring: expected exactly one of bop2,"
                        + " predictive, got none");
        String simon = withDesign("  simon: {n1: 15, r1: 8, n: 43}\n" + BOP2);
        assertThat(problems(simon))
                .containsExactly("mini.yaml:" + at(simon, "bop2:") + ": design.monitoring: a design monitors the"
                        + " response rate by one rule; remove 'simon' or 'monitoring'");
    }

    @Test
    void predictiveBoundsAreChecked() {
        String text = withDesign(
                """
                  monitoring:
                    predictive: {p0: 0.5, p1: 0.7, n_min: 50, n_max: 43, cohort: 0, theta_t: 0.95, theta_l: 1}
                """);
        assertThat(problems(text))
                .containsExactly(
                        "mini.yaml:" + after(text, "n_min: ")
                                + ": design.monitoring.predictive.n_min: 50 is out of range;"
                                + " expected 1 to n_max (43)",
                        "mini.yaml:" + at(text, "0, theta_t") + ": design.monitoring.predictive.cohort: 0 is not a"
                                + " cohort; expected a whole number >= 1",
                        "mini.yaml:" + at(text, "1}") + ": design.monitoring.predictive.theta_l: 1 is out of range;"
                                + " expected 0 <= theta_l < 1");
    }

    @Test
    void theRecordsRefuseWhatTheReaderRefuses() {
        BigDecimal p = new BigDecimal("0.3");
        assertThatThrownBy(() -> new AdverseEventSelection(List.of(), List.of(), 3))
                .hasMessageContaining("needs a term");
        assertThatThrownBy(() -> new AdverseEventSelection(List.of("Sepsis"), List.of(), 0))
                .hasMessageContaining("Grade (0)");
        assertThatThrownBy(() -> new EventWindow(0, 5, Optional.empty())).hasMessageContaining("day 0");
        assertThatThrownBy(() -> new EventWindow(5, 4, Optional.empty())).hasMessageContaining("day 4");
        assertThatThrownBy(() -> new BetaPrior(BigDecimal.ZERO, BigDecimal.ONE)).hasMessageContaining("a = 0");
        assertThatThrownBy(() -> new Bop2Monitoring(
                        p,
                        p,
                        List.of(10),
                        Optional.of(p),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))
                .hasMessageContaining("p1 (0.3) must be greater than p0");
        assertThatThrownBy(() -> new Bop2Monitoring(
                        p,
                        new BigDecimal("0.5"),
                        List.of(10),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))
                .hasMessageContaining("either alpha");
        assertThatThrownBy(() -> new PredictiveMonitoring(p, new BigDecimal("0.5"), 5, 4, 1, p, p, Optional.empty()))
                .hasMessageContaining("n_min (5)");
        ToxicityLimit sequential = new SequentialToxicityLimit(
                new BigDecimal("0.1"),
                p,
                SequentialToxicityLimit.DEFAULT_CP0,
                SequentialToxicityLimit.DEFAULT_CP1,
                BigDecimal.ZERO);
        AdverseEventSelection sepsis = new AdverseEventSelection(List.of("Sepsis"), List.of(), 3);
        assertThatThrownBy(() -> new ToxicityStopping(
                        "x", "", "", sepsis, new EventWindow(1, 5, Optional.empty()), List.of(10), sequential))
                .hasMessageContaining("two looks");
        assertThatThrownBy(() -> new ToxicityStopping(
                        "x", "", "", sepsis, new EventWindow(1, 5, Optional.empty()), List.of(10, 5), sequential))
                .hasMessageContaining("look 2 is 5");
    }

    private static final class Kind implements EfficacyMonitoring.Visitor<String> {
        @Override
        public String bop2(Bop2Monitoring monitoring) {
            return "bop2";
        }

        @Override
        public String predictive(PredictiveMonitoring monitoring) {
            return "predictive";
        }
    }

    private static final class LimitKind implements ToxicityLimit.Visitor<String> {
        @Override
        public String bayesian(BayesianToxicityLimit limit) {
            return "bayesian";
        }

        @Override
        public String sequential(SequentialToxicityLimit limit) {
            return "sequential";
        }
    }
}
