package org.marrow.protocol;

import static org.marrow.protocol.Scalars.id;
import static org.marrow.protocol.Scalars.orEmpty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marrow.clinical.ctcae.AdverseEventTerm;
import org.marrow.clinical.ctcae.CtcaeCatalogue;
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
import org.marrow.study.Drug;

/**
 * Reads the monitoring keys of {@code design}: {@code monitoring} (BOP2 or predictive probability
 * monitoring of the response rate) and {@code toxicity_stopping} (stopping rules for named adverse
 * events), docs/protocol-format.md "Monitoring". Terms and system organ classes are checked against
 * CTCAE v5.0 ({@link CtcaeCatalogue}), drugs against the protocol's regimens.
 */
final class MonitoringReader {
    private final Problems problems;
    private final Declarations declared;

    MonitoringReader(Problems problems, Declarations declared) {
        this.problems = problems;
        this.declared = declared;
    }

    /** Reads both keys from the design mapping; {@link Monitoring#NONE} parts where absent or invalid. */
    Monitoring read(YamlMap design) {
        EfficacyMonitoring efficacy = efficacy(design);
        List<ToxicityStopping> toxicity = toxicity(design);
        return new Monitoring(Optional.ofNullable(efficacy), toxicity);
    }

    private EfficacyMonitoring efficacy(YamlMap design) {
        YamlMap map = design.map("monitoring", false, Keys.MONITORING);
        if (map == null) {
            return null;
        }
        if (design.has("simon")) {
            design.report(
                    "monitoring", "a design monitors the response rate by one rule; remove 'simon' or 'monitoring'");
        }
        List<String> kinds = map.present(Keys.MONITORING_KINDS);
        if (kinds.size() != 1) {
            map.reportHere("expected exactly one of " + String.join(", ", Keys.MONITORING_KINDS) + ", got "
                    + (kinds.isEmpty() ? "none" : String.join(", ", kinds)));
            return null;
        }
        return kinds.get(0).equals("bop2")
                ? bop2(map.map("bop2", true, Keys.BOP2))
                : predictive(map.map("predictive", true, Keys.PREDICTIVE));
    }

    private Bop2Monitoring bop2(YamlMap map) {
        if (map == null) {
            return null;
        }
        int before = problems.count();
        BigDecimal p0 = probability(map, "p0", true);
        BigDecimal p1 = probability(map, "p1", true);
        List<Integer> looks = looks(map, true);
        BigDecimal alpha = probability(map, "alpha", false);
        BigDecimal lambda = map.decimal("lambda", false);
        BigDecimal gamma = map.decimal("gamma", false);
        if (alpha == null && lambda == null && gamma == null && !map.has("alpha")) {
            map.reportHere("expected 'alpha' (lambda and gamma tuned for power) or 'lambda' with 'gamma'");
        } else if (map.has("alpha") && (map.has("lambda") || map.has("gamma"))) {
            map.report("alpha", "'alpha' tunes lambda and gamma; give either 'alpha' or 'lambda' with 'gamma'");
        } else if (map.has("lambda") != map.has("gamma")) {
            map.reportHere(
                    "'lambda' and 'gamma' go together; got only '" + (map.has("lambda") ? "lambda" : "gamma") + "'");
        }
        if (lambda != null && (lambda.signum() <= 0 || lambda.compareTo(BigDecimal.ONE) > 0)) {
            map.report("lambda", "lambda " + lambda.toPlainString() + " is out of range; expected 0 < lambda <= 1");
        }
        if (gamma != null && gamma.signum() < 0) {
            map.report("gamma", "gamma " + gamma.toPlainString() + " is out of range; expected gamma >= 0");
        }
        BetaPrior prior = prior(map);
        Bop2Toxicity toxicity = null;
        YamlMap tox = map.map("toxicity", false, Keys.BOP2_TOXICITY);
        if (tox != null) {
            if (map.has("prior")) {
                map.report("prior", "a prior is not used with toxicity: BOP2's Dirichlet prior is set by p0 and t0");
            }
            toxicity = bop2Toxicity(tox);
        }
        if (p0 != null && p1 != null && p1.compareTo(p0) <= 0) {
            map.report("p1", "p1 " + p1.toPlainString() + " is not above p0 " + p0.toPlainString());
        }
        Bop2Toxicity t = toxicity;
        return problems.build(
                before,
                map.node(),
                map.path(),
                () -> new Bop2Monitoring(
                        p0,
                        p1,
                        looks,
                        Optional.ofNullable(alpha),
                        Optional.ofNullable(lambda),
                        Optional.ofNullable(gamma),
                        Optional.ofNullable(prior),
                        Optional.ofNullable(t)));
    }

