package org.marrow.protocol.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.ReferenceRange;
import org.marrow.clinical.renal.CockcroftGault;
import org.marrow.clinical.renal.CreatinineClearance;
import org.marrow.clinical.response.Baseline;
import org.marrow.clinical.response.ResponseAssessment;
import org.marrow.clinical.response.ResponseCriteria;
import org.marrow.clinical.severity.SeverityAssessment;
import org.marrow.clinical.severity.SeverityCriteria;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.eligibility.AgeCriterion;
import org.marrow.protocol.eligibility.AllOf;
import org.marrow.protocol.eligibility.AnyOf;
import org.marrow.protocol.eligibility.CreatinineClearanceCriterion;
import org.marrow.protocol.eligibility.Criterion;
import org.marrow.protocol.eligibility.HistoryCriterion;
import org.marrow.protocol.eligibility.LabCriterion;
import org.marrow.protocol.eligibility.Not;
import org.marrow.protocol.eligibility.RepeatedLabCriterion;
import org.marrow.protocol.eligibility.ResponseCriterion;
import org.marrow.protocol.eligibility.SeverityCriterion;
import org.marrow.study.HistoryEntry;
import org.marrow.study.HistoryItem;
import org.marrow.study.LabRecord;
import org.marrow.study.Subject;
import org.marrow.study.SubjectRecords;

/**
 * Evaluates a protocol's typed criteria on one subject's data-set records on a date: MET, NOT_MET or
 * UNKNOWN with the evidence used and what is missing (ARCHITECTURE.md principle 2). Eligibility
 * screening and the dose rules share it, so a criterion means the same wherever it is used.
 *
 * <p>How each kind is judged: lab criteria on the latest result no older than the criterion's (or
 * the eligibility's) maximum age; ULN multiples against the lab record's own upper limit when the
 * data set gives one, else the protocol's reference range; repeated lab criteria on the results in
 * the look-back window; age in completed years; severity by the modified Camitta criteria of
 * document 000 with the protocol's reticulocyte threshold and transfusion look-back; history items
 * from {@code screening_history.csv} (an absent entry is UNKNOWN, {@code no} or 0 weeks NOT present);
 * creatinine clearance by Cockcroft-Gault on the latest creatinine no older than the eligibility's
 * maximum age; response by the criterion's set against the baseline on the subject's first dose date
 * (marrow-clinical {@link ResponseCriteria}, counts at most 7 days old), UNKNOWN before treatment.
 */
public final class CriterionEvaluator {
    private static final BigDecimal SEVEN = BigDecimal.valueOf(7);

    private final Protocol protocol;
    private final SeverityCriteria severity;

    private CriterionEvaluator(Protocol protocol) {
        this.protocol = protocol;
        this.severity = protocol.response()
                .severityCriteria()
                .withCountMaxAgeDays(protocol.eligibility().labMaxAgeDays());
    }

    /**
     * The evaluator of a protocol's criteria.
     *
     * @param protocol the protocol (reference ranges, lab age limits, response plan)
     * @return the evaluator
     * @throws NullPointerException if {@code protocol} is null
     */
    public static CriterionEvaluator of(Protocol protocol) {
        return new CriterionEvaluator(Objects.requireNonNull(protocol, "protocol"));
    }

    /**
     * Evaluates a criterion on a subject's records on a date.
     *
     * @param criterion the criterion
     * @param records the subject's records
     * @param on the date
     * @return the finding with its evidence and what is missing
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code on} is before the subject's birth date
     */
    public Finding evaluate(Criterion criterion, SubjectRecords records, LocalDate on) {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(on, "on");
        if (on.isBefore(records.subject().birthDate())) {
            throw new IllegalArgumentException("Date (" + on + ") must not be before the birth date ("
                    + records.subject().birthDate() + ") of "
                    + records.subject().subjectId());
        }
        return evaluateChecked(criterion, records, on);
    }

