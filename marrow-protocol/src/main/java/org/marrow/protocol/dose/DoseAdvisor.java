package org.marrow.protocol.dose;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.marrow.clinical.finding.Evidence;
import org.marrow.clinical.finding.Finding;
import org.marrow.clinical.finding.Outcome;
import org.marrow.clinical.labs.LabResult;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.evaluation.CriterionEvaluator;
import org.marrow.protocol.model.Arm;
import org.marrow.protocol.regimen.Amount;
import org.marrow.protocol.regimen.Dose;
import org.marrow.protocol.regimen.DoseBasis;
import org.marrow.protocol.regimen.Regimen;
import org.marrow.protocol.schedule.SubjectSchedule;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;
import org.marrow.study.SubjectRecords;

/**
 * Advises the next dose of every drug a protocol's dose rules govern for a subject on a date (issue
 * 4, item 5), from the subject's recorded doses ({@code doses.csv}, one row per administration),
 * labs and transfusions. Each advice names its rule and gives the evidence; missing or stale data
 * give {@link DoseAction#MEASURE} with what is needed, never a guess.
 *
 * <p>Common rules: the subject follows {@link Protocol#treatmentArm}; study day 1 is
 * {@code first_dose_on}; a rule applies on its study days (all days if it has none); after the last
 * day of a drug's closed regimen the advice is STOP. Weight-based amounts use the baseline
 * {@code weight_kg}. A drug is "being given" when its latest administration is at most two dosing
 * intervals old (daily: 2 days; weekly: 14 days). The rules, each with its source:
 * <ul>
 *   <li>{@link Escalation} (document 003): see {@link #escalation}.
 *   <li>{@link TroughTitration} (document 004): see {@link #titration}.
 *   <li>{@link SupportiveCare} (document 000): see {@link #supportiveCare}.
 *   <li>{@link TaperRestart} (document 001): see {@link #taper}.
 * </ul>
 */
public final class DoseAdvisor {
    /** Recorded per-kg doses within this fraction of a protocol level count as that level (vial rounding). */
    static final BigDecimal LEVEL_TOLERANCE = new BigDecimal("0.10");

    private final Protocol protocol;
    private final CriterionEvaluator evaluator;

    private DoseAdvisor(Protocol protocol) {
        this.protocol = protocol;
        this.evaluator = CriterionEvaluator.of(protocol);
    }

    /**
     * The advisor of a protocol's dose rules.
     *
     * @param protocol the protocol
     * @return the advisor
     * @throws NullPointerException if {@code protocol} is null
     */
    public static DoseAdvisor of(Protocol protocol) {
        return new DoseAdvisor(Objects.requireNonNull(protocol, "protocol"));
    }