    private Bop2Toxicity bop2Toxicity(YamlMap map) {
        int before = problems.count();
        BigDecimal t0 = probability(map, "t0", true);
        BigDecimal t1 = probability(map, "t1", true);
        if (t0 != null && t1 != null && t1.compareTo(t0) >= 0) {
            map.report(
                    "t1",
                    "t1 " + t1.toPlainString() + " is not below t0 " + t0.toPlainString()
                            + "; expected the acceptable rate below the unacceptable one");
        }
        AdverseEventSelection events = events(map);
        EventWindow window = window(map, false);
        return problems.build(
                before, map.node(), map.path(), () -> new Bop2Toxicity(t0, t1, events, Optional.ofNullable(window)));
    }

    private PredictiveMonitoring predictive(YamlMap map) {
        if (map == null) {
            return null;
        }
        int before = problems.count();
        BigDecimal p0 = probability(map, "p0", true);
        BigDecimal p1 = probability(map, "p1", true);
        Integer nMin = map.integer("n_min", true);
        Integer nMax = map.integer("n_max", true);
        Integer cohort = map.has("cohort") ? map.integer("cohort", true) : Integer.valueOf(1);
        BigDecimal thetaT = probability(map, "theta_t", true);
        BigDecimal thetaL = map.decimal("theta_l", true);
        if (p0 != null && p1 != null && p1.compareTo(p0) <= 0) {
            map.report("p1", "p1 " + p1.toPlainString() + " is not above p0 " + p0.toPlainString());
        }
        if (nMax != null && (nMax < 1 || nMax > 1000)) {
            map.report("n_max", nMax + " is out of range; expected 1 to 1000 patients");
        }
        if (nMin != null && nMax != null && (nMin < 1 || nMin > nMax)) {
            map.report("n_min", nMin + " is out of range; expected 1 to n_max (" + nMax + ")");
        }
        if (cohort != null && cohort < 1) {
            map.report("cohort", cohort + " is not a cohort; expected a whole number >= 1");
        }
        if (thetaL != null && (thetaL.signum() < 0 || thetaL.compareTo(BigDecimal.ONE) >= 0)) {
            map.report("theta_l", thetaL.toPlainString() + " is out of range; expected 0 <= theta_l < 1");
        }
        BetaPrior prior = prior(map);
        return problems.build(
                before,
                map.node(),
                map.path(),
                () -> new PredictiveMonitoring(p0, p1, nMin, nMax, cohort, thetaT, thetaL, Optional.ofNullable(prior)));
    }