    private Finding evaluateChecked(Criterion criterion, SubjectRecords records, LocalDate on) {
        if (criterion instanceof LabCriterion lab) {
            return lab(lab, records, on);
        } else if (criterion instanceof RepeatedLabCriterion repeated) {
            return repeated(repeated, records.labHistory(), on);
        } else if (criterion instanceof AgeCriterion age) {
            return age(age, records.subject(), on);
        } else if (criterion instanceof SeverityCriterion severityCriterion) {
            return severity(severityCriterion, records, on);
        } else if (criterion instanceof HistoryCriterion history) {
            return history(history, records, on);
        } else if (criterion instanceof CreatinineClearanceCriterion clearance) {
            return clearance(clearance, records, on);
        } else if (criterion instanceof ResponseCriterion response) {
            return response(response, records, on);
        } else if (criterion instanceof AllOf all) {
            return Finding.allOf(all.describe(), parts(all.parts(), records, on));
        } else if (criterion instanceof AnyOf any) {
            return Finding.anyOf(any.describe(), parts(any.parts(), records, on));
        } else {
            Not not = (Not) criterion;
            return evaluateChecked(not.part(), records, on).negate(not.describe());
        }
    }

    private List<Finding> parts(List<Criterion> parts, SubjectRecords records, LocalDate on) {
        return parts.stream().map(p -> evaluateChecked(p, records, on)).toList();
    }

    private Finding response(ResponseCriterion criterion, SubjectRecords records, LocalDate on) {
        Optional<LocalDate> firstDose = records.subject().firstDoseOn();
        if (firstDose.isEmpty() || !on.isAfter(firstDose.get())) {
            return Finding.unknown(
                    criterion.describe(),
                    "response is assessed after the first dose"
                            + firstDose.map(d -> " (" + d + ")").orElse(" (no first_dose_on)") + ", not on " + on);
        }
        ResponseCriteria criteria = protocol.response().responseCriteria(criterion.criteria());
        Baseline baseline = criteria.baseline(records.labHistory(), records.transfusionHistory(), firstDose.get());
        ResponseAssessment assessment =
                criteria.assess(records.labHistory(), records.transfusionHistory(), on, baseline);
        List<Evidence> evidence = new ArrayList<>();
        assessment.findings().forEach(f -> evidence.addAll(f.evidence()));
        if (assessment.category().isEmpty()) {
            return new Finding(
                    criterion.describe(), Outcome.UNKNOWN, evidence, assessment.missing(), assessment.summary());
        }
        boolean holds = criterion.accepts(assessment.category().get());
        return Finding.of(criterion.describe(), Outcome.of(holds), assessment.summary(), evidence);
    }

    private int maxAge(LabCriterion lab) {
        return lab.maxAgeDays().orElse(protocol.eligibility().labMaxAgeDays());
    }

    private Finding lab(LabCriterion lab, SubjectRecords records, LocalDate on) {
        if (lab.limit().isPresent()) {
            return Threshold.of(lab.relation(), lab.limit().get()).evaluate(records.labHistory(), on, maxAge(lab));
        }
        LocalDate oldest = on.minusDays(maxAge(lab));
        Optional<LabRecord> latest = records.labs().stream()
                .filter(r -> r.test() == lab.test()
                        && !r.date().isAfter(on)
                        && !r.date().isBefore(oldest))
                .max(Comparator.comparing(LabRecord::date));
        if (latest.isEmpty()) {
            return Finding.unknown(lab.describe(), records.labHistory().whyMissing(lab.test(), on, maxAge(lab)));
        }
        LabRecord record = latest.get();
        Optional<LabValue> uln = record.upperLimitOfNormal().isPresent()
                ? record.referenceRange().upper()
                : Optional.ofNullable(protocol.referenceRanges().get(lab.test()))
                        .flatMap(ReferenceRange::upper);
        if (uln.isEmpty()) {
            return Finding.unknown(
                    lab.describe(), "no upper limit of normal for " + lab.test().code());
        }
        BigDecimal limit =
                uln.get().inCanonicalUnit().amount().multiply(lab.ulnMultiple().get());
        return Threshold.of(
                        lab.relation(),
                        LabValue.of(lab.test(), limit, lab.test().canonicalUnit()))
                .evaluate(record.result());
    }