    /**
     * The advice of every dose rule of the subject's arm that applies on the date, in protocol order.
     *
     * @param records the subject's records
     * @param on the date the next dose is decided (labs and doses after it are ignored)
     * @return one advice per applicable rule (empty if the arm has no dose rules on that day)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the subject has no arm of the protocol, no
     *     {@code first_dose_on}, or {@code on} is before the first dose
     */
    public List<DoseAdvice> advise(SubjectRecords records, LocalDate on) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(on, "on");
        Arm arm = protocol.treatmentArm(records.subject());
        String subjectId = records.subject().subjectId();
        LocalDate firstDose = records.subject()
                .firstDoseOn()
                .orElseThrow(() -> new IllegalArgumentException("Subject " + subjectId
                        + " has no first_dose_on in subjects.csv; expected the date of study day 1 to advise doses"));
        if (on.isBefore(firstDose)) {
            throw new IllegalArgumentException("Date (" + on + ") is before the first dose (" + firstDose + ") of "
                    + subjectId + "; expected a date on or after it");
        }
        int day = Math.toIntExact(SubjectSchedule.studyDay(firstDose, on));
        List<DoseAdvice> advice = new ArrayList<>();
        for (DoseRule rule : protocol.doseRules()) {
            if (!rule.arms().contains(arm.id())
                    || !rule.days().map(d -> d.contains(day)).orElse(true)) {
                continue;
            }
            Context context = new Context(rule, records, on, day, regimen(rule.drug(), arm));
            Optional<DoseAdvice> ended = regimenEnded(context);
            advice.add(ended.orElseGet(() -> decide(context)));
        }
        return advice;
    }

    private DoseAdvice decide(Context context) {
        DoseRuleKind kind = context.rule().kind();
        if (kind instanceof Escalation escalation) {
            return escalation(context, escalation);
        } else if (kind instanceof TroughTitration titration) {
            return titration(context, titration);
        } else if (kind instanceof SupportiveCare care) {
            return supportiveCare(context, care);
        }
        return taper(context, (TaperRestart) kind);
    }

    private Optional<Regimen> regimen(Drug drug, Arm arm) {
        return protocol.regimensFor(arm.id()).stream()
                .filter(r -> r.drug() == drug)
                .findFirst();
    }

    /** What a rule decides on: the rule, the subject's records, the date and study day, the regimen. */
    private record Context(DoseRule rule, SubjectRecords records, LocalDate on, int day, Optional<Regimen> regimen) {
        BigDecimal weight() {
            return records.subject().weightKg();
        }

        int intervalDays() {
            return regimen.map(r -> r.frequency().intervalDays()).orElse(1);
        }

        Evidence weightEvidence() {
            return new Evidence("weight", null, weight(), "kg", "baseline weight_kg of subjects.csv");
        }

        DoseAdvice advice(
                DoseAction action,
                Optional<AdvisedAmount> amount,
                String reason,
                List<Evidence> evidence,
                List<String> missing,
                Optional<LocalDate> next) {
            return new DoseAdvice(rule.drug(), action, amount, rule.id(), reason, evidence, missing, next);
        }
    }

    private static Optional<DoseAdvice> regimenEnded(Context c) {
        if (c.regimen().isEmpty() || c.regimen().get().days().stream().anyMatch(r -> r.to().isEmpty())) {
            return Optional.empty();
        }
        int last = c.regimen().get().days().stream()
                .mapToInt(r -> r.to().getAsInt())
                .max()
                .orElseThrow();
        if (c.day() <= last) {
            return Optional.empty();
        }
        return Optional.of(new DoseAdvice(
                c.rule().drug(),
                DoseAction.STOP,
                Optional.empty(),
                c.regimen().get().id(),
                "regimen " + c.regimen().get().id() + " ends on study day " + last + "; " + c.on() + " is day "
                        + c.day(),
                List.of(),
                List.of(),
                Optional.empty()));
    }

    /**
     * Response-driven escalation, document 003 ("Romiplostim N01 was initiated at 10 ug/kg weekly,
     * with dose escalation by 5 ug/kg every 2 weeks in patients without at least a single-line
     * hematologic response, up to a maximum of 20 ug/kg"). No dose recorded: START at the start dose.
     * Otherwise the current level is the latest recorded dose per kg (within 10% of a protocol level
     * counts as that level); the level began with the first of the latest run of doses at it. Before
     * {@code every} (2 weeks) has passed since then: CONTINUE. At or after it: at the maximum,
     * CONTINUE; else the {@code unless} criterion (lineage response at least PR against the baseline
     * on the first dose date, marrow-clinical {@code LineageThresholds}) decides: MET CONTINUE, NOT_MET
     * INCREASE by {@code step} up to {@code max}, UNKNOWN MEASURE the counts it names.
     */
    DoseAdvice escalation(Context c, Escalation rule) {
        DoseUnit unit = rule.start().unit();
        DoseHistory history = new DoseHistory(c.records(), c.rule().drug(), unit, c.on());
        List<Evidence> evidence = new ArrayList<>();
        if (unit.perKg()) {
            evidence.add(c.weightEvidence());
        }
        if (history.isEmpty()) {
            return c.advice(
                    DoseAction.START,
                    Optional.of(fixed(rule.start().value(), unit, c.weight())),
                    "no " + c.rule().drug().id() + " dose recorded on or before " + c.on() + ": start at "
                            + rule.start(),
                    evidence,
                    List.of(),
                    Optional.of(c.on()));
        }
        DoseHistory.Given latest = history.latest().get();
        UnaryOperator<BigDecimal> level = amount -> snap(amount, rule);
        BigDecimal current = level.apply(latest.amount());
        LocalDate since = history.levelStart(level);
        LocalDate review = rule.every().after(since);
        LocalDate next = nextDose(latest.date(), c.intervalDays(), c.on());
        evidence.add(history.evidence(latest, "current dose " + amount(current, unit) + " since " + since));
        String at = "on " + amount(current, unit) + " since " + since;
        if (c.on().isBefore(review)) {
            return c.advice(
                    DoseAction.CONTINUE,
                    Optional.of(fixed(current, unit, c.weight())),
                    at + "; escalation is reviewed every " + rule.every() + ", next on " + review,
                    evidence,
                    List.of(),
                    Optional.of(next));
        }
        if (current.compareTo(rule.max().value()) >= 0) {
            return c.advice(
                    DoseAction.CONTINUE,
                    Optional.of(fixed(rule.max().value(), unit, c.weight())),
                    at + "; the maximum " + rule.max() + " is reached",
                    evidence,
                    List.of(),
                    Optional.of(next));
        }
        Finding response = evaluator.evaluate(rule.unless(), c.records(), c.on());
        evidence.addAll(response.evidence());
        return switch (response.outcome()) {
            case MET ->
                c.advice(
                        DoseAction.CONTINUE,
                        Optional.of(fixed(current, unit, c.weight())),
                        at + "; " + response.rule() + " met (" + response.reason() + "): no escalation",
                        evidence,
                        List.of(),
                        Optional.of(next));
            case UNKNOWN ->
                c.advice(
                        DoseAction.MEASURE,
                        Optional.empty(),
                        at + "; escalation due since " + review + " but " + response.rule()
                                + " cannot be judged: measure first",
                        evidence,
                        response.missing(),
                        Optional.of(next));
            case NOT_MET -> {
                BigDecimal raised =
                        current.add(rule.step().value()).min(rule.max().value());
                yield c.advice(
                        DoseAction.INCREASE,
                        Optional.of(fixed(raised, unit, c.weight())),
                        at + " (" + rule.every() + " or more) without " + response.rule() + " ("
                                + response.reason() + "): +" + rule.step() + " to " + amount(raised, unit)
                                + ", at most " + rule.max(),
                        evidence,
                        List.of(),
                        Optional.of(next));
            }
        };
    }

    /**
     * Trough-guided titration, document 004 ("Sirolimus 1-3 mg once daily orally, with a target
     * trough blood concentration of 4-12 ng/ml"; "Cyclosporine A 25-150 mg orally every 12 hours
     * ... For patients with normal renal function, the target trough concentration is approximately
     * 150 ng/ml. For patients with impaired renal function, the cyclosporine A dose is reduced to
     * 25-50 mg every 12 hours"). When the rule has a renal adjustment its criterion (Cockcroft-Gault
     * clearance or creatinine against ULN) is judged first: UNKNOWN is MEASURE, MET reduces the range.
     * No dose recorded: START at the range's lowest dose. A current dose above the range (renal
     * reduction) is DECREASED to its top. The level must be at most {@code max_level_age_days} old and
     * drawn after the current dose began (a trough drawn on the day of a change reflects the old
     * dose), else MEASURE. Level below the target: INCREASE by {@code step} (at the top of the range:
     * CONTINUE, for the investigator); above: DECREASE by {@code step} (at the bottom: HOLD and
     * re-measure); within, both ends included: CONTINUE.
     */
    DoseAdvice titration(Context c, TroughTitration rule) {
        Dose range = rule.dose();
        List<Evidence> evidence = new ArrayList<>();
        String rangeWhy = "dose range " + range;
        if (rule.renalImpairment().isPresent()) {
            Finding renal = evaluator.evaluate(rule.renalImpairment().get().when(), c.records(), c.on());
            evidence.addAll(renal.evidence());
            if (renal.outcome() == Outcome.UNKNOWN) {
                return c.advice(
                        DoseAction.MEASURE,
                        Optional.empty(),
                        "renal function decides the dose range (" + renal.rule() + ") and cannot be judged: measure"
                                + " first",
                        evidence,
                        renal.missing(),
                        Optional.empty());
            }
            if (renal.isMet()) {
                range = rule.renalImpairment().get().dose();
                rangeWhy = "impaired renal function (" + renal.reason() + "): reduced dose range " + range;
            } else {
                rangeWhy = "renal function not impaired (" + renal.reason() + "): dose range " + range;
            }
        }
        DoseUnit unit = range.unit();
        BigDecimal perRecord = range.basis() == DoseBasis.DAY
                ? BigDecimal.valueOf(rule.frequency().perDay())
                : BigDecimal.ONE;
        DoseHistory history = new DoseHistory(c.records(), c.rule().drug(), unit, c.on());
        String per =
                range.basis() == DoseBasis.DAY ? "/day" : " " + rule.frequency().code();
        if (history.isEmpty()) {
            return c.advice(
                    DoseAction.START,
                    Optional.of(fixed(range.min(), unit, c.weight())),
                    "no " + c.rule().drug().id() + " dose recorded on or before " + c.on()
                            + ": start at the lowest dose, " + range.min().toPlainString() + " " + unit + per + "; "
                            + rangeWhy,
                    evidence,
                    List.of(),
                    Optional.of(c.on()));
        }
        DoseHistory.Given latest = history.latest().get();
        UnaryOperator<BigDecimal> asDose = amount -> amount.multiply(perRecord);
        BigDecimal current = asDose.apply(latest.amount());
        LocalDate since = history.levelStart(asDose);
        evidence.add(history.evidence(latest, "current dose since " + since));
        Optional<LocalDate> next =
                Optional.of(nextDose(latest.date(), rule.frequency().intervalDays(), c.on()));
        String at = "on " + current.stripTrailingZeros().toPlainString() + " " + unit + per + " since " + since;
        if (current.compareTo(range.max()) > 0) {
            return c.advice(
                    DoseAction.DECREASE,
                    Optional.of(fixed(range.max(), unit, c.weight())),
                    at + ", above the " + rangeWhy + ": reduce to "
                            + range.max().toPlainString() + " " + unit + per,
                    evidence,
                    List.of(),
                    next);
        }
        Optional<LabResult> level = c.records().labHistory().latest(rule.level(), c.on());
        String needed = rule.level().code() + " drawn after " + since + " and at most " + rule.maxLevelAgeDays()
                + " days before " + c.on();
        if (level.isEmpty()
                || ChronoUnit.DAYS.between(level.get().date(), c.on()) > rule.maxLevelAgeDays()
                || !level.get().date().isAfter(since)) {
            String found = level.map(l ->
                            "latest " + l + (l.date().isAfter(since) ? " is too old" : " predates the current dose"))
                    .orElse("no " + rule.level().code() + " on or before " + c.on());
            return c.advice(
                    DoseAction.MEASURE,
                    Optional.empty(),
                    at + "; " + found + ": measure the trough first",
                    evidence,
                    List.of(needed),
                    next);
        }
        BigDecimal value = level.get().value().inCanonicalUnit().amount();
        BigDecimal low = rule.targetLow().inCanonicalUnit().amount();
        BigDecimal high = rule.targetHigh().inCanonicalUnit().amount();
        String target = low.stripTrailingZeros().toPlainString() + "-"
                + high.stripTrailingZeros().toPlainString() + " "
                + rule.level().canonicalUnit().symbol();
        evidence.add(new Evidence(
                rule.level().code(),
                level.get().date(),
                value,
                rule.level().canonicalUnit().symbol(),
                "target " + target));
        String trough = rule.level().code() + " " + value.stripTrailingZeros().toPlainString() + " on "
                + level.get().date();
        if (value.compareTo(low) < 0) {
            if (current.compareTo(range.max()) >= 0) {
                return c.advice(
                        DoseAction.CONTINUE,
                        Optional.of(fixed(current, unit, c.weight())),
                        trough + " is below the target " + target + " but the dose is at the top of the " + rangeWhy
                                + ": continue; the investigator decides",
                        evidence,
                        List.of(),
                        next);
            }
            BigDecimal raised = current.add(rule.step().value()).min(range.max());
            return c.advice(
                    DoseAction.INCREASE,
                    Optional.of(fixed(raised, unit, c.weight())),
                    trough + " is below the target " + target + ": +" + rule.step() + " to " + raised.toPlainString()
                            + " " + unit + per + " (" + rangeWhy + ")",
                    evidence,
                    List.of(),
                    next);
        }
        if (value.compareTo(high) > 0) {
            if (current.compareTo(range.min()) <= 0) {
                return c.advice(
                        DoseAction.HOLD,
                        Optional.empty(),
                        trough + " is above the target " + target + " at the lowest dose of the " + rangeWhy
                                + ": hold and measure again",
                        evidence,
                        List.of(),
                        Optional.empty());
            }
            BigDecimal lowered = current.subtract(rule.step().value()).max(range.min());
            return c.advice(
                    DoseAction.DECREASE,
                    Optional.of(fixed(lowered, unit, c.weight())),
                    trough + " is above the target " + target + ": -" + rule.step() + " to " + lowered.toPlainString()
                            + " " + unit + per + " (" + rangeWhy + ")",
                    evidence,
                    List.of(),
                    next);
        }
        return c.advice(
                DoseAction.CONTINUE,
                Optional.of(fixed(current, unit, c.weight())),
                trough + " is within the target " + target + ": " + at + " (" + rangeWhy + ")",
                evidence,
                List.of(),
                next);
    }

    /**
     * A supportive-care trigger, document 000 ("for patients with an absolute neutrophil count (ANC)
     * &lt;0.5x10^9/L, administer granulocyte colony-stimulating factor (G-CSF) at 2-5 ug/kg daily until
     * ANC recovers to &gt;5x10^9/L, and initiate posaconazole"). Being given: the stop criterion
     * decides (MET STOP, NOT_MET CONTINUE at the latest recorded dose, UNKNOWN MEASURE; no stop
     * criterion: CONTINUE, the investigator decides). Not being given: the start criterion decides (MET
     * START with the protocol dose, NOT_MET HOLD as not indicated, UNKNOWN MEASURE). Each criterion
     * uses its own result age limit (3 days for ANC in the bundled protocol).
     */
    DoseAdvice supportiveCare(Context c, SupportiveCare rule) {
        int interval = rule.frequency().intervalDays();
        DoseUnit unit = rule.dose().map(Dose::unit).orElse(DoseUnit.MG);
        DoseHistory history = new DoseHistory(c.records(), c.rule().drug(), unit, c.on());
        List<Evidence> evidence = new ArrayList<>();
        if (history.current(c.on(), interval)) {
            DoseHistory.Given latest = history.latest().get();
            evidence.add(history.evidence(latest, "being given (latest administration)"));
            Optional<LocalDate> next = Optional.of(nextDose(latest.date(), interval, c.on()));
            Optional<AdvisedAmount> same = Optional.of(fixed(latest.amount(), unit, c.weight()));
            if (rule.stopWhen().isEmpty()) {
                return c.advice(
                        DoseAction.CONTINUE,
                        same,
                        c.rule().drug().id() + " is being given; the protocol gives no stop rule: the investigator"
                                + " decides",
                        evidence,
                        List.of(),
                        next);
            }
            Finding stop = evaluator.evaluate(rule.stopWhen().get(), c.records(), c.on());
            evidence.addAll(stop.evidence());
            return switch (stop.outcome()) {
                case MET ->
                    c.advice(
                            DoseAction.STOP,
                            Optional.empty(),
                            "stop when " + stop.rule() + ": " + stop.reason(),
                            evidence,
                            List.of(),
                            Optional.empty());
                case NOT_MET ->
                    c.advice(
                            DoseAction.CONTINUE,
                            same,
                            "continue until " + stop.rule() + ": " + stop.reason(),
                            evidence,
                            List.of(),
                            next);
                case UNKNOWN ->
                    c.advice(
                            DoseAction.MEASURE,
                            Optional.empty(),
                            c.rule().drug().id() + " is being given; the stop rule " + stop.rule()
                                    + " cannot be judged: measure first",
                            evidence,
                            stop.missing(),
                            Optional.empty());
            };
        }
        history.latest().ifPresent(g -> evidence.add(history.evidence(g, "latest administration (not being given)")));
        Finding start = evaluator.evaluate(rule.startWhen(), c.records(), c.on());
        evidence.addAll(start.evidence());
        return switch (start.outcome()) {
            case MET -> {
                if (rule.dose().map(d -> d.unit().perKg()).orElse(false)) {
                    evidence.add(c.weightEvidence());
                }
                yield c.advice(
                        DoseAction.START,
                        rule.dose().map(d -> range(d.min(), d.max(), d.unit(), c.weight())),
                        "start when " + start.rule() + ": " + start.reason()
                                + rule.dose().map(d -> "; dose " + d).orElse("; the protocol gives no dose"),
                        evidence,
                        List.of(),
                        Optional.of(c.on()));
            }
            case NOT_MET ->
                c.advice(
                        DoseAction.HOLD,
                        Optional.empty(),
                        "not indicated: " + start.reason(),
                        evidence,
                        List.of(),
                        Optional.empty());
            case UNKNOWN ->
                c.advice(
                        DoseAction.MEASURE,
                        Optional.empty(),
                        "the start rule " + start.rule() + " cannot be judged: measure first",
                        evidence,
                        start.missing(),
                        Optional.empty());
        };
    }

    /**
     * Taper and re-start, document 001 ("HPAG was tapered in five patients and maintained at a dose
     * of 15 mg in eight patients. Platelet counts decreased to &lt; 100 x 10^9/L in two patients with
     * CR who tapered HPAG to discontinuation. Nonetheless, they re-achieved CR after re-initiating
     * treatment at a dose of 7.5 mg"). Being given: the taper criterion decides (UNKNOWN MEASURE,
     * NOT_MET CONTINUE); when met and the current dose has been given for at least {@code step_every},
     * DECREASE to the next lower step, or STOP when that step is 0; sooner, CONTINUE. Not being given
     * after a taper (the last recorded dose below the full dose): the re-start criterion decides (MET
     * START at the re-start dose, NOT_MET HOLD, UNKNOWN MEASURE). Stopped at the full dose: HOLD (the
     * re-start rule follows a taper). Never given: START at the full dose.
     */
    DoseAdvice taper(Context c, TaperRestart rule) {
        DoseUnit unit = rule.full().unit();
        int interval = c.intervalDays();
        DoseHistory history = new DoseHistory(c.records(), c.rule().drug(), unit, c.on());
        List<Evidence> evidence = new ArrayList<>();
        if (history.isEmpty()) {
            return c.advice(
                    DoseAction.START,
                    Optional.of(fixed(rule.full().value(), unit, c.weight())),
                    "no " + c.rule().drug().id() + " dose recorded on or before " + c.on() + ": start at the full dose "
                            + rule.full(),
                    evidence,
                    List.of(),
                    Optional.of(c.on()));
        }
        DoseHistory.Given latest = history.latest().get();
        BigDecimal current = latest.amount();
        if (history.current(c.on(), interval)) {
            LocalDate since = history.levelStart(UnaryOperator.identity());
            evidence.add(history.evidence(latest, "current dose since " + since));
            Optional<LocalDate> next = Optional.of(nextDose(latest.date(), interval, c.on()));
            String at = "on " + amount(current, unit) + " since " + since;
            Finding taper = evaluator.evaluate(rule.taperWhen(), c.records(), c.on());
            evidence.addAll(taper.evidence());
            if (taper.outcome() == Outcome.UNKNOWN) {
                return c.advice(
                        DoseAction.MEASURE,
                        Optional.empty(),
                        at + "; the taper rule " + taper.rule() + " cannot be judged: measure first",
                        evidence,
                        taper.missing(),
                        next);
            }
            if (taper.outcome() == Outcome.NOT_MET) {
                return c.advice(
                        DoseAction.CONTINUE,
                        Optional.of(fixed(current, unit, c.weight())),
                        at + "; no taper: " + taper.rule() + " not met (" + taper.reason() + ")",
                        evidence,
                        List.of(),
                        next);
            }
            LocalDate stepDue = rule.stepEvery().after(since);
            if (c.on().isBefore(stepDue)) {
                return c.advice(
                        DoseAction.CONTINUE,
                        Optional.of(fixed(current, unit, c.weight())),
                        at + "; " + taper.rule() + " met, but each taper step lasts at least " + rule.stepEvery()
                                + ": next step on " + stepDue,
                        evidence,
                        List.of(),
                        next);
            }
            Optional<Amount> lower = rule.steps().stream()
                    .filter(s -> s.value().compareTo(current) < 0)
                    .findFirst();
            if (lower.isEmpty() || lower.get().value().signum() == 0) {
                return c.advice(
                        DoseAction.STOP,
                        Optional.empty(),
                        at + "; " + taper.rule() + " met (" + taper.reason() + "): the taper ends, discontinue",
                        evidence,
                        List.of(),
                        Optional.empty());
            }
            return c.advice(
                    DoseAction.DECREASE,
                    Optional.of(fixed(lower.get().value(), unit, c.weight())),
                    at + "; " + taper.rule() + " met (" + taper.reason() + "): taper to " + lower.get(),
                    evidence,
                    List.of(),
                    next);
        }
        evidence.add(history.evidence(latest, "latest administration (not being given)"));
        if (current.compareTo(rule.full().value()) >= 0) {
            return c.advice(
                    DoseAction.HOLD,
                    Optional.empty(),
                    c.rule().drug().id() + " was stopped at the full dose (" + amount(current, unit) + " on "
                            + latest.date() + "), not by the taper; re-start follows a taper: the investigator decides",
                    evidence,
                    List.of(),
                    Optional.empty());
        }
        Finding restart = evaluator.evaluate(rule.restartWhen(), c.records(), c.on());
        evidence.addAll(restart.evidence());
        String off = "off " + c.rule().drug().id() + " after tapering (last " + amount(current, unit) + " on "
                + latest.date() + ")";
        return switch (restart.outcome()) {
            case MET ->
                c.advice(
                        DoseAction.START,
                        Optional.of(fixed(rule.restart().value(), unit, c.weight())),
                        off + "; " + restart.reason() + ": re-start at " + rule.restart(),
                        evidence,
                        List.of(),
                        Optional.of(c.on()));
            case NOT_MET ->
                c.advice(
                        DoseAction.HOLD,
                        Optional.empty(),
                        off + "; no re-start: " + restart.reason(),
                        evidence,
                        List.of(),
                        Optional.empty());
            case UNKNOWN ->
                c.advice(
                        DoseAction.MEASURE,
                        Optional.empty(),
                        off + "; the re-start rule " + restart.rule() + " cannot be judged: measure first",
                        evidence,
                        restart.missing(),
                        Optional.empty());
        };
    }

    private static LocalDate nextDose(LocalDate latest, int intervalDays, LocalDate on) {
        LocalDate next = latest.plusDays(intervalDays);
        return next.isBefore(on) ? on : next;
    }

    /** The protocol escalation level within 10% of a per-kg amount, or the amount itself. */
    static BigDecimal snap(BigDecimal amount, Escalation rule) {
        for (BigDecimal level = rule.start().value();
                level.compareTo(rule.max().value()) <= 0;
                level = level.add(rule.step().value())) {
            BigDecimal tolerance = level.multiply(LEVEL_TOLERANCE);
            if (amount.subtract(level).abs().compareTo(tolerance) <= 0) {
                return level;
            }
        }
        return amount;
    }

    private static String amount(BigDecimal value, DoseUnit unit) {
        return value.stripTrailingZeros().toPlainString() + " " + unit;
    }

    static AdvisedAmount fixed(BigDecimal value, DoseUnit unit, BigDecimal weightKg) {
        return range(value, value, unit, weightKg);
    }

    static AdvisedAmount range(BigDecimal min, BigDecimal max, DoseUnit unit, BigDecimal weightKg) {
        if (!unit.perKg()) {
            return new AdvisedAmount(plain(min), plain(max), unit, Optional.empty(), Optional.empty());
        }
        DoseUnit absolute = unit == DoseUnit.UG_PER_KG ? DoseUnit.UG : DoseUnit.MG;
        return new AdvisedAmount(
                plain(min.multiply(weightKg, MathContext.DECIMAL64)),
                plain(max.multiply(weightKg, MathContext.DECIMAL64)),
                absolute,
                Optional.of(plain(min)),
                Optional.of(plain(max)));
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
