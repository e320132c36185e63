package org.marrow.clinical.response;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.marrow.clinical.finding.Evidence;
import org.marrow.clinical.finding.Finding;
import org.marrow.clinical.finding.Outcome;
import org.marrow.clinical.labs.LabHistory;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.labs.Threshold;
import org.marrow.clinical.labs.Threshold.Relation;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.severity.Severity;
import org.marrow.clinical.severity.SeverityAssessment;
import org.marrow.clinical.severity.SeverityCriteria;
import org.marrow.clinical.transfusion.BloodProduct;
import org.marrow.clinical.transfusion.TransfusionDependence;
import org.marrow.clinical.transfusion.TransfusionHistory;
import org.marrow.clinical.transfusion.TransfusionStatus;

/**
 * Hematologic response by one criteria set, with immutable options (issue 3, item 4). Derived as a
 * whole from the subject's labs, transfusions and an explicit {@link Baseline}; when missing data
 * leave the category open the result has no category and says what is missing.
 *
 * <p>Categories are tried from the highest down; the first MET tier is the category, provided every
 * higher tier is NOT_MET; an UNKNOWN tier on the way leaves the category open.
 *
 * <p><b>five-tier</b> (document 000, "End points"): CR haemoglobin &gt; 10 g/dL (100 g/L), ANC &gt;
 * 1.0 and platelets &gt; 100 x10^9/L; VGPR the same with platelets &gt; 80; GPR haemoglobin &gt; 8
 * g/dL, ANC &gt; 1.0, platelets &gt; 50; PR no longer meeting the criteria for SAA and transfusion
 * independent; NR continuous transfusion dependency. Marrow's decisions where the document is
 * silent: CR, VGPR and GPR also require transfusion independence (counts propped up by transfusions
 * are not a response, and PR below them requires it); "no longer meeting the criteria for SAA" is the
 * severity rule with its {@link org.marrow.clinical.severity.CellularityAtFollowUp} (by default the
 * last known biopsy); a transfusion-independent patient still meeting SAA criteria is NR.
 *
 * <p><b>standard</b>: chosen by the baseline severity. SAA or VSAA at baseline (NIH-style): CR as
 * above (with transfusion independence), PR no longer meeting the SAA count criteria and transfusion
 * independent, NR otherwise. NSAA at baseline: CR as above; PR any of transfusion independence (if
 * dependent at baseline), doubling or normalisation of haemoglobin, ANC or platelets, or a rise over
 * baseline per {@link NsaaThresholds}; NR otherwise.
 *
 * <p><b>lineage</b> (document 003; {@link LineageThresholds}, Olnes et al. 2012, Desmond et al.
 * 2014): PR when at least one of the platelet, erythroid or neutrophil responses is met; CR as above;
 * NR when none is met.
 */
public final class ResponseCriteria {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    // The five-tier count thresholds of counts(...), for the text-free category(...).
    private static final Threshold HGB_ABOVE_100 = new Threshold(LabTest.HGB, Relation.ABOVE, new BigDecimal("100"));
    private static final Threshold HGB_ABOVE_80 = new Threshold(LabTest.HGB, Relation.ABOVE, new BigDecimal("80"));
    private static final Threshold NEUT_ABOVE_1 = new Threshold(LabTest.NEUT, Relation.ABOVE, new BigDecimal("1.0"));
    private static final Threshold PLAT_ABOVE_100 = new Threshold(LabTest.PLAT, Relation.ABOVE, new BigDecimal("100"));
    private static final Threshold PLAT_ABOVE_80 = new Threshold(LabTest.PLAT, Relation.ABOVE, new BigDecimal("80"));
    private static final Threshold PLAT_ABOVE_50 = new Threshold(LabTest.PLAT, Relation.ABOVE, new BigDecimal("50"));

    private final CriteriaSet set;
    private final SeverityCriteria severity;
    private final LineageThresholds lineage;
    private final NsaaThresholds nsaa;
    private final int baselineMaxAgeDays;