    private Finding repeated(RepeatedLabCriterion criterion, LabHistory labs, LocalDate on) {
        LabCriterion lab = criterion.lab();
        Threshold threshold = Threshold.of(lab.relation(), lab.limit().orElseThrow());
        LocalDate from = criterion.withinDays().isPresent()
                ? on.minusDays(criterion.withinDays().getAsInt())
                : LocalDate.of(1900, 1, 1);
        List<LabResult> results = labs.between(lab.test(), from, on);
        List<Evidence> counted = new ArrayList<>();
        LocalDate lastCounted = null;
        for (LabResult result : results) {
            Finding one = threshold.evaluate(result);
            if (one.isMet()) {
                if (lastCounted == null
                        || ChronoUnit.DAYS.between(lastCounted, result.date()) >= criterion.minIntervalDays()) {
                    counted.addAll(one.evidence());
                    lastCounted = result.date();
                    if (counted.size() >= criterion.times()) {
                        return Finding.of(
                                criterion.describe(),
                                Outcome.MET,
                                criterion.times() + " results " + lab.describe() + " at least "
                                        + criterion.minIntervalDays() + " days apart",
                                counted);
                    }
                }
            } else if (criterion.consecutive()) {
                counted.clear();
                lastCounted = null;
            }
        }
        if (results.size() < criterion.times()) {
            return new Finding(
                    criterion.describe(),
                    Outcome.UNKNOWN,
                    counted,
                    List.of(criterion.times() + " " + lab.test().code() + " results between " + from + " and " + on
                            + " (found " + results.size() + ")"),
                    criterion.describe() + ": unknown, only " + results.size() + " "
                            + lab.test().code() + " result(s) between " + from + " and " + on);
        }
        List<Evidence> all = results.stream()
                .flatMap(r -> threshold.evaluate(r).evidence().stream())
                .toList();
        return Finding.of(
                criterion.describe(),
                Outcome.NOT_MET,
                "no " + criterion.times()
                        + (criterion.consecutive() ? " consecutive" : "") + " qualifying results "
                        + criterion.minIntervalDays() + " days apart among " + results.size(),
                all);
    }

    private static Finding age(AgeCriterion criterion, Subject subject, LocalDate on) {
        int age = subject.ageOn(on);
        boolean holds = holds(criterion.relation(), BigDecimal.valueOf(age), BigDecimal.valueOf(criterion.years()));
        Evidence evidence = new Evidence(
                "age",
                on,
                BigDecimal.valueOf(age),
                "years",
                criterion.relation().symbol() + " " + criterion.years() + " years");
        return Finding.of(
                criterion.describe(),
                Outcome.of(holds),
                "age " + age + " years on " + on + " (born " + subject.birthDate() + ")",
                List.of(evidence));
    }

    private Finding severity(SeverityCriterion criterion, SubjectRecords records, LocalDate on) {
        SeverityAssessment assessment = severity.assess(records.labHistory(), records.transfusionHistory(), on);
        if (assessment.severity().isEmpty()) {
            return new Finding(
                    criterion.describe(),
                    Outcome.UNKNOWN,
                    assessment.severe().evidence(),
                    assessment.severe().missing(),
                    criterion.describe() + ": unknown, " + String.join("; ", assessment.reasons()));
        }
        boolean holds = criterion.allowed().contains(assessment.severity().get());
        List<Evidence> evidence = new ArrayList<>(assessment.severe().evidence());
        evidence.addAll(assessment.verySevere().evidence());
        // The SAA and VSAA findings already name each value against its threshold; their evidence is
        // in the finding's evidence list, not repeated in the reason.
        List<String> why = new ArrayList<>();
        why.add(assessment.severe().reason());
        why.add(assessment.verySevere().reason());
        assessment.transfusionDependence().ifPresent(f -> why.add(f.reason()));
        return Finding.of(
                criterion.describe(),
                Outcome.of(holds),
                "severity "
                        + assessment.label().orElse(assessment.severity().get().abbreviation()) + " on " + on + ": "
                        + String.join("; ", why),
                evidence);
    }

