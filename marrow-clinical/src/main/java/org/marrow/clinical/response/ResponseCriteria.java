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
import org.marrow.clinical.message.Message;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.response.Ladder.AllOf;
import org.marrow.clinical.response.Ladder.CountsAbove;
import org.marrow.clinical.response.Ladder.Explained;
import org.marrow.clinical.response.Ladder.Inputs;
import org.marrow.clinical.response.Ladder.Tier;
import org.marrow.clinical.severity.Severity;
import org.marrow.clinical.severity.SeverityCriteria;
import org.marrow.clinical.transfusion.BloodProduct;
import org.marrow.clinical.transfusion.TransfusionDependence;
import org.marrow.clinical.transfusion.TransfusionHistory;

/**
 * Hematologic response by one criteria set, with immutable options. Derived as a whole from the
 * subject's labs, transfusions and an explicit {@link Baseline}; when missing data leave the category
 * open the result has no category and says what is missing.
 *
 * <p>Categories are tried from the highest down ({@link Ladder}); the first MET tier is the category,
 * provided every higher tier is NOT_MET; an UNKNOWN tier on the way leaves the category open.
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

    /** CR of every set: HGB &gt; 100 g/L, ANC &gt; 1.0, PLT &gt; 100 x10^9/L and transfusion independent. */
    private static final Tier COMPLETE = countsTier(
            ResponseCategory.CR, new CountsAbove(new BigDecimal("100"), new BigDecimal("1.0"), new BigDecimal("100")));

    /** The five tiers of document 000, "End points", with Marrow's reading of them (see the type). */
    private static final List<Tier> FIVE_TIERS = List.of(
            COMPLETE,
            countsTier(
                    ResponseCategory.VGPR,
                    new CountsAbove(new BigDecimal("100"), new BigDecimal("1.0"), new BigDecimal("80"))),
            countsTier(
                    ResponseCategory.GPR,
                    new CountsAbove(new BigDecimal("80"), new BigDecimal("1.0"), new BigDecimal("50"))),
            new Tier(
                    ResponseCategory.PR,
                    new AllOf(
                            Message.of("clinical.response.fiveTier.pr"),
                            List.of(Ladder.NO_LONGER_SEVERE, Ladder.INDEPENDENT))));

    private static final Ladder FIVE_TIER = new Ladder(
            FIVE_TIERS,
            Message.of(
                    "clinical.response.fiveTier.none",
                    FIVE_TIERS.stream().map(Tier::category).toList()));

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
        for (Tier tier : set == CriteriaSet.FIVE_TIER ? FIVE_TIERS : List.of(COMPLETE)) {
            List<Threshold> thresholds = tier.condition().countThresholds();
            if (!thresholds.isEmpty()) {
                out.put(tier.category(), thresholds);
            }
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
        Map<LabTest, Message> missing = new EnumMap<>(LabTest.class);
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
        Inputs in = inputs(labs, transfusions, date, baseline);
        Optional<Ladder> ladder = ladder(in);
        return ladder.isPresent() ? ladder.get().assess(set, in) : unknownBaselineSeverity(in);
    }

    /**
     * The response category on a date: always the same as {@code assess(labs, transfusions, date,
     * baseline).category()}, walking the same {@link Ladder} but judging each tier to its outcome
     * only, without building findings, evidence or messages where the tier allows (the five-tier set's
     * counts, transfusion independence and severity), which makes it the fast path of the endpoint
     * derivation over a registry (docs/performance.md).
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
        Inputs in = inputs(labs, transfusions, date, baseline);
        return ladder(in).flatMap(l -> l.category(in));
    }

    private Inputs inputs(LabHistory labs, TransfusionHistory transfusions, LocalDate date, Baseline baseline) {
        Objects.requireNonNull(labs, "labs");
        Objects.requireNonNull(transfusions, "transfusions");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(baseline, "baseline");
        return new Inputs(labs, transfusions, date, baseline, severity);
    }

    /** A tier met by counts above limits and transfusion independence, e.g. CR. */
    private static Tier countsTier(ResponseCategory category, CountsAbove counts) {
        return new Tier(
                category,
                new AllOf(
                        Message.of("clinical.response.countsTier", category, counts.rule()),
                        List.of(counts, Ladder.INDEPENDENT)));
    }

    /** The set's ladder; for the standard set it depends on the baseline severity (empty when unknown). */
    private Optional<Ladder> ladder(Inputs in) {
        return switch (set) {
            case FIVE_TIER -> Optional.of(FIVE_TIER);
            case STANDARD -> standard(in.baseline());
            case LINEAGE -> Optional.of(lineage());
        };
    }

    private Optional<Ladder> standard(Baseline baseline) {
        Optional<Severity> before = baseline.severity().severity();
        if (before.isEmpty()) {
            return Optional.empty();
        }
        if (before.get() != Severity.NON_SEVERE) {
            Ladder.Condition noLongerSaa = new Explained(in -> severity.countCriteria(in.labs(), in.date())
                    .negate(Message.of("clinical.response.noLongerSaaCounts")));
            return Optional.of(new Ladder(
                    List.of(
                            COMPLETE,
                            new Tier(
                                    ResponseCategory.PR,
                                    new AllOf(
                                            Message.of("clinical.response.standard.pr"),
                                            List.of(noLongerSaa, Ladder.INDEPENDENT)))),
                    Message.of("clinical.response.standard.none", before.get())));
        }
        return Optional.of(new Ladder(
                List.of(COMPLETE, new Tier(ResponseCategory.PR, new Explained(this::nsaaPartial))),
                Message.of("clinical.response.nsaa.none")));
    }

    private ResponseAssessment unknownBaselineSeverity(Inputs in) {
        Baseline baseline = in.baseline();
        Finding unknown = Finding.unknown(
                Message.of("clinical.response.baselineSeverity"),
                Message.of(
                        "clinical.response.baselineSeverityUnknown",
                        baseline.date(),
                        Message.joined(baseline.severity().severe().missing())));
        return new ResponseAssessment(
                set,
                in.date(),
                Optional.empty(),
                List.of(unknown),
                Message.of(
                        "clinical.response.unknownBaseline", unknown.missing().get(0)));
    }

    private Finding nsaaPartial(Inputs in) {
        Baseline baseline = in.baseline();
        List<Finding> ways = new ArrayList<>();
        ways.add(Finding.allOf(
                Message.of("clinical.response.independenceGained"),
                List.of(baseline.transfusions().anyDependence(), in.independent())));
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
            Comparisons.Current now = current(in, test);
            ways.add(Comparisons.multiple(now, baseline, TWO));
            ways.add(new Threshold(test, Relation.AT_LEAST, normal.get(test))
                    .evaluate(in.labs(), in.date(), severity.countMaxAgeDays()));
            ways.add(Comparisons.rise(now, baseline, rise.get(test), true));
        }
        return Finding.anyOf(Message.of("clinical.response.nsaa.pr"), ways);
    }

    private Ladder lineage() {
        return new Ladder(
                List.of(COMPLETE, new Tier(ResponseCategory.PR, new Explained(this::lineagePartial))),
                Message.of("clinical.response.lineage.none"));
    }

    private Finding lineagePartial(Inputs in) {
        Baseline baseline = in.baseline();
        TransfusionDependence td = severity.transfusionDependence();
        Comparisons.Current platelets = current(in, LabTest.PLAT);
        Finding plateletResponse = Finding.anyOf(
                Message.of("clinical.response.lineage.platelet"),
                List.of(
                        Comparisons.rise(platelets, baseline, lineage.plateletRise(), false),
                        Finding.allOf(
                                Message.of("clinical.response.lineage.plateletIndependence"),
                                List.of(
                                        baseline.transfusions().platelets(),
                                        td.assess(in.transfusions(), in.date(), BloodProduct.PLT)
                                                .negate(Message.of("clinical.response.lineage.pltIndependent"))))));
        Comparisons.Current hemoglobin = current(in, LabTest.HGB);
        Finding erythroidResponse = Finding.anyOf(
                Message.of("clinical.response.lineage.erythroid"),
                List.of(
                        Finding.allOf(
                                Message.of("clinical.response.lineage.hgbRise"),
                                List.of(
                                        Comparisons.baselineBelow(
                                                LabTest.HGB, baseline, lineage.hemoglobinBaselineBelow()),
                                        Comparisons.rise(hemoglobin, baseline, lineage.hemoglobinRise(), true))),
                        redCellReduction(in)));
        Comparisons.Current neutrophils = current(in, LabTest.NEUT);
        Finding neutrophilResponse = Finding.anyOf(
                Message.of("clinical.response.lineage.neutrophil"),
                List.of(
                        Finding.allOf(
                                Message.of("clinical.response.lineage.neutDoubled"),
                                List.of(
                                        Comparisons.baselineBelow(
                                                LabTest.NEUT, baseline, lineage.neutrophilBaselineBelow()),
                                        Comparisons.multiple(neutrophils, baseline, TWO))),
                        Comparisons.rise(neutrophils, baseline, lineage.neutrophilRise(), true)));
        return Finding.anyOf(
                Message.of("clinical.response.lineage.pr"),
                List.of(plateletResponse, erythroidResponse, neutrophilResponse));
    }

    private Finding redCellReduction(Inputs in) {
        Baseline baseline = in.baseline();
        LocalDate date = in.date();
        TransfusionDependence td = severity.transfusionDependence();
        Message rule =
                Message.of("clinical.response.lineage.rbcReduction", lineage.redCellUnitReduction(), td.lookbackDays());
        int now = td.unitsInWindow(in.transfusions(), date, BloodProduct.RBC);
        List<Message> missing = new ArrayList<>();
        if (baseline.redCellUnits().isEmpty()) {
            missing.add(
                    Message.of("clinical.response.lineage.baselineRecordsShort", td.lookbackDays(), baseline.date()));
        }
        if (now < 0) {
            missing.add(Message.of("clinical.response.lineage.recordsShort", td.lookbackDays(), date));
        }
        if (!missing.isEmpty()) {
            return Finding.unknown(rule, List.of(), missing);
        }
        int before = baseline.redCellUnits().get();
        boolean holds = before - now >= lineage.redCellUnitReduction();
        Message criterion = Message.of("clinical.response.lineage.reductionCriterion", lineage.redCellUnitReduction());
        return Finding.of(
                rule,
                Outcome.of(holds),
                Message.of("clinical.response.lineage.rbcUnits", before, now, td.lookbackDays(), date),
                List.of(
                        new Evidence(
                                Message.of("clinical.evidence.rbcUnitsBefore"),
                                baseline.date(),
                                BigDecimal.valueOf(before),
                                "",
                                criterion),
                        new Evidence(
                                Message.of("clinical.evidence.rbcUnitsNow"),
                                date,
                                BigDecimal.valueOf(now),
                                "",
                                criterion)));
    }

    private Comparisons.Current current(Inputs in, LabTest test) {
        int age = severity.countMaxAgeDays();
        return new Comparisons.Current(test, in.latest(test), in.labs().whyMissing(test, in.date(), age));
    }
}
