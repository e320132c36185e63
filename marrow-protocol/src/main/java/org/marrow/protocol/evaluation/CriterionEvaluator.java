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
import org.marrow.clinical.message.Message;
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
import org.marrow.protocol.eligibility.ClonalKaryotypeCriterion;
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
        return criterion.accept(new Evaluation(records, on));
    }

    /** The evaluation of criteria on one subject's records on one date. */
    private final class Evaluation implements Criterion.Visitor<Finding> {
        private final SubjectRecords records;
        private final LocalDate on;

        Evaluation(SubjectRecords records, LocalDate on) {
            this.records = records;
            this.on = on;
        }

        private List<Finding> parts(List<Criterion> parts) {
            return parts.stream().map(p -> p.accept(this)).toList();
        }

        @Override
        public Finding allOf(AllOf all) {
            return Finding.allOf(all.describe(), parts(all.parts()));
        }

        @Override
        public Finding anyOf(AnyOf any) {
            return Finding.anyOf(any.describe(), parts(any.parts()));
        }

        @Override
        public Finding not(Not not) {
            return not.part().accept(this).negate(not.describe());
        }

        @Override
        public Finding response(ResponseCriterion criterion) {
            Optional<LocalDate> firstDose = records.subject().firstDoseOn();
            if (firstDose.isEmpty() || !on.isAfter(firstDose.get())) {
                return Finding.unknown(
                        criterion.describe(),
                        firstDose.isPresent()
                                ? Message.of("protocol.evaluation.responseAfterFirstDose", firstDose.get(), on)
                                : Message.of("protocol.evaluation.responseWithoutFirstDose", on));
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

        /**
         * The latest {@code karyotype} screening history entry on or before the date (entries without a
         * date count as on it) decided by the criterion's rule; UNKNOWN without one.
         */
        @Override
        public Finding clonalKaryotype(ClonalKaryotypeCriterion criterion) {
            Optional<HistoryEntry> latest = records.screeningHistory().stream()
                    .filter(e -> e.item().equals(HistoryItem.KARYOTYPE.code())
                            && !e.date().orElse(on).isAfter(on))
                    .max(Comparator.comparing(e -> e.date().orElse(on)));
            return criterion
                    .rule()
                    .evaluate(
                            latest.map(HistoryEntry::value).orElse(null),
                            latest.flatMap(HistoryEntry::date).orElse(null));
        }

        @Override
        public Finding lab(LabCriterion lab) {
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
                        lab.describe(),
                        Message.of("protocol.evaluation.noUln", lab.test().code()));
            }
            BigDecimal limit = uln.get()
                    .inCanonicalUnit()
                    .amount()
                    .multiply(lab.ulnMultiple().get());
            return Threshold.of(
                            lab.relation(),
                            LabValue.of(lab.test(), limit, lab.test().canonicalUnit()))
                    .evaluate(record.result());
        }

        @Override
        public Finding repeated(RepeatedLabCriterion criterion) {
            LabHistory labs = records.labHistory();
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
                                    Message.of(
                                            "protocol.evaluation.repeatedMet",
                                            criterion.times(),
                                            lab.describe(),
                                            criterion.minIntervalDays()),
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
                        List.of(Message.of(
                                "protocol.evaluation.resultsNeeded",
                                criterion.times(),
                                lab.test().code(),
                                from,
                                on,
                                results.size())),
                        Message.of(
                                "protocol.evaluation.tooFewResults",
                                criterion.describe(),
                                results.size(),
                                lab.test().code(),
                                from,
                                on));
            }
            List<Evidence> all = results.stream()
                    .flatMap(r -> threshold.evaluate(r).evidence().stream())
                    .toList();
            return Finding.of(
                    criterion.describe(),
                    Outcome.NOT_MET,
                    Message.of(
                            criterion.consecutive()
                                    ? "protocol.evaluation.noConsecutiveQualifying"
                                    : "protocol.evaluation.noQualifying",
                            criterion.times(),
                            criterion.minIntervalDays(),
                            results.size()),
                    all);
        }

        @Override
        public Finding age(AgeCriterion criterion) {
            Subject subject = records.subject();
            int age = subject.ageOn(on);
            boolean holds = holds(criterion.relation(), BigDecimal.valueOf(age), BigDecimal.valueOf(criterion.years()));
            Evidence evidence = new Evidence(
                    Message.of("protocol.evidence.age"),
                    on,
                    BigDecimal.valueOf(age),
                    "years",
                    Message.of(
                            "protocol.evaluation.ageLimit", criterion.relation().symbol(), criterion.years()));
            return Finding.of(
                    criterion.describe(),
                    Outcome.of(holds),
                    Message.of("protocol.evaluation.age", age, on, subject.birthDate()),
                    List.of(evidence));
        }

        @Override
        public Finding severity(SeverityCriterion criterion) {
            SeverityAssessment assessment = severity.assess(records.labHistory(), records.transfusionHistory(), on);
            if (assessment.severity().isEmpty()) {
                return new Finding(
                        criterion.describe(),
                        Outcome.UNKNOWN,
                        assessment.severe().evidence(),
                        assessment.severe().missing(),
                        Message.of(
                                "clinical.finding.unknown",
                                criterion.describe(),
                                Message.joined(assessment.reasons())));
            }
            boolean holds = criterion.allowed().contains(assessment.severity().get());
            List<Evidence> evidence = new ArrayList<>(assessment.severe().evidence());
            evidence.addAll(assessment.verySevere().evidence());
            // The SAA and VSAA findings already name each value against its threshold; their evidence
            // is in the finding's evidence list, not repeated in the reason.
            List<Message> why = new ArrayList<>();
            why.add(assessment.severe().reason());
            why.add(assessment.verySevere().reason());
            assessment.transfusionDependence().ifPresent(f -> why.add(f.reason()));
            return Finding.of(
                    criterion.describe(),
                    Outcome.of(holds),
                    Message.of("protocol.evaluation.severity", assessment.labelMessage(), on, Message.joined(why)),
                    evidence);
        }

        @Override
        public Finding history(HistoryCriterion criterion) {
            Message rule = criterion.describe();
            Optional<HistoryEntry> found = records.screeningHistory().stream()
                    .filter(e -> e.item().equals(criterion.item()))
                    .max(Comparator.comparing(e -> e.date().orElse(LocalDate.MIN)));
            if (found.isEmpty()) {
                return Finding.unknown(rule, Message.of("protocol.evaluation.noHistory", criterion.item()));
            }
            HistoryEntry entry = found.get();
            Optional<BigDecimal> number = number(entry);
            boolean present = present(entry, number);
            List<Message> why = new ArrayList<>();
            why.add(Message.of("protocol.evaluation.historyValue", criterion.item(), entry.value()));
            boolean holds = present;
            if (present && criterion.duration().isPresent()) {
                HistoryCriterion.DurationCondition duration =
                        criterion.duration().get();
                BigDecimal limitWeeks =
                        BigDecimal.valueOf(duration.period().approximateDays()).divide(SEVEN, MathContext.DECIMAL64);
                if (number.isEmpty()) {
                    return Finding.unknown(
                            rule, Message.of("protocol.evaluation.noWeeks", criterion.item(), entry.value()));
                }
                holds = holds(duration.relation(), number.get(), limitWeeks);
            }
            if (present && criterion.within().isPresent()) {
                if (entry.date().isEmpty()) {
                    return Finding.unknown(rule, Message.of("protocol.evaluation.noHistoryDate", criterion.item()));
                }
                LocalDate since = criterion.within().get().before(on);
                holds &= !entry.date().get().isBefore(since)
                        && !entry.date().get().isAfter(on);
                why.add(Message.of(
                        holds ? "protocol.evaluation.onOrAfter" : "protocol.evaluation.before",
                        entry.date().get(),
                        since));
            }
            if (present && criterion.value().isPresent()) {
                if (number.isEmpty()) {
                    return Finding.unknown(
                            rule, Message.of("protocol.evaluation.noNumber", criterion.item(), entry.value()));
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
                    Message.of("protocol.evidence.item", criterion.item()),
                    entry.date().orElse(null),
                    number.orElse(null),
                    entry.knownItem()
                            .map(i -> i.kind() == HistoryItem.Kind.WEEKS ? "weeks" : "")
                            .orElse(""),
                    rule);
            return Finding.of(
                    rule, Outcome.of(holds), Message.of("protocol.evaluation.history", why), List.of(evidence));
        }

        @Override
        public Finding clearance(CreatinineClearanceCriterion criterion) {
            int maxAge = protocol.eligibility().labMaxAgeDays();
            Optional<LabResult> creatinine = records.labHistory().latestWithin(LabTest.CREAT, on, maxAge);
            if (creatinine.isEmpty()) {
                return Finding.unknown(
                        criterion.describe(), records.labHistory().whyMissing(LabTest.CREAT, on, maxAge));
            }
            Subject subject = records.subject();
            CreatinineClearance estimate = new CockcroftGault(criterion.weight())
                    .estimate(
                            subject.birthDate(),
                            subject.sex(),
                            subject.weightKg().doubleValue(),
                            subject.heightCm().doubleValue(),
                            creatinine.get());
            BigDecimal value =
                    BigDecimal.valueOf(estimate.millilitresPerMinute()).round(MathContext.DECIMAL64);
            boolean holds = holds(criterion.relation(), value, criterion.mlPerMin());
            Evidence evidence = new Evidence(
                    Message.of("protocol.evidence.clearance"),
                    creatinine.get().date(),
                    value,
                    "mL/min",
                    criterion.limit());
            return Finding.of(criterion.describe(), Outcome.of(holds), estimate.explanation(), List.of(evidence));
        }
    }

    private int maxAge(LabCriterion lab) {
        return lab.maxAgeDays().orElse(protocol.eligibility().labMaxAgeDays());
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