    private ResponseCriteria(
            CriteriaSet set,
            SeverityCriteria severity,
            LineageThresholds lineage,
            NsaaThresholds nsaa,
            int baselineMaxAgeDays) {
        this.set = set;
        this.severity = severity;
        this.lineage = lineage;
        this.nsaa = nsaa;
        this.baselineMaxAgeDays = baselineMaxAgeDays;
    }

    /**
     * A criteria set with the documents' defaults: {@link SeverityCriteria#document000()},
     * {@link LineageThresholds#olnes2012()}, {@link NsaaThresholds#withDefaults()}, and baseline counts
     * at most 30 days old (Marrow's choice).
     *
     * @param set the criteria set
     * @return the criteria
     * @throws NullPointerException if {@code set} is null
     */
    public static ResponseCriteria of(CriteriaSet set) {
        Objects.requireNonNull(set, "set");
        return new ResponseCriteria(
                set, SeverityCriteria.document000(), LineageThresholds.olnes2012(), NsaaThresholds.withDefaults(), 30);
    }

    /**
     * The same criteria with other severity criteria (thresholds, follow-up cellularity rule, count
     * age, transfusion look-back).
     *
     * @param criteria the severity criteria
     * @return the criteria
     */
    public ResponseCriteria with(SeverityCriteria criteria) {
        return new ResponseCriteria(set, Objects.requireNonNull(criteria), lineage, nsaa, baselineMaxAgeDays);
    }

    /**
     * The same criteria with other lineage thresholds.
     *
     * @param thresholds the thresholds
     * @return the criteria
     */
    public ResponseCriteria with(LineageThresholds thresholds) {
        return new ResponseCriteria(set, severity, Objects.requireNonNull(thresholds), nsaa, baselineMaxAgeDays);
    }

    /**
     * The same criteria with other NSAA thresholds.
     *
     * @param thresholds the thresholds
     * @return the criteria
     */
    public ResponseCriteria with(NsaaThresholds thresholds) {
        return new ResponseCriteria(set, severity, lineage, Objects.requireNonNull(thresholds), baselineMaxAgeDays);
    }