    private static Finding history(HistoryCriterion criterion, SubjectRecords records, LocalDate on) {
        String rule = criterion.describe();
        Optional<HistoryEntry> found = records.screeningHistory().stream()
                .filter(e -> e.item().equals(criterion.item()))
                .max(Comparator.comparing(e -> e.date().orElse(LocalDate.MIN)));
        if (found.isEmpty()) {
            return Finding.unknown(rule, "no screening_history entry for " + criterion.item());
        }
        HistoryEntry entry = found.get();
        Optional<BigDecimal> number = number(entry);
        boolean present = present(entry, number);
        List<String> why = new ArrayList<>();
        why.add(criterion.item() + " = " + entry.value());
        boolean holds = present;
        if (present && criterion.duration().isPresent()) {
            HistoryCriterion.DurationCondition duration = criterion.duration().get();
            BigDecimal limitWeeks =
                    BigDecimal.valueOf(duration.period().approximateDays()).divide(SEVEN, MathContext.DECIMAL64);
            if (number.isEmpty()) {
                return Finding.unknown(rule, criterion.item() + " has no duration in weeks ('" + entry.value() + "')");
            }
            holds = holds(duration.relation(), number.get(), limitWeeks);
        }
        if (present && criterion.within().isPresent()) {
            if (entry.date().isEmpty()) {
                return Finding.unknown(rule, "the date of " + criterion.item() + " is not recorded");
            }
            LocalDate since = criterion.within().get().before(on);
            holds &= !entry.date().get().isBefore(since) && !entry.date().get().isAfter(on);
            why.add("on " + entry.date().get() + (holds ? ", on or after " : ", before ") + since);
        }
        if (present && criterion.value().isPresent()) {
            if (number.isEmpty()) {
                return Finding.unknown(rule, criterion.item() + " has no numeric value ('" + entry.value() + "')");
            }
            holds &= holds(
                    criterion.value().get().relation(),
                    number.get(),
                    criterion.value().get().value());
        }
        if (present && !criterion.oneOf().isEmpty()) {
            holds &= criterion.oneOf().contains(entry.value().trim().toUpperCase(Locale.ROOT));
        }
        Evidence evidence = new Evidence(
                criterion.item(),
                entry.date().orElse(null),
                number.orElse(null),
                entry.knownItem()
                        .map(i -> i.kind() == HistoryItem.Kind.WEEKS ? "weeks" : "")
                        .orElse(""),
                rule);
        return Finding.of(rule, Outcome.of(holds), String.join(", ", why), List.of(evidence));
    }

    private static Optional<BigDecimal> number(HistoryEntry entry) {
        try {
            return Optional.of(new BigDecimal(entry.value().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean present(HistoryEntry entry, Optional<BigDecimal> number) {
        String value = entry.value().trim().toLowerCase(Locale.ROOT);
        if (value.equals("yes")) {
            return true;
        }
        if (value.isEmpty() || value.equals("no")) {
            return false;
        }
        if (entry.knownItem().map(i -> i.kind() == HistoryItem.Kind.WEEKS).orElse(false)) {
            return number.map(n -> n.signum() > 0).orElse(false);
        }
        return true;
    }

    private Finding clearance(CreatinineClearanceCriterion criterion, SubjectRecords records, LocalDate on) {
        int maxAge = protocol.eligibility().labMaxAgeDays();
        Optional<LabResult> creatinine = records.labHistory().latestWithin(LabTest.CREAT, on, maxAge);
        if (creatinine.isEmpty()) {
            return Finding.unknown(criterion.describe(), records.labHistory().whyMissing(LabTest.CREAT, on, maxAge));
        }
        Subject subject = records.subject();
        CreatinineClearance estimate = new CockcroftGault(criterion.weight())
                .estimate(
                        subject.birthDate(),
                        subject.sex(),
                        subject.weightKg().doubleValue(),
                        subject.heightCm().doubleValue(),
                        creatinine.get());
        BigDecimal value = BigDecimal.valueOf(estimate.millilitresPerMinute()).round(MathContext.DECIMAL64);
        boolean holds = holds(criterion.relation(), value, criterion.mlPerMin());
        Evidence evidence = new Evidence(
                "creatinine clearance",
                creatinine.get().date(),
                value,
                "mL/min",
                criterion.relation().symbol() + " "
                        + criterion.mlPerMin().stripTrailingZeros().toPlainString() + " mL/min");
        return Finding.of(criterion.describe(), Outcome.of(holds), estimate.explanation(), List.of(evidence));
    }

    private static boolean holds(Relation relation, BigDecimal value, BigDecimal limit) {
        int c = value.compareTo(limit);
        return switch (relation) {
            case BELOW -> c < 0;
            case AT_MOST -> c <= 0;
            case ABOVE -> c > 0;
            case AT_LEAST -> c >= 0;
        };
    }
}