    private List<ToxicityStopping> toxicity(YamlMap design) {
        List<ToxicityStopping> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap.Element element : orEmpty(design.list("toxicity_stopping", false))) {
            YamlMap rule = element.map(problems, Keys.TOXICITY_RULE);
            if (rule == null) {
                continue;
            }
            int before = problems.count();
            String id = id(rule, "id", true);
            if (id != null && !ids.add(id)) {
                rule.report("id", "duplicate toxicity rule id '" + id + "'");
            }
            String text = Optional.ofNullable(rule.text("text", false)).orElse("");
            String source = Optional.ofNullable(rule.text("source", false)).orElse("");
            AdverseEventSelection events = events(rule);
            EventWindow window = window(rule, true);
            List<Integer> looks = looks(rule, true);
            ToxicityLimit limit = limit(rule);
            if (limit != null && looks != null && looks.size() < limit.minimumLooks()) {
                rule.report("looks", "a sequential boundary needs at least two looks to stop early; got " + looks);
            }
            ToxicityStopping built = problems.build(
                    before,
                    rule.node(),
                    rule.path(),
                    () -> new ToxicityStopping(id, text, source, events, window, looks, limit));
            if (built != null) {
                rules.add(built);
            }
        }
        return rules;
    }

    private ToxicityLimit limit(YamlMap rule) {
        List<String> kinds = rule.present(Keys.TOXICITY_LIMIT_KINDS);
        if (kinds.size() != 1) {
            rule.reportHere("expected exactly one of " + String.join(", ", Keys.TOXICITY_LIMIT_KINDS) + ", got "
                    + (kinds.isEmpty() ? "none" : String.join(", ", kinds)));
            return null;
        }
        if (kinds.get(0).equals("bayesian")) {
            YamlMap map = rule.map("bayesian", true, Keys.BAYESIAN_LIMIT);
            if (map == null) {
                return null;
            }
            int before = problems.count();
            BigDecimal limit = probability(map, "limit", true);
            BigDecimal cutoff = probability(map, "cutoff", true);
            BigDecimal acceptable = probability(map, "acceptable", false);
            if (acceptable != null && limit != null && acceptable.compareTo(limit) >= 0) {
                map.report(
                        "acceptable", acceptable.toPlainString() + " is not below the limit " + limit.toPlainString());
            }
            BetaPrior prior = prior(map);
            return problems.build(
                    before,
                    map.node(),
                    map.path(),
                    () -> new BayesianToxicityLimit(
                            limit, cutoff, Optional.ofNullable(acceptable), Optional.ofNullable(prior)));
        }
        YamlMap map = rule.map("sequential", true, Keys.SEQUENTIAL_LIMIT);
        if (map == null) {
            return null;
        }
        int before = problems.count();
        BigDecimal pLo = probability(map, "p_lo", true);
        BigDecimal pHi = probability(map, "p_hi", true);
        BigDecimal cp0 = map.has("cp0") ? probability(map, "cp0", true) : SequentialToxicityLimit.DEFAULT_CP0;
        BigDecimal cp1 = map.has("cp1") ? probability(map, "cp1", true) : SequentialToxicityLimit.DEFAULT_CP1;
        BigDecimal shape = map.has("shape") ? map.decimal("shape", true) : BigDecimal.ZERO;
        if (pLo != null && pHi != null && pHi.compareTo(pLo) <= 0) {
            map.report("p_hi", pHi.toPlainString() + " is not above p_lo " + pLo.toPlainString());
        }
        if (cp0 != null && cp1 != null && cp1.compareTo(cp0) <= 0) {
            map.report("cp1", cp1.toPlainString() + " is not above cp0 " + cp0.toPlainString());
        }
        if (shape != null && (shape.signum() < 0 || shape.compareTo(new BigDecimal("0.5")) > 0)) {
            map.report(
                    "shape",
                    shape.toPlainString() + " is out of range; expected 0 (Pocock) to 0.5" + " (O'Brien-Fleming)");
        }
        return problems.build(
                before, map.node(), map.path(), () -> new SequentialToxicityLimit(pLo, pHi, cp0, cp1, shape));
    }

    /** {@code events}: CTCAE v5.0 terms and system organ classes, each checked, and the lowest grade. */
    private AdverseEventSelection events(YamlMap parent) {
        YamlMap map = parent.map("events", true, Keys.ADVERSE_EVENTS);
        if (map == null) {
            return null;
        }
        int before = problems.count();
        CtcaeCatalogue ctcae = CtcaeCatalogue.v5();
        Integer grade = map.integer("grade_at_least", true);
        if (grade != null && (grade < 1 || grade > 5)) {
            map.report("grade_at_least", grade + " is not a CTCAE grade; expected 1 to 5");
            grade = null;
        }
        List<String> terms = new ArrayList<>();
        for (YamlMap.Element element : orEmpty(map.list("terms", false))) {
            String term = element.text(problems);
            if (term == null) {
                continue;
            }
            Optional<AdverseEventTerm> found = ctcae.term(term);
            if (found.isEmpty()) {
                problems.report(
                        element.node(),
                        element.path(),
                        "'" + term + "' is not a CTCAE v5.0 term"
                                + ctcae.likelyMeant(term)
                                        .map(t -> "; did you mean '" + t.term() + "'?")
                                        .orElse("; expected a term as NCI spells it, e.g. 'Febrile neutropenia'"));
            } else if (grade != null && !reaches(found.get(), grade)) {
                problems.report(
                        element.node(),
                        element.path(),
                        "'" + term + "' defines grades " + found.get().gradesInOrder() + " only; grade_at_least "
                                + grade + " never counts it");
            }
            terms.add(term);
        }
        Set<String> classes = new LinkedHashSet<>();
        ctcae.terms().forEach(t -> classes.add(t.systemOrganClass()));
        List<String> socs = new ArrayList<>();
        for (YamlMap.Element element : orEmpty(map.list("system_organ_classes", false))) {
            String soc = element.text(problems);
            if (soc == null) {
                continue;
            }
            if (!classes.contains(soc)) {
                problems.report(
                        element.node(),
                        element.path(),
                        "'" + soc + "' is not a system organ class of CTCAE v5.0; expected one of "
                                + String.join(", ", classes));
            }
            socs.add(soc);
        }
        if (!map.has("terms") && !map.has("system_organ_classes")) {
            map.reportHere("expected 'terms', 'system_organ_classes' or both: which adverse events count");
        }
        Integer g = grade;
        return problems.build(before, map.node(), map.path(), () -> new AdverseEventSelection(terms, socs, g));
    }

    private static boolean reaches(AdverseEventTerm term, int grade) {
        return term.grades().stream().anyMatch(g -> g >= grade);
    }

    /** {@code window}: study days, or days from a regimen drug's first dose. */
    private EventWindow window(YamlMap parent, boolean required) {
        YamlMap map = parent.map("window", required, Keys.EVENT_WINDOW);
        if (map == null) {
            return null;
        }
        int before = problems.count();
        Integer from = map.has("from") ? map.integer("from", true) : Integer.valueOf(1);
        Integer to = map.integer("to", true);
        Drug drug = map.parsed("after_first_dose_of", false, Drug::fromId);
        if (drug != null && !declared.regimenDrugs.contains(drug)) {
            map.report(
                    "after_first_dose_of",
                    "'" + drug.id() + "' is not a drug of this protocol's regimens; expected one of "
                            + String.join(
                                    ", ",
                                    declared.regimenDrugs.stream().map(Drug::id).toList()));
        }
        if (from != null && from < 1) {
            map.report("from", "day " + from + " is before the window can start; expected day 1 or later");
        }
        if (from != null && to != null && to < from) {
            map.report("to", "day " + to + " is before the window's start (day " + from + ")");
        }
        return problems.build(
                before, map.node(), map.path(), () -> new EventWindow(from, to, Optional.ofNullable(drug)));
    }

    /** {@code prior: {a, b}}, both greater than 0; null if absent or invalid. */
    private BetaPrior prior(YamlMap parent) {
        YamlMap map = parent.map("prior", false, Keys.PRIOR);
        if (map == null) {
            return null;
        }
        int before = problems.count();
        BigDecimal a = map.decimal("a", true);
        BigDecimal b = map.decimal("b", true);
        for (String key : List.of("a", "b")) {
            BigDecimal v = key.equals("a") ? a : b;
            if (v != null && v.signum() <= 0) {
                map.report(key, v.toPlainString() + " is not a Beta shape; expected a number > 0");
            }
        }
        return problems.build(before, map.node(), map.path(), () -> new BetaPrior(a, b));
    }

    /** A probability strictly between 0 and 1. */
    private static BigDecimal probability(YamlMap map, String key, boolean required) {
        BigDecimal p = map.decimal(key, required);
        if (p != null && (p.signum() <= 0 || p.compareTo(BigDecimal.ONE) >= 0)) {
            map.report(key, key + " " + p.toPlainString() + " is not strictly between 0 and 1");
            return null;
        }
        return p;
    }

    /** {@code looks}: increasing whole numbers of patients, 1 to 1000. */
    private List<Integer> looks(YamlMap map, boolean required) {
        List<YamlMap.Element> elements = map.list("looks", required);
        if (elements == null) {
            return null;
        }
        int before = problems.count();
        List<Integer> looks = new ArrayList<>();
        int previous = 0;
        for (YamlMap.Element element : elements) {
            String text = element.text(problems);
            if (text == null) {
                continue;
            }
            try {
                int n = Integer.parseInt(text.trim());
                if (n < 1 || n > 1000 || n <= previous) {
                    problems.report(
                            element.node(),
                            element.path(),
                            n + " is out of order; expected increasing numbers of patients from 1 to 1000");
                }
                previous = Math.max(previous, n);
                looks.add(n);
            } catch (NumberFormatException e) {
                problems.report(element.node(), element.path(), "expected a whole number, got '" + text + "'");
            }
        }
        if (elements.isEmpty()) {
            map.report("looks", "expected at least one look");
        }
        return problems.count() > before ? null : looks;
    }
}