    /**
     * The same criteria with another maximum age of baseline counts.
     *
     * @param days the largest accepted age in days, &gt;= 0
     * @return the criteria
     * @throws IllegalArgumentException if negative
     */
    public ResponseCriteria withBaselineMaxAgeDays(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Baseline maximum age (" + days + " days) must be >= 0");
        }
        return new ResponseCriteria(set, severity, lineage, nsaa, days);
    }

    /**
     * The criteria set.
     *
     * @return the set
     */
    public CriteriaSet set() {
        return set;
    }

    /**
     * The severity criteria this set judges with ("no longer meeting the criteria for SAA", the
     * transfusion look-back, the age of counts).
     *
     * @return the severity criteria
     */
    public SeverityCriteria severity() {
        return severity;
    }

    /**
     * The blood count thresholds of the categories this set defines by counts, highest first: CR
     * for every set (haemoglobin &gt; 100 g/L, ANC &gt; 1.0, platelets &gt; 100 x10^9/L), and VGPR
     * and GPR for the five-tier set (document 000 "End points"). The rules compare with these
     * values; figures draw them.
     *
     * @return the thresholds by category, in category order
     */
    public Map<ResponseCategory, List<Threshold>> countThresholds() {
        Map<ResponseCategory, List<Threshold>> out = new EnumMap<>(ResponseCategory.class);
        out.put(ResponseCategory.CR, List.of(HGB_ABOVE_100, NEUT_ABOVE_1, PLAT_ABOVE_100));
        if (set == CriteriaSet.FIVE_TIER) {
            out.put(ResponseCategory.VGPR, List.of(HGB_ABOVE_100, NEUT_ABOVE_1, PLAT_ABOVE_80));
            out.put(ResponseCategory.GPR, List.of(HGB_ABOVE_80, NEUT_ABOVE_1, PLAT_ABOVE_50));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * The baseline on a date (normally the first dose): the latest counts on or before it, at most
     * the baseline maximum age old; the severity; and the transfusion needs over the look-back window
     * ending on it.
     *
     * @param labs the subject's labs
     * @param transfusions the subject's transfusions
     * @param date the baseline date
     * @return the baseline
     * @throws NullPointerException if an argument is null
     */
    public Baseline baseline(LabHistory labs, TransfusionHistory transfusions, LocalDate date) {
        Objects.requireNonNull(labs, "labs");
        Objects.requireNonNull(transfusions, "transfusions");
        Objects.requireNonNull(date, "date");
        Map<LabTest, LabResult> counts = new EnumMap<>(LabTest.class);
        Map<LabTest, String> missing = new EnumMap<>(LabTest.class);
        for (LabTest test : List.of(LabTest.HGB, LabTest.NEUT, LabTest.PLAT, LabTest.RETI)) {
            Optional<LabResult> found = labs.latestWithin(test, date, baselineMaxAgeDays);
            if (found.isPresent()) {
                counts.put(test, found.get());
            } else {
                missing.put(test, labs.whyMissing(test, date, baselineMaxAgeDays));
            }
        }
        TransfusionDependence td = severity.transfusionDependence();
        int units = td.unitsInWindow(transfusions, date, BloodProduct.RBC);
        return new Baseline(
                date,
                counts,
                missing,
                severity.assess(labs, transfusions, date),
                td.assess(transfusions, date),
                units < 0 ? Optional.empty() : Optional.of(units));
    }

    /**
     * The response on a date.
     *
     * @param labs the subject's labs
     * @param transfusions the subject's transfusions
     * @param date the assessment date
     * @param baseline the subject's baseline
     * @return the assessment; no category when missing data leave it open
     * @throws NullPointerException if an argument is null
     */
    public ResponseAssessment assess(
            LabHistory labs, TransfusionHistory transfusions, LocalDate date, Baseline baseline) {
        Objects.requireNonNull(labs, "labs");
        Objects.requireNonNull(transfusions, "transfusions");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(baseline, "baseline");
        TransfusionStatus status = severity.transfusionDependence().assess(transfusions, date);
        Finding independent = status.anyDependence().negate("transfusion independent (RBC and PLT)");
        Finding completeCounts = counts(labs, date, "100", "1.0", "100");
        Finding complete = Finding.allOf(
                "CR (HGB > 100 g/L, NEUT > 1.0, PLAT > 100 x10^9/L, transfusion independent)",
                List.of(completeCounts, independent));
        return switch (set) {
            case FIVE_TIER -> fiveTier(labs, date, independent, complete);
            case STANDARD -> standard(labs, transfusions, date, baseline, status, independent, complete);
            case LINEAGE -> lineage(labs, transfusions, date, baseline, complete);
        };
    }

    /**
     * The response category on a date: always the same as {@code assess(labs, transfusions, date,
     * baseline).category()}, but for the five-tier set without building the findings' reason and
     * evidence texts, which cost most of the time when only the category is wanted (endpoint
     * derivation over a registry, docs/performance.md, issue 5). The standard and lineage sets
     * delegate to {@link #assess}.
     *
     * @param labs the subject's labs
     * @param transfusions the subject's transfusions
     * @param date the assessment date
     * @param baseline the subject's baseline
     * @return the category; empty when missing data leave it open
     * @throws NullPointerException if an argument is null
     */
    public Optional<ResponseCategory> category(
            LabHistory labs, TransfusionHistory transfusions, LocalDate date, Baseline baseline) {
        Objects.requireNonNull(labs, "labs");
        Objects.requireNonNull(transfusions, "transfusions");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(baseline, "baseline");
        if (set != CriteriaSet.FIVE_TIER) {
            return assess(labs, transfusions, date, baseline).category();
        }
        // The tiers of fiveTier(...) in the same order, with the outcome logic of Finding.allOf
        // (Outcome.and) and decide(...); a tier is only evaluated when every higher one is NOT_MET.
        Outcome independent = severity.transfusionDependence()
                .assess(transfusions, date)
                .anyDependence()
                .outcome()
                .not();
        int age = severity.countMaxAgeDays();
        Optional<LabResult> hgb = labs.latestWithin(LabTest.HGB, date, age);
        Optional<LabResult> neut = labs.latestWithin(LabTest.NEUT, date, age);
        Optional<LabResult> plat = labs.latestWithin(LabTest.PLAT, date, age);
        Outcome[] tiers = new Outcome[4];
        ResponseCategory[] categories = {
            ResponseCategory.CR, ResponseCategory.VGPR, ResponseCategory.GPR, ResponseCategory.PR
        };
        for (int i = 0; i < tiers.length; i++) {
            Outcome tier =
                    switch (i) {
                        case 0 ->
                            counts(hgb, neut, plat, HGB_ABOVE_100, NEUT_ABOVE_1, PLAT_ABOVE_100)
                                    .and(independent);
                        case 1 ->
                            counts(hgb, neut, plat, HGB_ABOVE_100, NEUT_ABOVE_1, PLAT_ABOVE_80)
                                    .and(independent);
                        case 2 ->
                            counts(hgb, neut, plat, HGB_ABOVE_80, NEUT_ABOVE_1, PLAT_ABOVE_50)
                                    .and(independent);
                        default ->
                            severity.assess(labs, date).severe().outcome().not().and(independent);
                    };
            if (tier == Outcome.MET) {
                return Optional.of(categories[i]);
            }
            if (tier == Outcome.UNKNOWN) {
                return Optional.empty();
            }
        }
        return Optional.of(ResponseCategory.NR);
    }

    private static Outcome counts(
            Optional<LabResult> hgb,
            Optional<LabResult> neut,
            Optional<LabResult> plat,
            Threshold hemoglobin,
            Threshold neutrophils,
            Threshold platelets) {
        return outcome(hgb, hemoglobin).and(outcome(neut, neutrophils)).and(outcome(plat, platelets));
    }

    private static Outcome outcome(Optional<LabResult> result, Threshold threshold) {
        return result.isPresent() ? threshold.outcome(result.get()) : Outcome.UNKNOWN;
    }

    private ResponseAssessment fiveTier(LabHistory labs, LocalDate date, Finding independent, Finding complete) {
        Finding veryGood = Finding.allOf(
                "VGPR (HGB > 100 g/L, NEUT > 1.0, PLAT > 80 x10^9/L, transfusion independent)",
                List.of(counts(labs, date, "100", "1.0", "80"), independent));
        Finding good = Finding.allOf(
                "GPR (HGB > 80 g/L, NEUT > 1.0, PLAT > 50 x10^9/L, transfusion independent)",
                List.of(counts(labs, date, "80", "1.0", "50"), independent));
        SeverityAssessment now = severity.assess(labs, date);
        Finding noLongerSaa = now.severe().negate("no longer meeting SAA criteria");
        Finding partial =
                Finding.allOf("PR (no longer SAA, transfusion independent)", List.of(noLongerSaa, independent));
        return decide(
                date,
                List.of(complete, veryGood, good, partial),
                List.of(ResponseCategory.CR, ResponseCategory.VGPR, ResponseCategory.GPR, ResponseCategory.PR),
                "none of CR, VGPR, GPR, PR met (transfusion dependent, or still meeting SAA criteria)");
    }

    private ResponseAssessment standard(
            LabHistory labs,
            TransfusionHistory transfusions,
            LocalDate date,
            Baseline baseline,
            TransfusionStatus status,
            Finding independent,
            Finding complete) {
        Optional<Severity> before = baseline.severity().severity();
        if (before.isEmpty()) {
            Finding unknown = Finding.unknown(
                    "baseline severity (chooses SAA or NSAA criteria)",
                    "baseline severity on " + baseline.date() + " is unknown: "
                            + String.join("; ", baseline.severity().severe().missing()));
            return new ResponseAssessment(
                    set,
                    date,
                    Optional.empty(),
                    List.of(unknown),
                    "response unknown: " + unknown.missing().get(0));
        }
        if (before.get() != Severity.NON_SEVERE) {
            Finding noLongerSaa = severity.countCriteria(labs, date).negate("no longer meeting SAA count criteria");
            Finding partial = Finding.allOf(
                    "PR (no longer meeting SAA count criteria, transfusion independent)",
                    List.of(noLongerSaa, independent));
            return decide(
                    date,
                    List.of(complete, partial),
                    List.of(ResponseCategory.CR, ResponseCategory.PR),
                    "baseline " + before.get().abbreviation() + ": neither CR nor PR met");
        }
        List<Finding> ways = new ArrayList<>();
        ways.add(Finding.allOf(
                "transfusion independence gained",
                List.of(baseline.transfusions().anyDependence(), independent)));
        Map<LabTest, BigDecimal> normal = Map.of(
                LabTest.HGB,
                nsaa.normalHemoglobin(),
                LabTest.NEUT,
                nsaa.normalNeutrophils(),
                LabTest.PLAT,
                nsaa.normalPlatelets());
        Map<LabTest, BigDecimal> rise = Map.of(
                LabTest.HGB,
                nsaa.hemoglobinRise(),
                LabTest.NEUT,
                nsaa.neutrophilRise(),
                LabTest.PLAT,
                nsaa.plateletRise());
        for (LabTest test : List.of(LabTest.HGB, LabTest.NEUT, LabTest.PLAT)) {
            Comparisons.Current now = current(labs, date, test);
            ways.add(Comparisons.multiple(now, baseline, TWO));
            ways.add(new Threshold(test, Relation.AT_LEAST, normal.get(test))
                    .evaluate(labs, date, severity.countMaxAgeDays()));
            ways.add(Comparisons.rise(now, baseline, rise.get(test), true));
        }
        Finding partial = Finding.anyOf("PR (NSAA: any of the NSAA response criteria)", ways);
        return decide(
                date,
                List.of(complete, partial),
                List.of(ResponseCategory.CR, ResponseCategory.PR),
                "baseline NSAA: neither CR nor any NSAA response criterion met");
    }

    private ResponseAssessment lineage(
            LabHistory labs, TransfusionHistory transfusions, LocalDate date, Baseline baseline, Finding complete) {
        TransfusionDependence td = severity.transfusionDependence();
        Comparisons.Current platelets = current(labs, date, LabTest.PLAT);
        Finding plateletResponse = Finding.anyOf(
                "platelet response",
                List.of(
                        Comparisons.rise(platelets, baseline, lineage.plateletRise(), false),
                        Finding.allOf(
                                "platelet transfusion independence gained",
                                List.of(
                                        baseline.transfusions().platelets(),
                                        td.assess(transfusions, date, BloodProduct.PLT)
                                                .negate("PLT transfusion independent")))));
        Comparisons.Current hemoglobin = current(labs, date, LabTest.HGB);
        Finding erythroidResponse = Finding.anyOf(
                "erythroid response",
                List.of(
                        Finding.allOf(
                                "HGB rise in anemic patient",
                                List.of(
                                        Comparisons.baselineBelow(
                                                LabTest.HGB, baseline, lineage.hemoglobinBaselineBelow()),
                                        Comparisons.rise(hemoglobin, baseline, lineage.hemoglobinRise(), true))),
                        redCellReduction(transfusions, date, baseline)));
        Comparisons.Current neutrophils = current(labs, date, LabTest.NEUT);
        Finding neutrophilResponse = Finding.anyOf(
                "neutrophil response",
                List.of(
                        Finding.allOf(
                                "NEUT doubled from a low baseline",
                                List.of(
                                        Comparisons.baselineBelow(
                                                LabTest.NEUT, baseline, lineage.neutrophilBaselineBelow()),
                                        Comparisons.multiple(neutrophils, baseline, TWO))),
                        Comparisons.rise(neutrophils, baseline, lineage.neutrophilRise(), true)));
        Finding partial = Finding.anyOf(
                "PR (at least a single-lineage response)",
                List.of(plateletResponse, erythroidResponse, neutrophilResponse));
        return decide(
                date,
                List.of(complete, partial),
                List.of(ResponseCategory.CR, ResponseCategory.PR),
                "no lineage response");
    }

    private Finding redCellReduction(TransfusionHistory transfusions, LocalDate date, Baseline baseline) {
        TransfusionDependence td = severity.transfusionDependence();
        String rule = "RBC units reduced by >= " + lineage.redCellUnitReduction() + " over " + td.lookbackDays()
                + " days vs the " + td.lookbackDays() + " days before baseline";
        int now = td.unitsInWindow(transfusions, date, BloodProduct.RBC);
        List<String> missing = new ArrayList<>();
        if (baseline.redCellUnits().isEmpty()) {
            missing.add("baseline: transfusion records do not cover the " + td.lookbackDays() + " days before "
                    + baseline.date());
        }
        if (now < 0) {
            missing.add("transfusion records do not cover the " + td.lookbackDays() + " days before " + date);
        }
        if (!missing.isEmpty()) {
            return new Finding(
                    rule, Outcome.UNKNOWN, List.of(), missing, rule + ": unknown, " + String.join("; ", missing));
        }
        int before = baseline.redCellUnits().get();
        boolean holds = before - now >= lineage.redCellUnitReduction();
        return Finding.of(
                rule,
                Outcome.of(holds),
                before + " RBC units before baseline, " + now + " in the " + td.lookbackDays() + " days to " + date,
                List.of(
                        new Evidence(
                                "RBC units before baseline",
                                baseline.date(),
                                BigDecimal.valueOf(before),
                                "",
                                "reduction >= " + lineage.redCellUnitReduction()),
                        new Evidence(
                                "RBC units in window",
                                date,
                                BigDecimal.valueOf(now),
                                "",
                                "reduction >= " + lineage.redCellUnitReduction())));
    }

    private Comparisons.Current current(LabHistory labs, LocalDate date, LabTest test) {
        int age = severity.countMaxAgeDays();
        return new Comparisons.Current(test, labs.latestWithin(test, date, age), labs.whyMissing(test, date, age));
    }

    private Finding counts(LabHistory labs, LocalDate date, String hemoglobin, String neutrophils, String platelets) {
        int age = severity.countMaxAgeDays();
        return Finding.allOf(
                "HGB > " + hemoglobin + " g/L, NEUT > " + neutrophils + ", PLAT > " + platelets + " x10^9/L",
                List.of(
                        new Threshold(LabTest.HGB, Relation.ABOVE, new BigDecimal(hemoglobin))
                                .evaluate(labs, date, age),
                        new Threshold(LabTest.NEUT, Relation.ABOVE, new BigDecimal(neutrophils))
                                .evaluate(labs, date, age),
                        new Threshold(LabTest.PLAT, Relation.ABOVE, new BigDecimal(platelets))
                                .evaluate(labs, date, age)));
    }

    private ResponseAssessment decide(
            LocalDate date, List<Finding> tiers, List<ResponseCategory> categories, String noResponseReason) {
        for (int i = 0; i < tiers.size(); i++) {
            Finding tier = tiers.get(i);
            if (tier.outcome() == Outcome.MET) {
                return new ResponseAssessment(
                        set,
                        date,
                        Optional.of(categories.get(i)),
                        tiers.subList(0, i + 1),
                        categories.get(i) + " on " + date + ": " + tier.rule() + " met");
            }
            if (tier.outcome() == Outcome.UNKNOWN) {
                return new ResponseAssessment(
                        set,
                        date,
                        Optional.empty(),
                        tiers,
                        "response unknown on " + date + ": " + tier.rule() + " undetermined ("
                                + String.join("; ", tier.missing()) + ")");
            }
        }
        return new ResponseAssessment(
                set, date, Optional.of(ResponseCategory.NR), tiers, "NR on " + date + ": " + noResponseReason);
    }
}
